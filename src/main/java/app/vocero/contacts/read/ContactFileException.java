package app.vocero.contacts.read;

import java.nio.file.Path;

/**
 * A contact file that cannot be read, with a reason a user can act on. The message is one English line that starts
 * with the file's name (and {@code , row N} when a row is known), e.g.
 * {@code contactos.xlsx: not an XLSX workbook (it looks like CSV text)}; {@link #reasonCode()} is stable for
 * programs. The readers use: {@code not_found}, {@code not_a_file} (a folder), {@code unreadable} (permissions, I/O),
 * {@code empty} (0 bytes), {@code not_format} (not a contact file, or not what its extension says),
 * {@code corrupt} (truncated or damaged), {@code unsupported_codec} (Parquet compression such as BROTLI),
 * {@code sheet_not_found}, {@code too_many_rows}; callers may add their own ({@code no_phone_column}, …).
 * Errors of the underlying libraries (including their RuntimeExceptions) arrive as the cause.
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
