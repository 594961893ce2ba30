package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRowReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void arrayOfNumbersAndStringsIsOneNumberColumn() throws Exception {
        Rows rows = Rows.read(write("n.json", "[3001234567, \"+57 300 123 4568\", 573001234569, 3.001234567E9, null]"));

        assertThat(rows.format()).isEqualTo("json");
        assertThat(rows.declared()).contains(List.of("number"));
        assertThat(rows.rows()).extracting(r -> r.cell(0))
                .containsExactly("3001234567", "+57 300 123 4568", "573001234569", "3001234567");
        assertThat(rows.numbers()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rows.blankRows()).isEqualTo(1);
    }

    @Test
    void arrayOfObjectsUnionsKeysInFirstSeenOrder() throws Exception {
        Rows rows = Rows.read(write("o.json", """
                [{"nombre": "José Peña", "telefono": 3001234567},
                 {"telefono": "3001234568", "ciudad": "Cali", "extra": {"a": [1, 2]}},
                 {"nombre": "Ana", "activo": true, "saldo": 12.50}]
                """));

        assertThat(rows.declared()).contains(List.of("nombre", "telefono", "ciudad", "extra", "activo", "saldo"));
        assertThat(rows.cells(0)).containsExactly("José Peña", "3001234567", "", "", "", "");
        assertThat(rows.cells(1)).containsExactly("", "3001234568", "Cali", "{\"a\":[1,2]}", "", "");
        assertThat(rows.cells(2)).containsExactly("Ana", "", "", "", "true", "12.5");
    }

    @Test
    void keysFirstSeenAfterTheLookaheadAreAppended() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < JsonRowReader.LOOKAHEAD + 5; i++) {
            sb.append("{\"number\": ").append(3_001_000_000L + i).append("},");
        }
        sb.append("{\"number\": 1, \"late\": \"x\"}]");
        Path file = write("late.json", sb.toString());

        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.declaredColumns()).contains(List.of("number"));
            SourceRow row;
            SourceRow last = null;
            while ((row = reader.next()) != null) {
                last = row;
            }
            assertThat(reader.declaredColumns()).contains(List.of("number", "late"));
            assertThat(last.cells()).containsExactly("1", "x");
            assertThat(last.number()).isEqualTo(JsonRowReader.LOOKAHEAD + 7);
        }
    }

    @Test
    void saemStandardBodyWithNumbers() throws Exception {
        Rows rows = Rows.read(write("standard.json", """
                {"subService": "standard", "prefix": 57, "configProgramming": [{"dateStart": "x", "reviews": 2}],
                 "numbers": [3001234567, "3001234568"], "audioId": 9}
                """));

        assertThat(rows.declared()).contains(List.of("number"));
        assertThat(rows.rows()).extracting(r -> r.cell(0)).containsExactly("3001234567", "3001234568");
    }

    @Test
    void saemCustomBodyWithNumberAndContent() throws Exception {
        Rows rows = Rows.read(write("custom.json", """
                {"subService": "custom", "voice": "Maria",
                 "numbers": [{"number": 3001234567, "content": "Hola José"}, {"number": "3001234568", "content": "Hola Ana"}]}
                """));

        assertThat(rows.declared()).contains(List.of("number", "content"));
        assertThat(rows.cells(0)).containsExactly("3001234567", "Hola José");
        assertThat(rows.cells(1)).containsExactly("3001234568", "Hola Ana");
        assertThat(rows.numbers()).containsExactly(2L, 3L);
    }

    @Test
    void windows1252JsonKeepsItsAccents() throws Exception {
        Path file = dir.resolve("latin.json");
        Files.write(file, "[{\"nombre\": \"José Peña\", \"telefono\": 3001234567}]".getBytes(TextEncoding.WINDOWS_1252));

        Rows rows = Rows.read(file);

        assertThat(rows.encoding()).isEqualTo("windows-1252");
        assertThat(rows.cells(0)).containsExactly("José Peña", "3001234567");
    }

    @Test
    void utf8BomIsSkipped() throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] body = "[\"3001234567\"]".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        Rows rows = Rows.read(file);

        assertThat(rows.format()).isEqualTo("json");
        assertThat(rows.encoding()).isEqualTo("UTF-8");
        assertThat(rows.cells(0)).containsExactly("3001234567");
    }

    @Test
    void objectWithoutNumbersIsNotAContactList() throws Exception {
        Path file = write("config.json", "{\"subService\": \"standard\", \"prefix\": 57}");

        assertThatThrownBy(() -> Rows.read(file)).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo("not_format");
            assertThat(e.getMessage()).startsWith("config.json: ").contains("\"numbers\"");
        });
    }

    @Test
    void truncatedJsonIsCorruptWithTheRow() throws Exception {
        Path file = write("t.json", "[{\"number\": 3001234567}, {\"number\": 30012");

        assertThatThrownBy(() -> Rows.read(file)).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo("corrupt");
            assertThat(e.getMessage()).startsWith("t.json, row 3: not valid JSON");
        });
    }

    @Test
    void garbageAfterTheDocumentIsCorrupt() throws Exception {
        Path file = write("g.json", "[1, 2] [3]");

        assertThatThrownBy(() -> Rows.read(file)).isInstanceOfSatisfying(ContactFileException.class,
                e -> assertThat(e.reasonCode()).isEqualTo("corrupt"));
    }
}
