package app.vocero.store;

/** A secret could not be kept or read back (wrong passphrase, credential store unavailable). Never holds the secret. */
public class SecretException extends RuntimeException {

    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
