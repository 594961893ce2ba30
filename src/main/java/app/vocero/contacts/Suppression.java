package app.vocero.contacts;

/** The do-not-call list, asked once per distinct valid number, from the importing thread only. */
@FunctionalInterface
public interface Suppression {

    Suppression NONE = e164 -> false;

    boolean isSuppressed(String e164);

    /**
     * Whether {@link #isSuppressed} answers without waiting. While it does not ({@link DeferredSuppression}), an
     * import keeps reading and checking ahead, up to {@link ContactImporter#CHUNKS_AHEAD_WHILE_WAITING} chunks.
     */
    default boolean isReady() {
        return true;
    }
}
