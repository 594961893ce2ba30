package app.vocero.contacts.read;

import java.nio.file.Path;

/**
 * A contact file that cannot be read, with a reason a user can act on. The message names the file (and the row
 * when one is known); {@link #reasonCode()} is stable for programs ({@code not_found}, {@code empty},
 * {@code not_format}, {@code corrupt}, {@code unsupported_codec}, {@code no_phone_column}, {@code too_many_rows}, …).
 */
public class ContactFileException extends Exception {

    private final transient Path file;
    private final String reasonCode;

    public ContactFileException(Path file, String reasonCode, String message) {
        this(file, reasonCode, message, null);
    }

    public ContactFileException(Path file, String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reasonCode = reasonCode;
    }

    public Path file() {
        return file;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
