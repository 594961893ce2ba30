package app.vocero.contacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Spliterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.nio.file.Path;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XLSX streamed with fastexcel-reader: the first sheet or a named one; {@link SourceRow#number()} is the sheet's
 * row number. Rows absent from the sheet (gaps) and rows whose cells are all blank count as blank rows.
 */
final class XlsxRowReader implements RowReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxRowReader.class);
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private final Path file;
    private final ReadableWorkbook workbook;
    private final XlsxPartScanner scanner;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;
    private long blankRows;
    private long returned;
    private int lastRowNumber;

    private XlsxRowReader(Path file, ReadableWorkbook workbook, XlsxPartScanner scanner, Stream<Row> stream) {
        this.file = file;
        this.workbook = workbook;
        this.scanner = scanner;
        this.stream = stream;
        this.rows = stream.iterator();
        this.date1904 = workbook.isDate1904();
    }

    static XlsxRowReader open(Path file, ReadOptions options) throws ContactFileException {
        boolean styles = checkZip(file);
        ReadableWorkbook workbook = null;
        XlsxPartScanner scanner = null;
        try {
            // without a styles part there are no number formats to read (and fastexcel would fail on the missing part)
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(styles, true));
            Sheet sheet = chooseSheet(file, workbook, options);
            Object pkg = Internals.pkg(workbook);
            long sharedStrings = pkg == null ? -1
                    : XlsxPartScanner.countSharedStrings(Internals.sharedStrings(pkg), file);
            if (pkg == null) {
                return new XlsxRowReader(file, workbook, null, sheet.openStream());
            }
            InputStream content = Internals.sheetContent(pkg, sheet);
            scanner = XlsxPartScanner.sheet(content, file, sheet.getName(), sharedStrings);
            return new XlsxRowReader(file, workbook, scanner, Internals.rows(workbook, scanner));
        } catch (ContactFileException e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            closeQuietly(workbook);
            if (scanner != null && scanner.problem() != null) {
                throw scanner.problem();
            }
            throw Problems.caused(file, "corrupt", "xlsx.damaged", e);
        }
    }

    /** @return whether the workbook declares a styles part that is there (fastexcel needs it to read formats) */
    private static boolean checkZip(Path file) throws ContactFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return hasStyles(zip);
            }
            if (zip.getEntry("mimetype") != null || zip.getEntry("content.xml") != null) {
                throw Problems.of(file, "not_format", "xlsx.openDocument");
            }
            boolean anyWorkbook = zip.stream().anyMatch(e -> e.getName().endsWith("workbook.xml"));
            if (!anyWorkbook) {
                throw Problems.of(file, "not_format", "xlsx.notWorkbook");
            }
            return hasStyles(zip);
        } catch (ZipException e) {
            throw Problems.caused(file, "corrupt", "xlsx.truncated", e);
        } catch (IOException | RuntimeException e) {
            throw Problems.caused(file, "corrupt", "xlsx.damaged", e);
        }
    }

    /** Whether {@code [Content_Types].xml} names a styles part and the archive holds it. */
    private static boolean hasStyles(ZipFile zip) throws IOException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null) {
            return true; // fastexcel gives its own message for a package without content types
        }
        String text;
        try (InputStream in = zip.getInputStream(types)) {
            text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        Matcher part = STYLES_PART.matcher(text);
        while (part.find()) {
            String tag = part.group();
            if (tag.contains(STYLES_TYPE)) {
                Matcher name = PART_NAME.matcher(tag);
                if (name.find()) {
                    String entry = name.group(1).startsWith("/") ? name.group(1).substring(1) : name.group(1);
                    return zip.getEntry(entry) != null;
                }
            }
        }
        return false;
    }

    private static final Pattern STYLES_PART = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']([^\"']+)[\"']");

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
                if (count > ReadLimits.MAX_LISTED_CELLS) {
                    throw Problems.tooManyColumns(file, number);
                }
                String[] cells = new String[count];
                boolean blank = true;
                for (int i = 0; i < count; i++) {
                    String text = XlsxCells.text(row.getCell(i), date1904);
                    blank &= text.isBlank();
                    cells[i] = text;
                }
                if (blank) {
                    blankRows++;
                    continue;
                }
                String[] kept = Problems.checkCells(file, number, cells);
                if (++returned > RowReaders.MAX_DATA_ROWS + 1) {
                    throw Problems.tooManyRows(file, number);
                }
                return SourceRow.of(number, kept);
            }
            return null;
        } catch (ContactFileException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (scanner != null && scanner.problem() != null) {
                throw scanner.problem();
            }
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

    /**
     * fastexcel-reader 0.20 opens a sheet's XML inside {@code ReadableWorkbook.openStream}; to look at the bytes
     * before it parses them ({@link XlsxPartScanner}) we take the same three steps by reflection: the package's
     * {@code getSheetContent(Sheet)}, its {@code getSharedStrings()}, and {@code new RowSpliterator(workbook, in)}.
     * Should a later fastexcel rename them, {@link #pkg} gives {@code null} and the sheet is read as before
     * (unguarded; {@code XlsxRowReaderTest}'s hostile cases then fail).
     */
    private static final class Internals {
        private static final Field PKG;
        private static final Method SHEET_CONTENT;
        private static final Method SHARED_STRINGS;
        private static final Constructor<?> ROWS;

        static {
            Field pkg = null;
            Method sheetContent = null;
            Method sharedStrings = null;
            Constructor<?> rows = null;
            try {
                pkg = ReadableWorkbook.class.getDeclaredField("pkg");
                pkg.setAccessible(true);
                Class<?> type = pkg.getType();
                sheetContent = type.getDeclaredMethod("getSheetContent", Sheet.class);
                sheetContent.setAccessible(true);
                sharedStrings = type.getDeclaredMethod("getSharedStrings");
                sharedStrings.setAccessible(true);
                rows = Class.forName("org.dhatim.fastexcel.reader.RowSpliterator")
                        .getDeclaredConstructor(ReadableWorkbook.class, InputStream.class);
                rows.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("fastexcel-reader internals not found ({}); XLSX sheets are read without the byte guard", e
                        .toString());
                pkg = null;
            }
            PKG = pkg;
            SHEET_CONTENT = sheetContent;
            SHARED_STRINGS = sharedStrings;
            ROWS = rows;
        }

        static Object pkg(ReadableWorkbook workbook) {
            if (PKG == null) {
                return null;
            }
            try {
                return PKG.get(workbook);
            } catch (IllegalAccessException e) {
                return null;
            }
        }

        static InputStream sharedStrings(Object pkg) throws IOException {
            return (InputStream) call(SHARED_STRINGS, pkg);
        }

        static InputStream sheetContent(Object pkg, Sheet sheet) throws IOException {
            return (InputStream) call(SHEET_CONTENT, pkg, sheet);
        }

        @SuppressWarnings("unchecked")
        static Stream<Row> rows(ReadableWorkbook workbook, InputStream content) throws IOException {
            try {
                Spliterator<Row> rows = (Spliterator<Row>) ROWS.newInstance(workbook, content);
                return StreamSupport.stream(rows, false).onClose(() -> {
                    try {
                        content.close();
                    } catch (IOException e) {
                        // read-only
                    }
                });
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw rethrown(e);
            } catch (ReflectiveOperationException e) {
                throw new IOException(e);
            }
        }

        private static Object call(Method method, Object target, Object... arguments) throws IOException {
            try {
                return method.invoke(target, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw rethrown(e);
            } catch (IllegalAccessException e) {
                throw new IOException(e);
            }
        }

        private static IOException rethrown(java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IOException(cause);
        }
    }
}
