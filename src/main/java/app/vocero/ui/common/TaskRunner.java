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

    /**
     * Runs an update of the screen on the FX thread in a coming frame, one update a frame, in the order asked. A new
     * chart, a table's first rows or a dozen new combo boxes each cost JavaFX tens of milliseconds of CSS and layout
     * in the frame after the change; all of them in one frame freeze the window. An update asked again under the same
     * key while it waits replaces the waiting one (keeping its place). Tests run it at once.
     *
     * @param key    what the update is of (e.g. "rejects"): only the latest update of a key runs
     * @param update called on the FX thread
     */
    default void inNextFrame(Object key, Runnable update) {
        update.run();
    }
}
