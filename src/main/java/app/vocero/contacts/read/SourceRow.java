package app.vocero.contacts.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One non-blank row of a contact file, as text.
 *
 * <p>{@link #number()}: the row's number as the user sees it in their own program, header included: the line
 * number in a CSV (a quoted field spanning lines counts from its first line), the row number in a sheet, the
 * 1-based record index + 1 for Parquet/JSON (as if a header line preceded it).
 *
 * <p>{@link #cells()}: the cells as text; numeric cells with every digit (never scientific notation), dates as
 * ISO-8601 ({@code 2026-12-01} or {@code 2026-12-01T08:00}), missing cells as empty strings.
 *
 * <p>The cells are held in an array rather than a list: an import asks every row for a few cells, from code the
 * client compiler runs (commands), which calls through an interface without inlining — a list's {@code size()} and
 * {@code get()} behind its unmodifiable wrapper showed as a tenth of a cold import's reading thread.
 */
public final class SourceRow {

    private final long number;
    private final String[] cells;

    /** A row of these cells (copied). */
    public SourceRow(long number, List<String> cells) {
        this(number, cells.toArray(new String[0]));
    }

    private SourceRow(long number, String[] cells) {
        this.number = number;
        this.cells = cells;
    }

    /** A row that keeps {@code cells} itself: for readers that made the array for this row and never touch it again. */
    static SourceRow of(long number, String[] cells) {
        return new SourceRow(number, cells);
    }

    public long number() {
        return number;
    }

    /** The cells, unmodifiable. */
    public List<String> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /** How many cells the row has. */
    public int size() {
        return cells.length;
    }

    /** The cell at {@code index}, {@code ""} past the row's last cell. */
    public String cell(int index) {
        return index < cells.length ? cells[index] : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRow row && row.number == number && Arrays.equals(row.cells, cells);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "SourceRow[number=" + number + ", cells=" + Arrays.toString(cells) + "]";
    }
}
