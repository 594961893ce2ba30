package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11's hostile files: each is refused by its reader with one keyed problem naming the file, the row and
 * the limit ({@link ReadLimits}), never an OutOfMemoryError or a library's message.
 */
class HostileFilesTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    static Path dir;

    private static Map<String, HostileFiles.Expected> cases;

    @BeforeAll
    static void write() throws IOException {
        cases = HostileFiles.all(dir);
    }

    private static ContactFileException readAll(HostileFiles.Expected expected) {
        return catchThrowableOfType(ContactFileException.class, () -> {
            try (RowReader reader = RowReaders.open(expected.file(), ReadOptions.defaults())) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        });
    }

    private static void check(String name) {
        HostileFiles.Expected expected = cases.get(name);
        ContactFileException e = readAll(expected);
        assertThat(e).as(name).isNotNull();
        assertThat(e.key()).as(name).isEqualTo(expected.key());
        assertThat(e.reasonCode()).as(name).isEqualTo(expected.reasonCode());
        assertThat(e.row()).as(name).isEqualTo(expected.row());
        assertThat(e.getMessage()).as(name).startsWith(expected.file().getFileName().toString())
                .doesNotContain("Exception", "heap").hasSizeLessThan(400);
        assertThat(e.message("es")).as(name).startsWith(expected.file().getFileName().toString())
                .isNotEqualTo(e.getMessage());
    }

    @Test
    void aSharedStringIndexPastTheTableNamesTheSheetRowAndCell() {
        check("xlsx-shared-string-2147483647");
        ContactFileException e = readAll(cases.get("xlsx-shared-string-2147483647"));
        assertThat(e.getMessage()).isEqualTo("indice.xlsx, row 2: sheet \"Hoja1\", cell A2 points at text number "
                + "2,147,483,647 but the workbook has only 1; the file is damaged: open it in Excel and save it again");
        assertThat(e.message("es")).startsWith("indice.xlsx, fila 2: hoja \"Hoja1\", la celda A2 apunta al texto");
    }

    @Test
    void tooManySharedStringsAreRefusedBeforeFastexcelKeepsThem() {
        check("xlsx-too-many-shared-strings");
        assertThat(readAll(cases.get("xlsx-too-many-shared-strings")).getMessage())
                .isEqualTo("textos.xlsx: more than 1,000,000 different texts in the workbook; split it into smaller "
                        + "files or save it as CSV");
    }

    @Test
    void aSharedStringsPartThatInflatesPastTheLimitIsRefused() {
        check("xlsx-shared-strings-bomb");
        assertThat(readAll(cases.get("xlsx-shared-strings-bomb")).getMessage()).contains("larger than 48 MB");
    }

    @Test
    void aCellReferenceFarToTheRightIsRefused() {
        check("xlsx-far-column");
        assertThat(readAll(cases.get("xlsx-far-column")).getMessage())
                .isEqualTo("columna.xlsx, row 2: sheet \"Hoja1\", cell reference \"ZZZZZZ2\" is beyond column 500; "
                        + "the file is damaged or not a contact list");
    }

    @Test
    void aJsonListWhoseRowsEachAddAKeyStopsAtTheColumnLimit() {
        check("json-100000-distinct-keys");
        assertThat(readAll(cases.get("json-100000-distinct-keys")).getMessage())
                .isEqualTo("claves.json, row 501: more than 500 columns; a contact list has one column per field: "
                        + "remove the extra columns or choose the right file");
    }

    @Test
    void aJsonObjectWithTooManyKeysIsRefused() {
        check("json-500000-keys");
    }

    @Test
    void deepJsonNestingIsRefusedWithTheLimit() {
        check("json-deep");
        assertThat(readAll(cases.get("json-deep")).getMessage())
                .isEqualTo("anidado.json, row 2: values nested more than 20 levels deep; a contact list is a list of "
                        + "flat objects");
    }

    @Test
    void aLongJsonStringIsRefusedAtItsRow() {
        check("json-long-string");
    }

    @Test
    void aTenMegabyteCsvLineIsRefusedAtItsLineWithoutEchoingIt() {
        check("csv-10mb-line");
        assertThat(readAll(cases.get("csv-10mb-line")).getMessage())
                .isEqualTo("linea.csv, row 3: a cell longer than 10,000 characters; shorten it (or look for a quote "
                        + "(\") that is not closed)");
    }

    @Test
    void aMillionColumnHeaderIsRefused() {
        check("csv-1000000-columns");
    }

    @Test
    void aRowAtTheLimitsIsStillRead() throws Exception {
        Path file = dir.resolve("limite.csv");
        StringBuilder header = new StringBuilder("telefono");
        StringBuilder row = new StringBuilder("3001234567");
        for (int i = 1; i < ReadLimits.MAX_COLUMNS; i++) {
            header.append(";c").append(i);
            row.append(';').append(i == 1 ? "x".repeat(ReadLimits.MAX_CELL_CHARS) : "y");
        }
        java.nio.file.Files.writeString(file, header + "\n" + row + "\n");
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.next().cells()).hasSize(ReadLimits.MAX_COLUMNS);
            assertThat(reader.next().cell(1)).hasSize(ReadLimits.MAX_CELL_CHARS);
            assertThat(reader.next()).isNull();
        }
    }
}
