package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons a contact file cannot be read, word for word in English and Spanish. */
class ContactFileMessagesTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    Path dir;

    private static ContactFileException failure(ThrowingCallable call, String reason) {
        ContactFileException[] caught = new ContactFileException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ContactFileException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo(reason);
            caught[0] = e;
        });
        return caught[0];
    }

    private static void says(ContactFileException e, String english, String spanish) {
        assertThat(e.getMessage()).isEqualTo(english);
        assertThat(e.message("en")).isEqualTo(english);
        assertThat(e.message("es")).isEqualTo(spanish);
    }

    private Path bytes(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingFile() {
        ContactFileException e = failure(() -> Rows.read(dir.resolve("no-existe.csv")), "not_found");

        says(e, "no-existe.csv: file not found; check its name and folder, or choose it again",
                "no-existe.csv: no se encontró el archivo; revise el nombre y la carpeta, o vuelva a elegirlo.");
    }

    @Test
    void emptyFile() throws Exception {
        ContactFileException e = failure(() -> Rows.read(bytes("vacio.csv", "")), "empty");

        says(e, "vacio.csv: the file is empty (0 bytes); export the list again",
                "vacio.csv: el archivo está vacío (0 bytes); vuelva a exportar la lista.");
    }

    @Test
    void csvRenamedXlsx() throws Exception {
        Path file = bytes("lista.xlsx", "nombre;telefono\nAna;3001234567\n");

        ContactFileException e = failure(() -> Rows.read(file), "not_format");

        says(e, "lista.xlsx: not an XLSX workbook (it looks like CSV text);"
                        + " change the extension to .csv or export it again from Excel",
                "lista.xlsx: no es un libro de Excel (XLSX); parece texto CSV."
                        + " Cambie la extensión a .csv o expórtelo de nuevo desde Excel.");
    }

    @Test
    void jsonRenamedParquet() throws Exception {
        ContactFileException e = failure(() -> Rows.read(bytes("c.parquet", "[\"3001234567\"]")), "not_format");

        says(e, "c.parquet: not a Parquet file (it looks like JSON text);"
                        + " change the extension to .json or export it again as Parquet",
                "c.parquet: no es un archivo Parquet; parece texto JSON."
                        + " Cambie la extensión a .json o vuelva a exportarlo como Parquet.");
    }

    @Test
    void missingSheetListsTheSheets() throws Exception {
        Path file = dir.resolve("contactos.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Vocero", "1.0");
            wb.newWorksheet("Resumen").value(0, 0, "x");
            wb.newWorksheet("Clientes").value(0, 0, "telefono");
            wb.finish();
        }

        ContactFileException e = failure(() -> Rows.read(file, ReadOptions.sheet("Hoja9")), "sheet_not_found");

        says(e, "contactos.xlsx: no sheet named \"Hoja9\" (sheets: \"Resumen\", \"Clientes\");"
                        + " choose one of these sheets",
                "contactos.xlsx: no hay ninguna hoja llamada \"Hoja9\" (hojas del libro: \"Resumen\", \"Clientes\");"
                        + " elija una de esas hojas.");
    }

    @Test
    void truncatedParquet() throws Exception {
        Path whole = RowReadersTest.parquet(dir.resolve("p.parquet"), 500, CompressionCodecName.SNAPPY);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cortado.parquet"), Arrays.copyOf(bytes, bytes.length - 100));

        ContactFileException e = failure(() -> Rows.read(file), "corrupt");

        says(e, "cortado.parquet: truncated or damaged Parquet file (its footer is missing);"
                        + " export it again, as Saem would reject it too (CALLB_019)",
                "cortado.parquet: el archivo Parquet está incompleto o dañado (le falta el final);"
                        + " vuelva a exportarlo, porque Saem también lo rechazaría (CALLB_019).");
    }

    @Test
    void unsupportedCodec() throws Exception {
        Path file = dir.resolve("brotli.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file)
                .column("number", ParquetContactsWriter.ColumnType.INT64, false).codec(CompressionCodecName.BROTLI)
                .codecFactory(new ParquetRowReaderTest.DeclaringCodecFactory()).open()) {
            w.write(3001234567L);
        }

        ContactFileException e = failure(() -> Rows.read(file), "unsupported_codec");

        says(e, "brotli.parquet: Parquet compression BROTLI is not supported;"
                        + " re-export the file with SNAPPY or ZSTD compression",
                "brotli.parquet: la compresión Parquet BROTLI no es compatible;"
                        + " vuelva a exportar el archivo con compresión SNAPPY o ZSTD.");
    }

    @Test
    void badJsonAtARowKeepsTheLibraryDetailAsItIs() throws Exception {
        Path file = bytes("t.json", "[{\"number\": 3001234567}, {\"number\": 30012");

        ContactFileException e = failure(() -> Rows.read(file), "corrupt");

        String detail = (String) e.arguments().get(0);
        assertThat(detail).isNotBlank().isEqualTo(Problems.detail(e.getCause()));
        assertThat(e.row()).isEqualTo(3);
        says(e, "t.json, row 3: not valid JSON (" + detail + "); correct the file at this row or export it again",
                "t.json, fila 3: no es un JSON válido (" + detail + ");"
                        + " corrija el archivo en esta fila o vuelva a exportarlo.");
    }

    @Test
    void unclosedQuoteInCsvAtARow() throws Exception {
        Path file = bytes("abierta.csv", "telefono;nombre\n3001234567;Ana\n3001234568;\"Peña\n");

        ContactFileException e = failure(() -> Rows.read(file), "corrupt");

        String detail = (String) e.arguments().get(0);
        says(e, "abierta.csv, row 3: cannot be read as CSV after this point (" + detail + ");"
                        + " look for a quote (\") that is not closed at this row",
                "abierta.csv, fila 3: no se puede leer como CSV desde este punto (" + detail + ");"
                        + " busque en esta fila unas comillas (\") que no se cerraron.");
    }

    @Test
    void tooManyRowsGroupsDigitsTheLanguagesWay() {
        ContactFileException csv = Problems.tooManyRows(Path.of("/datos/enorme.csv"), 1_000_002);
        ContactFileException parquet = Problems.of(Path.of("enorme.parquet"), "too_many_rows",
                "parquet.tooManyRows", 1_000_001L, RowReaders.MAX_DATA_ROWS);

        says(csv, "enorme.csv, row 1000002: more than 1,000,000 contacts; split the file into smaller ones",
                "enorme.csv, fila 1000002: el archivo tiene más de 1.000.000 contactos;"
                        + " divídalo en archivos más pequeños.");
        says(parquet, "enorme.parquet: 1,000,001 contacts, more than the 1,000,000 allowed;"
                        + " split the file into smaller ones",
                "enorme.parquet: el archivo tiene 1.000.001 contactos, más de los 1.000.000 permitidos;"
                        + " divídalo en archivos más pequeños.");
    }

    @Test
    void anyOtherLanguageIsEnglishAndSpanishVariantsAreSpanish() {
        ContactFileException e = Problems.of(Path.of("a.csv"), "not_found", "file.notFound");

        assertThat(e.message("fr")).isEqualTo(e.getMessage());
        assertThat(e.message(null)).isEqualTo(e.getMessage());
        assertThat(e.message("")).isEqualTo(e.getMessage());
        assertThat(e.message("es-CO")).isEqualTo(e.message("es")).startsWith("a.csv: no se encontró");
        assertThat(e.message("ES")).isEqualTo(e.message("es"));
    }

    @Test
    void englishOnASpanishMachineStaysEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-CO"));
            ContactFileException e = Problems.of(Path.of("a.csv"), "not_found", "file.notFound");

            assertThat(e.getMessage()).startsWith("a.csv: file not found");
            assertThat(e.message("en")).startsWith("a.csv: file not found");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aReadyMadeTextIsTheSameInEveryLanguage() {
        ContactFileException e = new ContactFileException(Path.of("a.csv"), "custom", "a.csv: something else");

        assertThat(e.message("es")).isEqualTo("a.csv: something else");
        assertThat(e.key()).isNull();
        assertThat(e.arguments()).isEmpty();
    }
}
