package app.vocero.contacts;

import app.vocero.domain.Reject;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rejected rows as a CSV Excel opens directly: UTF-8 with a byte-order mark, {@code ;} separators, CRLF,
 * header {@code row;value;reason_code;reason}. Cells starting with {@code = + - @}, a tab or a CR get a leading
 * {@code '} so a spreadsheet never runs them as formulas.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    public static void write(Iterable<Reject> rejects, Path file, String language) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(rejects, out, language);
        }
        app.vocero.config.PrivateFiles.restrict(file); // people's numbers and names: the owner's eyes only
    }

    /** Writes to the stream and flushes it, leaving it open. */
    public static void write(Iterable<Reject> rejects, OutputStream out, String language) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord("row", "value", "reason_code", "reason");
        for (Reject reject : rejects) {
            csv.writeRecord(String.valueOf(reject.row()), neutralized(reject.value()), reject.reasonCode(),
                    neutralized(reject.reasonText(language)));
        }
        csv.flush();
        writer.flush();
    }

    /** The cell with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutralized(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
