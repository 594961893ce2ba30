package app.vocero.contacts.read;

/**
 * The most a contact file may hold, per cell, row, object and part. A file past one of these limits is refused
 * with one clear message (reason code {@code too_large}, key {@code limits.*} of the problems bundle) naming the
 * file, the row and the limit, before it can fill the memory: the values are generous for a real contact list
 * (the providers' largest lists have 500,000 rows of a dozen short columns) and small enough that a hostile file
 * costs a few megabytes, never the heap.
 */
public final class ReadLimits {

    /**
     * Cells in one row, and distinct columns in one file (the union of JSON keys, Parquet fields, a CSV/XLSX row's
     * width). Real lists have 5–30 columns; each custom column costs one text column per contact, so 500 columns of
     * 500,000 contacts is already the most a 256 MB heap should hold.
     */
    public static final int MAX_COLUMNS = 500;

    /**
     * Cells a CSV record or an XLSX row may list, blank ones included: Excel's own last column (XFD). Spreadsheets
     * often carry empty cells far to the right (a border, a format); blank cells past the last filled one are
     * dropped, and only then must a row fit in {@link #MAX_COLUMNS}.
     */
    public static final int MAX_LISTED_CELLS = 16_384;

    /**
     * Characters in one cell. A contact field is a name, a number, an amount or a message of a few hundred
     * characters (a voice message rarely exceeds 1,000); 10,000 leaves room for a long script while a 10 MB "cell"
     * (a broken quote, a file that is not a contact list) is refused before it is copied into every report.
     */
    public static final int MAX_CELL_CHARS = 10_000;

    /**
     * Characters in one CSV record (all its cells together): 100 cells of the maximum size. FastCSV keeps the
     * record being read in memory, so this bounds one row's cost.
     */
    public static final int MAX_ROW_CHARS = 1_000_000;

    /** Characters FastCSV may buffer to find the end of one record: a few records of the maximum size. */
    static final int MAX_CSV_BUFFER_CHARS = 4 * MAX_ROW_CHARS;

    /**
     * Nesting of JSON values. A contact list is an array of flat objects (depth 2); a nested value (an address
     * object) is kept as compact text. 20 levels is far beyond any export, and 100,000 levels would overflow the
     * stack of a recursive copy.
     */
    public static final int MAX_JSON_DEPTH = 20;

    /** Keys in one JSON object: one per column, so the same bound as the columns of a row. */
    public static final int MAX_JSON_KEYS = MAX_COLUMNS;

    /**
     * Characters of JSON elements held while the reader looks ahead for their keys (up to 1,000 elements): a
     * bound on that buffer however large each element is.
     */
    static final int MAX_JSON_LOOKAHEAD_CHARS = 4_000_000;

    /**
     * Entries in an XLSX shared-strings table. fastexcel keeps every shared string in memory; 100,000 rows of ten
     * distinct texts is 1,000,000 entries, and a larger table is not a contact list a 256 MB heap should hold.
     */
    public static final int MAX_SHARED_STRINGS = 1_000_000;

    /**
     * Decompressed bytes of the XLSX shared-strings part (XML). A 100,000-row list of distinct names, surnames
     * and cities is about 20 MB; a "zip bomb" of a few KB that inflates to gigabytes is refused at 48 MB.
     */
    public static final long MAX_SHARED_STRINGS_BYTES = 48L << 20;

    /** Characters of a value echoed into a report ({@code ImportReport}, {@code --json}, the rejects CSV). */
    public static final int MAX_ECHOED_CHARS = 200;

    private ReadLimits() {
    }

    /**
     * The text as reports show it: at most {@link #MAX_ECHOED_CHARS} characters, then {@code …} when it was longer
     * (never cutting a surrogate pair). {@code null} stays {@code null}.
     */
    public static String echoed(String text) {
        if (text == null || text.length() <= MAX_ECHOED_CHARS) {
            return text;
        }
        int end = MAX_ECHOED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
