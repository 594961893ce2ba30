package app.vocero.contacts.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: reads a whole file through {@link RowReaders}. */
record Rows(String format, String encoding, Optional<List<String>> declared, List<SourceRow> rows, long blankRows) {

    static Rows read(Path file) throws ContactFileException {
        return read(file, ReadOptions.defaults());
    }

    static Rows read(Path file, ReadOptions options) throws ContactFileException {
        return read(file, options, -1);
    }

    /** The rows as a check-only import reads them ({@link RowReader#checkOnly}) when {@code phoneColumn} ≥ 0. */
    static Rows read(Path file, ReadOptions options, int phoneColumn) throws ContactFileException {
        try (RowReader reader = RowReaders.open(file, options)) {
            if (phoneColumn >= 0) {
                reader.checkOnly(phoneColumn);
            }
            List<SourceRow> rows = new ArrayList<>();
            SourceRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
            return new Rows(reader.format(), reader.encoding(), reader.declaredColumns(), rows, reader.blankRows());
        }
    }

    List<String> cells(int index) {
        return rows.get(index).cells();
    }

    List<Long> numbers() {
        return rows.stream().map(SourceRow::number).toList();
    }
}
