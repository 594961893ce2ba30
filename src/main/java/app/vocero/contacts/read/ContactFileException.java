package app.vocero.contacts.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A contact file that cannot be read, with a reason a user can act on. The message is one line that starts with the
 * file's name (and {@code , row N} when a row is known), e.g.
 * {@code contactos.xlsx: not an XLSX workbook (it looks like CSV text); …}; {@link #reasonCode()} is stable for
 * programs. The readers use: {@code not_found}, {@code not_a_file} (a folder), {@code unreadable} (permissions, I/O),
 * {@code empty} (0 bytes), {@code not_format} (not a contact file, or not what its extension says),
 * {@code corrupt} (truncated or damaged), {@code unsupported_codec} (Parquet compression such as BROTLI),
 * {@code sheet_not_found}, {@code too_many_rows}, {@code too_large} (past a {@link ReadLimits} limit); callers may
 * add their own ({@code no_phone_column}, {@code empty} with {@code import.noContacts}, …).
 * Errors of the underlying libraries (including their RuntimeExceptions) arrive as the cause.
 *
 * <p>The text is a message key with arguments, rendered from {@code app/vocero/contacts/read/problems*.properties}:
 * {@link #message(String)} gives it in Spanish or English, {@link #getMessage()} always in English (logs, tests).
 * An exception built from a ready-made text (the three- and four-argument constructors) has that text in every
 * language.
 */
public class ContactFileException extends Exception {

    private final transient Path file;
    private final String reasonCode;
    private final long row;
    private final String key;
    private final transient Object[] arguments;

    /** A ready-made text, the same in every language; prefer {@link #of} or the keyed constructor. */
    public ContactFileException(Path file, String reasonCode, String message) {
        this(file, reasonCode, message, null);
    }

    /** A ready-made text, the same in every language; prefer {@link #of} or the keyed constructor. */
    public ContactFileException(Path file, String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reasonCode = reasonCode;
        this.row = 0;
        this.key = null;
        this.arguments = new Object[0];
    }

    /**
     * A problem told by a message key of the problems bundle.
     *
     * @param row       the row the problem is at, {@code <= 0} when none is known
     * @param key       e.g. {@code "file.notFound"}; its pattern gets {@code arguments} as {@code {0}}, {@code {1}}…
     *                  (the {@code file: } or {@code file, row N: } prefix is added, not part of the pattern)
     * @param arguments file-independent values: names, headers, counts, a library's detail; {@link #term(String)}
     *                  for a word of the bundle
     */
    public ContactFileException(Path file, long row, String reasonCode, String key, Object[] arguments,
                                Throwable cause) {
        super(ProblemTexts.format(ProblemTexts.ENGLISH, file, row, key, copy(arguments)), cause);
        this.file = file;
        this.reasonCode = reasonCode;
        this.row = Math.max(0, row);
        this.key = key;
        this.arguments = copy(arguments);
    }

    /** A whole list larger than the heap ({@code maxHeapMegabytes}): said in words, nothing saved. */
    public static ContactFileException outOfMemory(Path file, long maxHeapMegabytes) {
        return of(file, "too_large", "limits.memory", maxHeapMegabytes);
    }

    /** A keyed problem of the whole file (no row, no cause). */
    public static ContactFileException of(Path file, String reasonCode, String key, Object... arguments) {
        return new ContactFileException(file, 0, reasonCode, key, arguments, null);
    }

    /** An argument that is itself a word of the problems bundle (e.g. {@code field.phone}), shown translated. */
    public static Object term(String key) {
        return new ProblemTexts.Term(key);
    }

    /**
     * The message in the user's language: {@code "es"} (also {@code "es-CO"}, {@code "es_MX"}…) gives Spanish,
     * anything else English, like {@link #getMessage()}.
     */
    public String message(String language) {
        if (key == null || arguments == null) {
            return getMessage();
        }
        return ProblemTexts.format(ProblemTexts.language(language), file, row, key, arguments);
    }

    public Path file() {
        return file;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The row the problem is at, 0 when none is known. */
    public long row() {
        return row;
    }

    /** The message key ({@code "file.notFound"}), {@code null} for a ready-made text. */
    public String key() {
        return key;
    }

    /** The arguments of the message key (empty for a ready-made text). */
    public List<Object> arguments() {
        return arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments));
    }

    private static Object[] copy(Object[] arguments) {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
