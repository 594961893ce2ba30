package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowReaderTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void readsWindows1252SemicolonCrlfFromExcel() throws Exception {
        Path file = write("contactos.csv",
                "nombre;telefono;saldo\r\nJosé Peña;3001234567;12,50\r\n\r\nMaría Núñez;3109876543;0\r\n",
                TextEncoding.WINDOWS_1252);

        Rows rows = Rows.read(file);

        assertThat(rows.format()).isEqualTo("csv");
        assertThat(rows.encoding()).isEqualTo("windows-1252");
        assertThat(rows.declared()).isEmpty();
        assertThat(rows.cells(0)).containsExactly("nombre", "telefono", "saldo");
        assertThat(rows.cells(1)).containsExactly("José Peña", "3001234567", "12,50");
        assertThat(rows.cells(2)).containsExactly("María Núñez", "3109876543", "0");
        assertThat(rows.numbers()).containsExactly(1L, 2L, 4L);
        assertThat(rows.blankRows()).isEqualTo(1);
    }

    @Test
    void stripsUtf8Bom() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = "telefono,nombre\n3001234567,José\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        Rows rows = Rows.read(file);

        assertThat(rows.encoding()).isEqualTo("UTF-8");
        assertThat(rows.cells(0)).containsExactly("telefono", "nombre");
        assertThat(rows.cells(1)).containsExactly("3001234567", "José");
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Rows rows = Rows.read(write("u.txt", "Peña;3001234567\nJosé;3001234568\n", StandardCharsets.UTF_8));

        assertThat(rows.encoding()).isEqualTo("UTF-8");
        assertThat(rows.cells(0)).containsExactly("Peña", "3001234567");
        assertThat(rows.cells(1)).containsExactly("José", "3001234568");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", "\t", "|"})
    void detectsEachDelimiter(String d) throws Exception {
        String text = "nombre" + d + "telefono" + d + "ciudad\n"
                + "Ana" + d + "3001234567" + d + "Bogotá\n"
                + "Luis" + d + "3001234568" + d + "Cali\n";
        Rows rows = Rows.read(write("d.csv", text, StandardCharsets.UTF_8));

        assertThat(rows.rows()).hasSize(3);
        assertThat(rows.cells(1)).containsExactly("Ana", "3001234567", "Bogotá");
        assertThat(rows.cells(2)).containsExactly("Luis", "3001234568", "Cali");
    }

    @Test
    void semicolonBeatsCommasInsideDecimalValues() throws Exception {
        Rows rows = Rows.read(write("s.csv", "Ana;3001;1,5\nLuis;3002;2,75\n", StandardCharsets.UTF_8));

        assertThat(rows.cells(0)).containsExactly("Ana", "3001", "1,5");
    }

    @Test
    void quotedFieldsWithDelimitersAndNewlinesKeepTheirStartingLine() throws Exception {
        String text = "nombre,telefono,nota\r\n"
                + "\"Peña, José\",3001234567,\"línea 1\r\nlínea 2\"\r\n"
                + "\r\n"
                + "Ana,3001234568,\"dice \"\"hola\"\"\"\r\n";
        Rows rows = Rows.read(write("q.csv", text, StandardCharsets.UTF_8));

        assertThat(rows.numbers()).containsExactly(1L, 2L, 5L);
        assertThat(rows.cells(1)).containsExactly("Peña, José", "3001234567", "línea 1\r\nlínea 2");
        assertThat(rows.cells(2)).containsExactly("Ana", "3001234568", "dice \"hola\"");
        assertThat(rows.blankRows()).isEqualTo(1);
    }

    @Test
    void countsBlankLinesAndEmptyDelimiterOnlyLines() throws Exception {
        Rows rows = Rows.read(write("b.csv", "a;1\n\n   \n;;\nb;2\n\n", StandardCharsets.UTF_8));

        assertThat(rows.numbers()).containsExactly(1L, 5L);
        assertThat(rows.blankRows()).isEqualTo(4);
    }

    @Test
    void oneColumnTxtOfNumbers() throws Exception {
        Rows rows = Rows.read(write("numeros.txt", "3001234567\n3001234568\n3001234569", StandardCharsets.US_ASCII));

        assertThat(rows.rows()).extracting(r -> r.cell(0)).containsExactly("3001234567", "3001234568", "3001234569");
        assertThat(rows.numbers()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void utf8SequenceCutAtTheSampleBoundaryIsStillUtf8() throws Exception {
        // 'é' is 2 bytes: its first byte is the last of the 64 KiB sample, its second the first after it
        StringBuilder sb = new StringBuilder("a;1\n".repeat((RowReaders.SAMPLE_BYTES - 100) / 4));
        sb.append("x".repeat(RowReaders.SAMPLE_BYTES - 1 - sb.length())).append("é;2\nPeña;3\n");
        assertThat(sb.substring(0, RowReaders.SAMPLE_BYTES - 1).getBytes(StandardCharsets.UTF_8))
                .hasSize(RowReaders.SAMPLE_BYTES - 1);

        Rows rows = Rows.read(write("big.csv", sb.toString(), StandardCharsets.UTF_8));

        assertThat(rows.encoding()).isEqualTo("UTF-8");
        assertThat(rows.rows().get(rows.rows().size() - 1).cells()).containsExactly("Peña", "3");
        assertThat(rows.rows().get(rows.rows().size() - 2).cell(0)).endsWith("xé");
    }

    @Test
    void utf16WithBomFromExcelUnicodeText() throws Exception {
        Path file = dir.resolve("unicode.txt");
        byte[] body = "nombre\ttelefono\r\nJosé\t3001234567\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);

        Rows rows = Rows.read(file);

        assertThat(rows.encoding()).isEqualTo("UTF-16LE");
        assertThat(rows.cells(1)).containsExactly("José", "3001234567");
    }

    @Test
    void toleratesRaggedRowsAndTextAfterAClosingQuote() throws Exception {
        Rows rows = Rows.read(write("r.csv", "nombre;tel\n\"Peña\" x;1\nAna;2;extra\nLuis\n", StandardCharsets.UTF_8));

        assertThat(rows.cells(1)).containsExactly("Peña x", "1");
        assertThat(rows.cells(2)).containsExactly("Ana", "2", "extra");
        assertThat(rows.cells(3)).containsExactly("Luis");
        assertThat(rows.rows().get(3).cell(1)).isEmpty();
    }

    @Test
    void unclosedQuoteIsCorruptAtItsLine() throws Exception {
        Path file = write("abierta.csv", "a;1\nb;2\n\"c;3\nd;4\n", StandardCharsets.UTF_8);

        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.next().cells()).containsExactly("a", "1");
            assertThat(reader.next().cells()).containsExactly("b", "2");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(ContactFileException.class, e -> {
                assertThat(e.reasonCode()).isEqualTo("corrupt");
                assertThat(e.getMessage()).startsWith("abierta.csv, row 3: ").doesNotContain("\n");
            });
        }
    }

    @Test
    void delimiterDetectorPrefersTheConsistentCandidate() {
        assertThat(DelimiterDetector.detect("a,b;c\nd,e;f\ng;h\n", true)).isEqualTo(';');
        assertThat(DelimiterDetector.detect("a|b|c\nd|e|f\n", true)).isEqualTo('|');
        assertThat(DelimiterDetector.detect("\"x;y\",1\n\"z;w\",2\n", true)).isEqualTo(',');
        assertThat(DelimiterDetector.detect("3001234567\n", true)).isEqualTo(',');
        assertThat(List.of(DelimiterDetector.detect("a\tb\nc\td\n", true))).containsExactly('\t');
    }
}
