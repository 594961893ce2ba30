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
 * {@code corrupt}, {@code unsupported_codec}, {@code sheet_not_found}, {@code too_many_rows}.
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
            throw Problems.of(file, "not_a_file", "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw Problems.of(file, "not_found", "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw Problems.of(file, "not_a_file", "is not a regular file");
        }
        byte[] head = new byte[SAMPLE_BYTES];
        int length;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            length = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw Problems.of(file, "not_found", "file not found", e);
        } catch (AccessDeniedException e) {
            throw Problems.of(file, "unreadable", "permission denied", e);
        } catch (IOException e) {
            throw Problems.of(file, "unreadable", "cannot be read (" + Problems.detail(e) + ")", e);
        }
        if (length == 0) {
            throw Problems.of(file, "empty", "the file is empty (0 bytes)");
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
            throw Problems.of(file, "not_format", "an Excel 97-2003 (.xls) or password-protected workbook;"
                    + " save it as .xlsx (without password) or CSV");
        }
        if (startsWith(head, length, 'P', 'K')) {
            throw Problems.of(file, "not_format", "a damaged or empty ZIP archive, not an XLSX workbook");
        }
        TextEncoding encoding = TextEncoding.detect(head, length, complete);
        if (encoding.looksBinary(head, length)) {
            throw Problems.of(file, "not_format", "not a contact file: binary data of an unknown format"
                    + " (expected CSV/TXT, XLSX, Parquet or JSON)");
        }
        String text = encoding.decode(head, length, 4096).stripLeading();
        // only blanks in the first 4,096 characters: nothing to recognise, the CSV reader counts blank lines
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first == '<') {
            throw Problems.of(file, "not_format", "an HTML/XML page, not a contact list;"
                    + " open it in Excel and save it as XLSX or CSV");
        }
        boolean json = first == '[' || first == '{';
        String looks = json ? "JSON text" : "CSV text";
        switch (ext) {
            case "xlsx", "xlsm" -> throw Problems.of(file, "not_format",
                    "not an XLSX workbook (it looks like " + looks + ")");
            case "xls" -> {
                // many web systems export tab-separated text named .xls, which Excel opens without complaint
                if (json) {
                    throw Problems.of(file, "not_format", "not an Excel workbook (it looks like JSON text)");
                }
                LOG.info("{}: text named .xls; reading it as CSV/TXT", Problems.name(file));
            }
            case "parquet", "pq" -> throw Problems.of(file, "not_format",
                    "not a Parquet file (it looks like " + looks + ")");
            case "json" -> {
                if (!json) {
                    throw Problems.of(file, "not_format", "not a JSON file (it looks like CSV text)");
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
