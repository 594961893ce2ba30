package app.vocero.contacts;

/** The do-not-call list, asked once per distinct valid number, from the importing thread only. */
@FunctionalInterface
public interface Suppression {

    Suppression NONE = e164 -> false;

    boolean isSuppressed(String e164);
}
