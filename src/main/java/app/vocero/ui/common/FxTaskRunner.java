package app.vocero.ui.common;

import app.vocero.service.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a {@link Task} on a small pool of daemon threads. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;
    private final java.util.Map<Object, Runnable> frameUpdates = new java.util.LinkedHashMap<>();
    private final javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            java.util.Iterator<Runnable> next = frameUpdates.values().iterator();
            if (!next.hasNext()) {
                stop();
                return;
            }
            Runnable update = next.next();
            next.remove();
            update.run();
        }
    };

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "vocero-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningWork run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        // a cancelled task calls neither: its work may still end (in a value or an error) after cancel() returned
        task.setOnSucceeded(event -> {
            if (!task.isCancelled()) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (!task.isCancelled()) {
                onFailure.accept(task.getException());
            }
        });
        executor.execute(task);
        return task;
    }

    /** An animation timer runs one waiting update at the start of each frame (before that frame's CSS and layout). */
    @Override
    public void inNextFrame(Object key, Runnable update) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Screen updates are asked on the FX thread");
        }
        frameUpdates.put(key, update);
        frames.start();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class WorkTask<T> extends Task<T> implements RunningWork, Progress {

        private final BackgroundWork<T> work;

        WorkTask(BackgroundWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total, String message) {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
