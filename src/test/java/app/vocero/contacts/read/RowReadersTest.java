package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection and bad input: every failure is a ContactFileException with a reason and the file's name. */
class RowReadersTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    Path dir;

    private static void fails(ThrowingCallable call, String reason, String messageStart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(messageStart).doesNotContain("\n");
        });
    }

    static Path xlsx(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Vocero", "1.0");
            var ws = wb.newWorksheet("Hoja1");
            for (int i = 0; i < rows; i++) {
                ws.value(i, 0, "Peña " + i);
                ws.value(i, 1, 3_001_000_000L + i);
            }
            wb.finish();
        }
        return file;
    }

    static Path parquet(Path file, int rows, CompressionCodecName codec) throws IOException {
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file).column("number", ColumnType.INT64, false)
                .column("content", ColumnType.STRING, false).codec(codec).rowGroupRows(50).open()) {
            for (int i = 0; i < rows; i++) {
                w.write(3_001_000_000L + i, "Hola " + i);
            }
        }
        return file;
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void detectsTheFormatFromTheContentWhateverTheExtension() throws Exception {
        Path workbook = xlsx(dir.resolve("w.xlsx"), 3);
        Path renamedWorkbook = Files.copy(workbook, dir.resolve("lista.csv"));
        Path renamedParquet = Files.copy(parquet(dir.resolve("p.parquet"), 3, CompressionCodecName.ZSTD),
                dir.resolve("export.dat"));
        Path json = bytes("lista.txt", "  \n [\"3001234567\"]".getBytes(StandardCharsets.UTF_8));

        assertThat(Rows.read(renamedWorkbook).format()).isEqualTo("xlsx");
        assertThat(Rows.read(renamedWorkbook).cells(1)).containsExactly("Peña 1", "3001000001");
        assertThat(Rows.read(renamedParquet).format()).isEqualTo("parquet");
        assertThat(Rows.read(json).format()).isEqualTo("json");
        assertThat(Rows.read(json).cells(0)).containsExactly("3001234567");
    }

    @Test
    void csvRenamedXlsx() throws Exception {
        Path file = bytes("contactos.xlsx", "nombre;telefono\nAna;3001234567\n".getBytes(StandardCharsets.UTF_8));

        fails(() -> Rows.read(file), "not_format", "contactos.xlsx: not an XLSX workbook (it looks like CSV text)");
    }

    @Test
    void tabSeparatedTextNamedXlsIsReadAsText() throws Exception {
        Path file = bytes("reporte.xls", "nombre\ttelefono\r\nJosé\t3001234567\r\n".getBytes(TextEncoding.WINDOWS_1252));

        Rows rows = Rows.read(file);

        assertThat(rows.format()).isEqualTo("csv");
        assertThat(rows.encoding()).isEqualTo("windows-1252");
        assertThat(rows.cells(1)).containsExactly("José", "3001234567");
    }

    @Test
    void csvRenamedParquetAndJson() throws Exception {
        Path parquet = bytes("c.parquet", "3001234567\n".getBytes(StandardCharsets.UTF_8));
        Path json = bytes("c.json", "3001234567\n".getBytes(StandardCharsets.UTF_8));

        fails(() -> Rows.read(parquet), "not_format", "c.parquet: not a Parquet file (it looks like CSV text)");
        fails(() -> Rows.read(json), "not_format", "c.json: not a JSON file (it looks like CSV text)");
    }

    @Test
    void emptyMissingAndDirectory() throws Exception {
        Path empty = bytes("vacio.csv", new byte[0]);

        fails(() -> Rows.read(empty), "empty", "vacio.csv: the file is empty (0 bytes)");
        fails(() -> Rows.read(dir.resolve("no-existe.csv")), "not_found", "no-existe.csv: file not found");
        fails(() -> Rows.read(dir), "not_a_file", dir.getFileName() + ": is a folder");
    }

    @Test
    void randomBytesAreNotAContactFile() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        Path file = bytes("ruido.csv", noise);

        fails(() -> Rows.read(file), "not_format", "ruido.csv: not a contact file");
    }

    @Test
    void legacyXlsAndHtml() throws Exception {
        Path xls = bytes("viejo.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4});
        Path html = bytes("reporte.xls", "<html><table><tr><td>1</td></tr></table></html>".getBytes(
                StandardCharsets.UTF_8));

        fails(() -> Rows.read(xls), "not_format", "viejo.xls: an Excel 97-2003");
        fails(() -> Rows.read(html), "not_format", "reporte.xls: an HTML/XML page");
    }

    @Test
    void truncatedXlsx() throws Exception {
        byte[] whole = Files.readAllBytes(xlsx(dir.resolve("w.xlsx"), 200));
        Path file = bytes("cortado.xlsx", Arrays.copyOf(whole, whole.length / 2));

        fails(() -> Rows.read(file), "corrupt", "cortado.xlsx: truncated or damaged XLSX");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("fotos.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("foto.txt"));
            zip.write("hola".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        fails(() -> Rows.read(file), "not_format", "fotos.xlsx: a ZIP archive but not an XLSX workbook");
    }

    @Test
    void truncatedParquetMentionsSaem() throws Exception {
        byte[] whole = Files.readAllBytes(parquet(dir.resolve("p.parquet"), 500, CompressionCodecName.SNAPPY));
        Path file = bytes("cortado.parquet", Arrays.copyOf(whole, whole.length - 100));

        fails(() -> Rows.read(file), "corrupt", "cortado.parquet: truncated or damaged Parquet file");
        assertThatThrownBy(() -> Rows.read(file)).hasMessageContaining("CALLB_019");
    }

    @Test
    void damagedParquetPageIsCorruptWithARow() throws Exception {
        Path good = parquet(dir.resolve("p.parquet"), 500, CompressionCodecName.UNCOMPRESSED);
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 200; i < 260; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Path file = bytes("danado.parquet", bytes);

        assertThatThrownBy(() -> Rows.read(file)).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo("corrupt");
            assertThat(e.getMessage()).startsWith("danado.parquet").contains("CALLB_019");
        });
    }

    @Test
    void tooManyRowsIsOneConstant() throws Exception {
        assertThat(RowReaders.MAX_DATA_ROWS).isEqualTo(1_000_000);
        Path file = dir.resolve("enorme.csv");
        try (var out = Files.newBufferedWriter(file)) {
            for (long i = 0; i <= RowReaders.MAX_DATA_ROWS + 1; i++) {
                out.write("30");
                out.write(Long.toString(i));
                out.write('\n');
            }
        }
        assertThatThrownBy(() -> Rows.read(file)).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo("too_many_rows");
            assertThat(e.getMessage()).isEqualTo(
                    "enorme.csv, row 1000002: more than 1,000,000 contacts; split the file into smaller ones");
        });
    }

    @Test
    void tooManyParquetRowsFailAtOpenFromTheFooter() throws Exception {
        Path file = dir.resolve("enorme.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file).column("number", ColumnType.INT64, true)
                .codec(CompressionCodecName.SNAPPY).open()) {
            for (long i = 0; i <= RowReaders.MAX_DATA_ROWS; i++) {
                w.write(i % 1_000);
            }
        }

        fails(() -> RowReaders.open(file, ReadOptions.defaults()), "too_many_rows",
                "enorme.parquet: 1,000,001 contacts, more than the 1,000,000 allowed");
    }

    @Test
    void tooManyJsonRows() throws Exception {
        Path file = dir.resolve("enorme.json");
        try (var out = Files.newBufferedWriter(file)) {
            out.write('[');
            for (long i = 0; i <= RowReaders.MAX_DATA_ROWS; i++) {
                out.write(i == 0 ? "1" : ",1");
            }
            out.write(']');
        }

        fails(() -> Rows.read(file), "too_many_rows", "enorme.json, row 1000002: more than 1,000,000 contacts");
    }
}
