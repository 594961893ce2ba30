package app.vocero.contacts.read;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Streams the rows of one contact file (CSV/TXT, XLSX, Parquet, JSON), never holding the whole file in memory.
 * Implementations fail only with {@link ContactFileException}.
 */
public interface RowReader extends Closeable {

    /** {@code csv}, {@code xlsx}, {@code parquet} or {@code json}. */
    String format();

    /** The text encoding detected ({@code UTF-8}, {@code windows-1252}), or the format's own ({@code binary}). */
    String encoding();

    /**
     * The column names when the format itself carries them (Parquet schema, keys of JSON objects, Saem-style
     * {@code numbers}). Empty for CSV and XLSX, whose first row may or may not be a header: the caller decides.
     */
    Optional<List<String>> declaredColumns();

    /** The next non-blank row, or {@code null} at the end of the file. */
    SourceRow next() throws ContactFileException;

    /**
     * From the next row on, the rows are only checked, not kept ({@code contacts import --no-save}): only
     * {@code column}'s cells (the phone numbers) must be read as they are; any other cell need only tell whether it
     * is blank and whether it is longer than {@link ReadLimits#MAX_CELL_CHARS}, so a reader may give a stand-in for
     * a cell it knows to be neither. Readers that make every cell's text anyway ignore it.
     */
    default void checkOnly(int column) {
    }

    /** Blank rows skipped so far. */
    long blankRows();

    @Override
    void close();
}
