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
                .isEqualTo("columna.xlsx, row 2: sheet \"Hoja1\", cell reference \"ZZZZZZ2\" is beyond column 16,384; "
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
    void blankCellsPastTheLastFilledOneDoNotCountAsColumns() throws Exception {
        Path file = dir.resolve("bordes.csv");
        String blanks = ";".repeat(3000);
        java.nio.file.Files.writeString(file, "telefono;nombre" + blanks + "\n3001234567;Ana" + blanks + "\n");
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.next().cells()).containsExactly("telefono", "nombre");
            assertThat(reader.next().cells()).containsExactly("3001234567", "Ana");
        }
        Path wide = dir.resolve("lleno.csv");
        java.nio.file.Files.writeString(wide, "telefono;nombre" + blanks + "x\n");
        ContactFileException e = readAll(new HostileFiles.Expected(wide, "too_large", "limits.columns", 1));
        assertThat(e.key()).isEqualTo("limits.columns");
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

    @Test
    void aParquetCellPastTheLimitIsRefusedAtItsRow() throws Exception {
        Path file = dir.resolve("largo.parquet");
        try (ParquetContactsWriter writer = ParquetContactsWriter.to(file)
                .column("telefono", ParquetContactsWriter.ColumnType.STRING, false)
                .column("nota", ParquetContactsWriter.ColumnType.STRING, false).open()) {
            writer.write("3001234567", "corta");
            writer.write("3001234568", "n".repeat(ReadLimits.MAX_CELL_CHARS + 1));
        }
        ContactFileException e = readAll(new HostileFiles.Expected(file, "too_large", "limits.cellChars", 3));
        assertThat(e.key()).isEqualTo("limits.cellChars");
        assertThat(e.row()).isEqualTo(3);
    }

    @Test
    void aParquetSchemaWithTooManyColumnsIsRefused() throws Exception {
        Path file = dir.resolve("ancho.parquet");
        ParquetContactsWriter.Builder builder = ParquetContactsWriter.to(file);
        for (int i = 0; i <= ReadLimits.MAX_COLUMNS; i++) {
            builder.column("c" + i, ParquetContactsWriter.ColumnType.STRING, false);
        }
        try (ParquetContactsWriter writer = builder.open()) {
            writer.write(new Object[ReadLimits.MAX_COLUMNS + 1]);
        }
        ContactFileException e = readAll(new HostileFiles.Expected(file, "too_large", "limits.columns", 1));
        assertThat(e.key()).isEqualTo("limits.columns");
        assertThat(e.getMessage()).startsWith("ancho.parquet, row 1: more than 500 columns");
    }

    @Test
    void aMinimalWorkbookWithoutStylesIsRead() throws Exception {
        Path file = MinimalXlsx.write(dir.resolve("sin-estilos.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Nombre</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>3001234567</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                        + "<si><t>Teléfono</t></si><si><r><t>José </t></r><r><t>Peña</t></r></si></sst>", false);
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.next().cells()).containsExactly("Teléfono", "Nombre");
            SourceRow row = reader.next();
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("3001234567", "José Peña");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void theSameWorkbookWithStylesReadsTheSame() throws Exception {
        Path file = MinimalXlsx.write(dir.resolve("con-estilos.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\"><v>3001234567</v></c></row>",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Teléfono</t></si></sst>",
                true);
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.next().cells()).containsExactly("Teléfono");
            assertThat(reader.next().cells()).containsExactly("3001234567");
        }
    }
}
