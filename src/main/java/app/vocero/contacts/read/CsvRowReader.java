package app.vocero.contacts.read;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV/TXT through FastCSV, streamed. Encoding from {@link TextEncoding} (the BOM is skipped before parsing, so line
 * numbers are unaffected), delimiter from {@link DelimiterDetector}. Rows whose cells are all blank (an empty line,
 * or {@code ;;;}) are skipped and counted. Bytes that do not decode after the sampled part become U+FFFD.
 */
final class CsvRowReader implements RowReader {

    private static final Pattern LINE = Pattern.compile("starting at line (\\d+)");

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> rows;
    private long blankRows;
    private long returned;
    private long lastLine;

    private CsvRowReader(Path file, TextEncoding encoding, char delimiter, CsvReader<CsvRecord> csv) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.csv = csv;
        this.rows = csv.iterator();
    }

    @SuppressWarnings("removal")
    static CsvRowReader open(Path file, TextEncoding encoding, String sample, boolean complete)
            throws ContactFileException {
        char delimiter = DelimiterDetector.detect(sample, complete);
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            Reader reader = new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            // FastCSV's own bounds sit just past ours, so that ours (with their clear messages) speak first
            CsvRecordHandler handler = CsvRecordHandler.builder()
                    .maxFields(ReadLimits.MAX_LISTED_CELLS)
                    .maxFieldSize(ReadLimits.MAX_CELL_CHARS + 1)
                    .maxRecordSize(ReadLimits.MAX_ROW_CHARS)
                    .build();
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowExtraCharsAfterClosingQuote(true) // "Peña" x;… — hand-edited files; FastCSV 5 drops it
                    .allowUnclosedQuote(false)
                    .detectBomHeader(false)
                    .maxBufferSize(ReadLimits.MAX_CSV_BUFFER_CHARS)
                    .build(handler, reader);
            return new CsvRowReader(file, encoding, delimiter, csv);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw Problems.caused(file, "unreadable", "file.unreadable", e);
        }
    }

    /** The delimiter detected: {@code ;}, {@code ,}, tab or {@code |}. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public Optional<List<String>> declaredColumns() {
        return Optional.empty();
    }

    @Override
    public SourceRow next() throws ContactFileException {
        try {
            while (rows.hasNext()) {
                CsvRecord record = rows.next();
                lastLine = record.getStartingLineNumber();
                String[] fields = new String[record.getFieldCount()]; // getFields() wraps them in two lists a row
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = record.getField(i);
                }
                if (Problems.isBlank(fields)) {
                    blankRows++;
                    continue;
                }
                fields = Problems.checkCells(file, lastLine, fields);
                if (++returned > RowReaders.MAX_DATA_ROWS + 1) {
                    throw Problems.tooManyRows(file, lastLine);
                }
                return SourceRow.of(lastLine, fields);
            }
            return null;
        } catch (ContactFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw limitOrBroken(e);
        }
    }

    /** FastCSV's bounds (set just past {@link ReadLimits}) as our limit messages; anything else is a broken CSV. */
    private ContactFileException limitOrBroken(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = message + " " + t.getMessage();
            }
        }
        Matcher line = LINE.matcher(message);
        long row = line.find() ? Long.parseLong(line.group(1)) : lastLine + 1;
        if (message.contains("maximum limit of") && message.contains("fields")) {
            return Problems.tooManyColumns(file, row);
        }
        if (message.contains("exceeds the max field size") || message.contains("maximum buffer size")) {
            return Problems.cellTooLong(file, row);
        }
        if (message.contains("exceeds the max record size")) {
            return Problems.limit(file, row, "too_large", "limits.rowChars", ReadLimits.MAX_ROW_CHARS);
        }
        return Problems.atRow(file, lastLine + 1, "corrupt", "csv.broken", e);
    }

    @Override
    public long blankRows() {
        return blankRows;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException | RuntimeException e) {
            // nothing to do: the file was only read
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // ignored
            }
        }
    }
}
