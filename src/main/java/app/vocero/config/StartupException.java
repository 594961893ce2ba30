package app.vocero.config;

/**
 * Vocero cannot start on this data directory (already in use, read-only, damaged database). The message is meant
 * for the user as it is: one sentence saying what happened and what to do.
 */
public class StartupException extends Exception {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
