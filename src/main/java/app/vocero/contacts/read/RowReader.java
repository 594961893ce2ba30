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

    /** Blank rows skipped so far. */
    long blankRows();

    @Override
    void close();
}
