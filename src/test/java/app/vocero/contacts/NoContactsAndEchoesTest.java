package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.MinimalXlsx;
import app.vocero.contacts.read.ParquetContactsWriter;
import app.vocero.contacts.read.ReadLimits;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ContactField;
import app.vocero.domain.ImportResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without contacts (only a header, zero records) is an unusable file, not an empty list; and values echoed
 * into reports and messages are cut to {@link ReadLimits#MAX_ECHOED_CHARS} characters.
 */
class NoContactsAndEchoesTest {

    @TempDir
    Path dir;

    private ImportResult importFile(Path file) throws ContactFileException {
        return importFile(file, ImportOptions.forCountry("CO"));
    }

    private ImportResult importFile(Path file, ImportOptions options) throws ContactFileException {
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            return new ContactImporter(1).importRows(reader, file, options, Suppression.NONE, ImportProgress.NONE);
        }
    }

    private void assertNoContacts(Path file) {
        ContactFileException e = catchThrowableOfType(ContactFileException.class, () -> importFile(file));
        assertThat(e).as(file.getFileName().toString()).isNotNull();
        assertThat(e.reasonCode()).isEqualTo("empty");
        assertThat(e.key()).isEqualTo("import.noContacts");
        assertThat(e.getMessage()).startsWith(file.getFileName() + ": no contacts in this file");
        assertThat(e.message("es")).startsWith(file.getFileName() + ": no hay contactos en este archivo");
    }

    @Test
    void aHeaderOnlyCsvHasNoContacts() throws Exception {
        assertNoContacts(Files.writeString(dir.resolve("solo-encabezado.csv"), "Nombre;Teléfono;Saldo\r\n;;\r\n"));
    }

    @Test
    void aZeroRowParquetHasNoContacts() throws Exception {
        Path file = dir.resolve("vacio.parquet");
        ParquetContactsWriter.to(file).column("telefono", ParquetContactsWriter.ColumnType.STRING, false)
                .column("nombre", ParquetContactsWriter.ColumnType.STRING, false).open().close();
        assertNoContacts(file);
    }

    @Test
    void aZeroRowJsonHasNoContacts() throws Exception {
        assertNoContacts(Files.writeString(dir.resolve("vacio.json"), "[]"));
        assertNoContacts(Files.writeString(dir.resolve("saem.json"), "{\"numbers\": []}"));
    }

    @Test
    void aHeaderOnlyXlsxHasNoContacts() throws Exception {
        assertNoContacts(MinimalXlsx.write(dir.resolve("encabezado.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Teléfono</t></is></c></row>", (String) null, true));
    }

    @Test
    void aLongRejectedValueIsCutInTheReportTheJsonAndTheRejectsCsv() throws Exception {
        String longValue = "9".repeat(3000) + "x";
        Path file = Files.writeString(dir.resolve("largo.csv"),
                "Teléfono;Nombre\r\n3002234567;Ana\r\n" + longValue + ";Luis\r\n");
        ImportResult result = importFile(file);

        String shown = result.rejects().get(0).value();
        assertThat(shown).hasSize(ReadLimits.MAX_ECHOED_CHARS + 1).endsWith("…").startsWith("999");
        assertThat(ImportReportJson.toJson(result.report("en"))).doesNotContain("9".repeat(201)).contains(shown);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        RejectsCsv.write(result.rejects(), csv, "es");
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain("9".repeat(201)).contains(shown);
    }

    @Test
    void aLongHeaderIsCutInTheReportAndInTheNoPhoneMessage() throws Exception {
        String header = "Teléfono " + "de contacto ".repeat(100);
        Path file = Files.writeString(dir.resolve("encabezado-largo.csv"), header + ";Nombre\r\n3002234567;Ana\r\n");
        ImportOptions phoneIsTheLongOne = ImportOptions.forCountry("CO").withOverride(ContactField.PHONE, header);
        assertThat(importFile(file, phoneIsTheLongOne).columns().get("phone")).hasSize(ReadLimits.MAX_ECHOED_CHARS + 1).endsWith("…");

        String noPhone = "x".repeat(5000) + ";" + "y".repeat(5000);
        Path other = Files.writeString(dir.resolve("sin-telefono.csv"), noPhone + "\r\nabc;def\r\n");
        ContactFileException e = catchThrowableOfType(ContactFileException.class, () -> importFile(other));
        assertThat(e.key()).isEqualTo("columns.noPhone");
        assertThat(e.getMessage()).hasSizeLessThan(ReadLimits.MAX_ECHOED_CHARS + 200).doesNotContain("x".repeat(201));
    }
}
