package app.vocero.store;

/** A secret could not be kept or read back (wrong passphrase, credential store unavailable). Never holds the secret. */
public class SecretException extends RuntimeException {

    private final String spanish;

    public SecretException(String message) {
        this(message, message);
    }

    public SecretException(String english, String spanish) {
        super(english);
        this.spanish = spanish;
    }

    public String message(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : getMessage();
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
        this.spanish = message;
    }
}
