package app.vocero.service;

/** An account that cannot be added as asked; the message says why in English and Spanish. */
public class AccountException extends RuntimeException {

    private final String spanish;

    public AccountException(String english, String spanish) {
        super(english);
        this.spanish = spanish;
    }

    public String message(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : getMessage();
    }
}
