package app.vocero.contacts.read;

import java.util.List;

/**
 * One non-blank row of a contact file, as text.
 *
 * @param number the row's number as the user sees it in their own program, header included:
 *               the line number in a CSV (a quoted field spanning lines counts from its first line),
 *               the row number in a sheet, the 1-based record index + 1 for Parquet/JSON (as if a header line preceded it)
 * @param cells  the cells as text; numeric cells with every digit (never scientific notation),
 *               dates as ISO-8601 ({@code 2026-12-01} or {@code 2026-12-01T08:00}), missing cells as empty strings
 */
public record SourceRow(long number, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
