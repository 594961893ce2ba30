package app.vocero.contacts;

import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.SourceRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A {@link RowReader} over rows held in memory, numbered like a CSV file (line 1 first). */
final class RowsInMemory implements RowReader {

    private final List<SourceRow> rows;
    private final List<String> declared;
    private final long blankRows;
    private int next;

    private RowsInMemory(List<SourceRow> rows, List<String> declared, long blankRows) {
        this.rows = rows;
        this.declared = declared;
        this.blankRows = blankRows;
    }

    /** CSV-like lines, cells split on {@code ;}; blank lines are skipped and counted as a reader would. */
    static RowsInMemory csv(String... lines) {
        List<SourceRow> rows = new ArrayList<>();
        long blank = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                blank++;
            } else {
                rows.add(new SourceRow(i + 1, Arrays.asList(lines[i].split(";", -1))));
            }
        }
        return new RowsInMemory(rows, null, blank);
    }

    /** Rows of a format that declares its columns (Parquet, JSON): records numbered from 2. */
    static RowsInMemory declared(List<String> columns, List<List<String>> records) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SourceRow(i + 2, records.get(i)));
        }
        return new RowsInMemory(rows, columns, 0);
    }

    static RowsInMemory of(List<SourceRow> rows) {
        return new RowsInMemory(rows, null, 0);
    }

    @Override
    public String format() {
        return declared == null ? "csv" : "parquet";
    }

    @Override
    public String encoding() {
        return declared == null ? "UTF-8" : "binary";
    }

    @Override
    public Optional<List<String>> declaredColumns() {
        return Optional.ofNullable(declared);
    }

    @Override
    public SourceRow next() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    /** How many rows were handed out so far. */
    int handedOut() {
        return next;
    }

    @Override
    public long blankRows() {
        return blankRows;
    }

    @Override
    public void close() {
    }
}
