package app.vocero.contacts.read;

import java.nio.file.Path;

/** Builds the one-line, file-naming messages of {@link ContactFileException}. */
final class Problems {

    private static final int MAX_DETAIL = 200;

    private Problems() {
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static ContactFileException of(Path file, String code, String detail) {
        return new ContactFileException(file, code, name(file) + ": " + detail);
    }

    static ContactFileException of(Path file, String code, String detail, Throwable cause) {
        return new ContactFileException(file, code, name(file) + ": " + detail, cause);
    }

    /** {@code row <= 0} means no row is known. */
    static ContactFileException atRow(Path file, long row, String code, String detail, Throwable cause) {
        String where = row > 0 ? name(file) + ", row " + row : name(file);
        return new ContactFileException(file, code, where + ": " + detail, cause);
    }

    static ContactFileException tooManyRows(Path file, long row) {
        return atRow(file, row, "too_many_rows", "more than " + String.format("%,d", RowReaders.MAX_DATA_ROWS)
                + " contacts; split the file into smaller ones", null);
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
