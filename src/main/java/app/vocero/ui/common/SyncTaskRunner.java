package app.vocero.ui.common;

import app.vocero.service.Progress;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for tests of view models, deterministic and without waiting. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> RunningWork run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ImmediateWork running = new ImmediateWork();
        T result;
        try {
            result = work.call(running);
        } catch (java.util.concurrent.CancellationException e) {
            running.running.set(false);
            return running;
        } catch (Exception e) {
            running.running.set(false);
            onFailure.accept(e);
            return running;
        }
        running.running.set(false);
        running.progress.set(1);
        onSuccess.accept(result);
        return running;
    }

    private static final class ImmediateWork implements RunningWork, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private volatile boolean cancelled;

        @Override
        public void update(long done, long total, String text) {
            progress.set(total <= 0 ? -1 : (double) done / total);
            if (text != null) {
                message.set(text);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            return true;
        }
    }
}
