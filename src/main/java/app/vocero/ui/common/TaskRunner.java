package app.vocero.ui.common;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundWork} off the FX thread and hands its result back on it. {@link FxTaskRunner} in the app;
 * {@link SyncTaskRunner} in tests, where everything happens at once on the calling thread.
 */
public interface TaskRunner {

    /**
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the error; a cancelled work calls neither callback
     */
    <T> RunningWork run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
