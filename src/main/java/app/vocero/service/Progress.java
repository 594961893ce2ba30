package app.vocero.service;

/**
 * How long work reports how far it is and learns that the user cancelled. A screen passes one backed by a JavaFX
 * task; the command line and tests pass {@link #NONE} or their own.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} is -1 when unknown. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link java.util.concurrent.CancellationException} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new java.util.concurrent.CancellationException("Cancelled by the user");
        }
    }
}
