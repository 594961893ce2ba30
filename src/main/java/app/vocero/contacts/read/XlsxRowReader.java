package app.vocero.contacts.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * XLSX streamed with fastexcel-reader: the first sheet or a named one; {@link SourceRow#number()} is the sheet's
 * row number. Rows absent from the sheet (gaps) and rows whose cells are all blank count as blank rows.
 */
final class XlsxRowReader implements RowReader {

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private long blankRows;
    private long returned;
    private int lastRowNumber;

    private XlsxRowReader(Path file, ReadableWorkbook workbook, Stream<Row> stream) {
        this.file = file;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.date1904 = workbook.isDate1904();
    }

    static XlsxRowReader open(Path file, ReadOptions options) throws ContactFileException {
        checkZip(file);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            Sheet sheet = chooseSheet(file, workbook, options);
            return new XlsxRowReader(file, workbook, sheet.openStream());
        } catch (ContactFileException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            closeQuietly(workbook);
            throw Problems.caused(file, "corrupt", "xlsx.damaged", e);
        }
    }

    private static void checkZip(Path file) throws ContactFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return;
            }
            if (zip.getEntry("mimetype") != null || zip.getEntry("content.xml") != null) {
                throw Problems.of(file, "not_format", "xlsx.openDocument");
            }
            boolean anyWorkbook = zip.stream().anyMatch(e -> e.getName().endsWith("workbook.xml"));
            if (!anyWorkbook) {
                throw Problems.of(file, "not_format", "xlsx.notWorkbook");
            }
        } catch (ZipException e) {
            throw Problems.caused(file, "corrupt", "xlsx.truncated", e);
        } catch (IOException | RuntimeException e) {
            throw Problems.caused(file, "corrupt", "xlsx.damaged", e);
        }
    }

    private static Sheet chooseSheet(Path file, ReadableWorkbook workbook, ReadOptions options)
            throws ContactFileException {
        if (options.sheet().isEmpty()) {
            return workbook.getFirstSheet();
        }
        String wanted = options.sheet().get();
        List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
        for (Sheet s : sheets) {
            if (s.getName().equals(wanted)) {
                return s;
            }
        }
        for (Sheet s : sheets) {
            if (s.getName().strip().equalsIgnoreCase(wanted.strip())) {
                return s;
            }
        }
        String names = sheets.stream().map(s -> "\"" + s.getName() + "\"").collect(Collectors.joining(", "));
        throw Problems.of(file, "sheet_not_found", "xlsx.sheetNotFound", wanted, names);
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String encoding() {
        return "binary";
    }

    @Override
    public Optional<List<String>> declaredColumns() {
        return Optional.empty();
    }

    @Override
    public SourceRow next() throws ContactFileException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                int number = row.getRowNum();
                if (number > lastRowNumber + 1) {
                    blankRows += number - lastRowNumber - 1;
                }
                lastRowNumber = Math.max(lastRowNumber, number);
                int count = row.getCellCount();
                List<String> cells = new ArrayList<>(count);
                boolean blank = true;
                for (int i = 0; i < count; i++) {
                    String text = XlsxCells.text(row.getCell(i), date1904);
                    blank &= text.isBlank();
                    cells.add(text);
                }
                if (blank) {
                    blankRows++;
                    continue;
                }
                if (++returned > RowReaders.MAX_DATA_ROWS + 1) {
                    throw Problems.tooManyRows(file, number);
                }
                return new SourceRow(number, cells);
            }
            return null;
        } catch (ContactFileException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw Problems.atRow(file, lastRowNumber + 1, "corrupt", "xlsx.damagedSheet", e);
        }
    }

    @Override
    public long blankRows() {
        return blankRows;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (RuntimeException e) {
            // ignored: closing a read-only stream
        }
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException | RuntimeException e) {
                // ignored
            }
        }
    }
}
