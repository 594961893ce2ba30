package app.vocero.store;

/** The local database failed to read or write; the cause keeps the SQL detail for the log. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
