package app.vocero.contacts.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hostile contact files of issue #11, small on disk (the largest is 4 MB), each with the problem key and row
 * its reader must report. Shared by {@code HostileFilesTest} (in the test JVM) and {@code SmallHeapImport}
 * (a child JVM with {@code -Xmx256m}).
 */
public final class HostileFiles {

    /** What a reader must say about a file: its reason code, its key, and its row (0: the whole file). */
    public record Expected(Path file, String reasonCode, String key, long row) {
    }

    private HostileFiles() {
    }

    private interface Writer {
        Path write(Path dir) throws IOException;
    }

    private record Case(String file, String reasonCode, String key, long row, Writer writer) {
    }

    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("xlsx-shared-string-2147483647", new Case("indice.xlsx", "corrupt", "xlsx.badSharedString", 2,
                HostileFiles::xlsxSharedStringPastTable));
        cases.put("xlsx-too-many-shared-strings", new Case("textos.xlsx", "too_large", "limits.sharedStrings", 0,
                HostileFiles::xlsxManySharedStrings));
        cases.put("xlsx-shared-strings-bomb", new Case("bomba.xlsx", "too_large", "limits.sharedStringsSize", 0,
                HostileFiles::xlsxSharedStringsBomb));
        cases.put("xlsx-far-column", new Case("columna.xlsx", "too_large", "xlsx.badCellReference", 2,
                HostileFiles::xlsxFarColumn));
        cases.put("json-100000-distinct-keys", new Case("claves.json", "too_large", "limits.columns",
                ReadLimits.MAX_COLUMNS + 1, HostileFiles::jsonDistinctKeys));
        cases.put("json-500000-keys", new Case("objeto.json", "too_large", "limits.jsonKeys", 2,
                HostileFiles::jsonManyKeys));
        cases.put("json-deep", new Case("anidado.json", "too_large", "limits.jsonDepth", 2, HostileFiles::jsonDeep));
        cases.put("json-long-string", new Case("largo.json", "too_large", "limits.cellChars", 3,
                HostileFiles::jsonLongString));
        cases.put("csv-10mb-line", new Case("linea.csv", "too_large", "limits.cellChars", 3,
                HostileFiles::csvLongLine));
        cases.put("csv-1000000-columns", new Case("ancho.csv", "too_large", "limits.columns", 1,
                HostileFiles::csvWideHeader));
        return cases;
    }

    /** Every case, by name, written into {@code dir}. */
    public static Map<String, Expected> all(Path dir) throws IOException {
        Map<String, Expected> all = new LinkedHashMap<>();
        for (Map.Entry<String, Case> c : cases().entrySet()) {
            Case value = c.getValue();
            Path file = value.writer().write(dir);
            if (!file.getFileName().toString().equals(value.file())) {
                throw new IllegalStateException(file + " is not " + value.file());
            }
            all.put(c.getKey(), new Expected(file, value.reasonCode(), value.key(), value.row()));
        }
        return all;
    }

    /** What {@link #all} would return for {@code dir}, without writing anything. */
    public static Map<String, Expected> expected(Path dir) {
        Map<String, Expected> all = new LinkedHashMap<>();
        cases().forEach((name, value) -> all.put(name, new Expected(dir.resolve(value.file()), value.reasonCode(),
                value.key(), value.row())));
        return all;
    }

    /** The 2.6 KB workbook: one cell pointing at shared string 2,147,483,647 of a one-entry table. */
    static Path xlsxSharedStringPastTable(Path dir) throws IOException {
        return MinimalXlsx.write(dir.resolve("indice.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2147483647</v></c></row>",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>Teléfono</t></si></sst>", true);
    }

    /** More shared strings than {@link ReadLimits#MAX_SHARED_STRINGS}: tiny compressed, 20 MB of XML. */
    static Path xlsxManySharedStrings(Path dir) throws IOException {
        return MinimalXlsx.write(dir.resolve("textos.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                out -> {
                    out.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] entry = "<si><t>x</t></si>".getBytes(StandardCharsets.UTF_8);
                    byte[] block = new byte[entry.length * 1000];
                    for (int i = 0; i < 1000; i++) {
                        System.arraycopy(entry, 0, block, i * entry.length, entry.length);
                    }
                    for (int i = 0; i <= ReadLimits.MAX_SHARED_STRINGS / 1000; i++) {
                        out.write(block);
                    }
                    out.write("</sst>".getBytes(StandardCharsets.UTF_8));
                }, true);
    }

    /** A shared-strings part that inflates past {@link ReadLimits#MAX_SHARED_STRINGS_BYTES} in few entries. */
    static Path xlsxSharedStringsBomb(Path dir) throws IOException {
        return MinimalXlsx.write(dir.resolve("bomba.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                out -> {
                    out.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] entry = ("<si><t>" + "a".repeat(5000) + "</t></si>").getBytes(StandardCharsets.UTF_8);
                    long written = 0;
                    while (written <= ReadLimits.MAX_SHARED_STRINGS_BYTES) {
                        out.write(entry);
                        written += entry.length;
                    }
                    out.write("</sst>".getBytes(StandardCharsets.UTF_8));
                }, true);
    }

    /** A cell at column ZZZZZZ (about 321 million): fastexcel would size the row to it. */
    static Path xlsxFarColumn(Path dir) throws IOException {
        return MinimalXlsx.write(dir.resolve("columna.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Teléfono</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", (String) null,
                true);
    }

    /** The 4 MB JSON: 100,000 rows, each with one key no other row has. */
    static Path jsonDistinctKeys(Path dir) throws IOException {
        Path file = dir.resolve("claves.json");
        try (java.io.Writer out = writer(file)) {
            out.write('[');
            for (int i = 0; i < 100_000; i++) {
                out.write(i == 0 ? "" : ",");
                out.write("{\"telefono\":\"300" + (1_000_000 + i) + "\",\"k" + i + "\":\"x\"}");
            }
            out.write(']');
        }
        return file;
    }

    /** One object with 500,000 keys. */
    static Path jsonManyKeys(Path dir) throws IOException {
        Path file = dir.resolve("objeto.json");
        try (java.io.Writer out = writer(file)) {
            out.write("[{\"telefono\":\"3001234567\"");
            for (int i = 0; i < 500_000; i++) {
                out.write(",\"k" + i + "\":1");
            }
            out.write("}]");
        }
        return file;
    }

    /** A value nested 100,000 levels deep. */
    static Path jsonDeep(Path dir) throws IOException {
        Path file = dir.resolve("anidado.json");
        try (java.io.Writer out = writer(file)) {
            out.write("[{\"telefono\":\"3001234567\",\"x\":");
            out.write("[".repeat(100_000));
            out.write("]".repeat(100_000));
            out.write("}]");
        }
        return file;
    }

    /** A 30 MB string in the second contact. */
    static Path jsonLongString(Path dir) throws IOException {
        Path file = dir.resolve("largo.json");
        try (java.io.Writer out = writer(file)) {
            out.write("[{\"telefono\":\"3001234567\"},{\"telefono\":\"3001234568\",\"nota\":\"");
            String chunk = "a".repeat(1 << 20);
            for (int i = 0; i < 30; i++) {
                out.write(chunk);
            }
            out.write("\"}]");
        }
        return file;
    }

    /** A 10 MB line (one quoted field) on line 3. */
    static Path csvLongLine(Path dir) throws IOException {
        Path file = dir.resolve("linea.csv");
        try (java.io.Writer out = writer(file)) {
            out.write("telefono;nombre\r\n3001234567;Ana\r\n3001234568;\"");
            String chunk = "b".repeat(1 << 20);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write("\"\r\n");
        }
        return file;
    }

    /** A header of 1,000,000 columns. */
    static Path csvWideHeader(Path dir) throws IOException {
        Path file = dir.resolve("ancho.csv");
        try (java.io.Writer out = writer(file)) {
            out.write("telefono");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(";c");
            }
            out.write("\r\n3001234567\r\n");
        }
        return file;
    }

    private static java.io.Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
