package app.vocero.contacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a contact file with the right {@link RowReader}. The format comes from the content (magic bytes:
 * {@code PK\3\4} → XLSX, {@code PAR1} → Parquet, first non-space character {@code [} or {@code {} → JSON, other
 * text → CSV/TXT); the extension is a hint that turns a contradiction into a clear error (a CSV renamed
 * {@code .xlsx}, {@code .parquet} or {@code .json} is rejected with "it looks like CSV text" instead of being read as
 * something the user did not mean). Text named {@code .xls} is read as CSV/TXT: web systems export tab-separated
 * text under that name and Excel opens it. Binary content with another extension is read by its content.
 *
 * <p>Reason codes: {@code not_found}, {@code not_a_file}, {@code unreadable}, {@code empty}, {@code not_format},
 * {@code corrupt}, {@code unsupported_codec}, {@code sheet_not_found}, {@code too_many_rows}, {@code too_large} (a
 * limit of {@link ReadLimits}: columns, characters in a cell or row, JSON nesting or keys, XLSX shared strings).
 */
public final class RowReaders {

    private static final Logger LOG = LoggerFactory.getLogger(RowReaders.class);

    /** The most data rows a contact file may hold; one more (a possible header) is allowed in CSV/TXT and XLSX. */
    public static final long MAX_DATA_ROWS = 1_000_000;

    /** Bytes sampled for format, encoding and delimiter detection. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private RowReaders() {
    }

    public static RowReader open(Path file, ReadOptions options) throws ContactFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        if (Files.isDirectory(file)) {
            throw Problems.of(file, "not_a_file", "file.folder");
        }
        if (!Files.exists(file)) {
            throw Problems.of(file, "not_found", "file.notFound");
        }
        if (!Files.isRegularFile(file)) {
            throw Problems.of(file, "not_a_file", "file.notRegular");
        }
        byte[] head = new byte[SAMPLE_BYTES];
        int length;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            length = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ContactFileException(file, 0, "not_found", "file.notFound", null, e);
        } catch (AccessDeniedException e) {
            throw new ContactFileException(file, 0, "unreadable", "file.permissionDenied", null, e);
        } catch (IOException e) {
            throw Problems.caused(file, "unreadable", "file.unreadable", e);
        }
        if (length == 0) {
            throw Problems.of(file, "empty", "file.empty");
        }
        boolean complete = length < head.length || size <= length;
        return open(file, options, head, length, complete);
    }

    private static RowReader open(Path file, ReadOptions options, byte[] head, int length, boolean complete)
            throws ContactFileException {
        String ext = extension(file);
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            hint(file, ext, "xlsx");
            return XlsxRowReader.open(file, options);
        }
        if (startsWith(head, length, 'P', 'A', 'R', '1')) {
            hint(file, ext, "parquet");
            return ParquetRowReader.open(file);
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw Problems.of(file, "not_format", "format.oldExcel");
        }
        if (startsWith(head, length, 'P', 'K')) {
            throw Problems.of(file, "not_format", "format.badZip");
        }
        TextEncoding encoding = TextEncoding.detect(head, length, complete);
        if (encoding.looksBinary(head, length)) {
            throw Problems.of(file, "not_format", "format.binary");
        }
        String text = encoding.decode(head, length, 4096).stripLeading();
        // only blanks in the first 4,096 characters: nothing to recognise, the CSV reader counts blank lines
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first == '<') {
            throw Problems.of(file, "not_format", "format.html");
        }
        boolean json = first == '[' || first == '{';
        String looks = json ? "JSON" : "CSV";
        String rename = json ? "json" : "csv";
        switch (ext) {
            case "xlsx", "xlsm" -> throw Problems.of(file, "not_format", "format.notXlsx", looks, rename);
            case "xls" -> {
                // many web systems export tab-separated text named .xls, which Excel opens without complaint
                if (json) {
                    throw Problems.of(file, "not_format", "format.jsonNamedXls");
                }
                LOG.info("{}: text named .xls; reading it as CSV/TXT", Problems.name(file));
            }
            case "parquet", "pq" -> throw Problems.of(file, "not_format", "format.notParquet", looks, rename);
            case "json" -> {
                if (!json) {
                    throw Problems.of(file, "not_format", "format.notJson");
                }
            }
            default -> {
                // content decides
            }
        }
        if (json) {
            return JsonRowReader.open(file, encoding);
        }
        return CsvRowReader.open(file, encoding, encoding.decode(head, length, SAMPLE_BYTES), complete);
    }

    private static void hint(Path file, String ext, String format) {
        if (!ext.isEmpty() && !ext.equals(format) && !(format.equals("xlsx") && ext.equals("xlsm"))
                && !(format.equals("parquet") && ext.equals("pq"))) {
            LOG.info("{}: the content is {} although the extension is .{}; reading it as {}",
                    Problems.name(file), format, ext, format);
        }
    }

    static String extension(Path file) {
        String name = Problems.name(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
