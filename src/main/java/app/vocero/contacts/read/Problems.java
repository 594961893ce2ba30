package app.vocero.contacts.read;

import java.nio.file.Path;

/**
 * Builds the keyed {@link ContactFileException}s of the readers: a reason code, a key of
 * {@code problems*.properties} and its arguments ({@code {0}}, {@code {1}}, … of the key's pattern).
 */
final class Problems {

    private static final int MAX_DETAIL = 200;

    private Problems() {
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static ContactFileException of(Path file, String code, String key, Object... arguments) {
        return new ContactFileException(file, 0, code, key, arguments, null);
    }

    /** A whole-file problem whose first argument is the library's {@link #detail} of {@code cause}. */
    static ContactFileException caused(Path file, String code, String key, Throwable cause) {
        return new ContactFileException(file, 0, code, key, new Object[] {detail(cause)}, cause);
    }

    /** {@code row <= 0} means no row is known; the first argument is the library's {@link #detail}. */
    static ContactFileException atRow(Path file, long row, String code, String key, Throwable cause) {
        return new ContactFileException(file, row, code, key, new Object[] {detail(cause)}, cause);
    }

    static ContactFileException tooManyRows(Path file, long row) {
        return new ContactFileException(file, row, "too_many_rows", "rows.tooMany",
                new Object[] {RowReaders.MAX_DATA_ROWS}, null);
    }

    /** A limit of {@link ReadLimits} passed (reason {@code too_large}, key {@code limits.*}, the limit as {0}). */
    static ContactFileException limit(Path file, long row, String code, String key, Object... arguments) {
        return new ContactFileException(file, row, code, key, arguments, null);
    }

    static ContactFileException tooManyColumns(Path file, long row) {
        return limit(file, row, "too_large", "limits.columns", ReadLimits.MAX_COLUMNS);
    }

    static ContactFileException cellTooLong(Path file, long row) {
        return limit(file, row, "too_large", "limits.cellChars", ReadLimits.MAX_CELL_CHARS);
    }

    /**
     * A row's cells without the blank ones past its last filled cell, refused past {@link ReadLimits#MAX_COLUMNS}
     * filled columns or with one cell past {@link ReadLimits#MAX_CELL_CHARS}.
     */
    static String[] checkCells(Path file, long row, String[] cells) throws ContactFileException {
        String[] kept = cells;
        if (cells.length > ReadLimits.MAX_COLUMNS) {
            int last = cells.length - 1;
            while (last >= 0 && cells[last].isBlank()) {
                last--;
            }
            if (last >= ReadLimits.MAX_COLUMNS) {
                throw tooManyColumns(file, row);
            }
            kept = java.util.Arrays.copyOf(cells, last + 1);
        }
        for (String cell : kept) {
            if (cell.length() > ReadLimits.MAX_CELL_CHARS) {
                throw cellTooLong(file, row);
            }
        }
        return kept;
    }

    /** Whether every cell is blank (or there is none). */
    static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first line of a library's message, shortened, or its class name when it has none. */
    static String detail(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        if (m.length() > MAX_DETAIL) {
            m = m.substring(0, MAX_DETAIL) + "…";
        }
        return m;
    }
}
