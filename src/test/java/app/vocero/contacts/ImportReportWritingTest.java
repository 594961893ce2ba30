package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ImportReport;
import app.vocero.domain.ImportResult;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportWritingTest {

    private static ImportResult sample() throws ContactFileException {
        List<String> lines = new ArrayList<>(List.of("Nombre;Celular", "Ana;3002234567", "Eva;300 223 4567",
                "Rita;=HYPERLINK(\"x\")", "Luis;+52 55 1234 5678"));
        for (int i = 0; i < 150; i++) {
            lines.add("X;abc" + i);
        }
        return new ContactImporter(2).importRows(RowsInMemory.csv(lines.toArray(new String[0])),
                Path.of("lista.csv"), ImportOptions.forCountry("CO"), Suppression.NONE, ImportProgress.NONE);
    }

    @Test
    void theJsonHasTheCliFieldsInSnakeCase() throws Exception {
        ImportReport report = sample().report("en");
        String json = ImportReportJson.toJson(report);
        JsonNode tree = ImportReportJson.mapper().readTree(json);

        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("file", "format", "encoding", "rows", "blank_rows", "valid", "invalid",
                "duplicates", "suppressed", "unique_valid", "columns", "countries", "operators", "rejects",
                "elapsed_ms");
        assertThat(tree.get("rows").asLong()).isEqualTo(154);
        assertThat(tree.get("unique_valid").asLong()).isEqualTo(2);
        assertThat(tree.get("columns").get("phone").asText()).isEqualTo("Celular");
        assertThat(tree.get("countries").get("CO").asLong()).isEqualTo(1);
        assertThat(tree.get("operators").get("Tigo").asLong()).isEqualTo(1);
        assertThat(tree.get("rejects")).hasSize(ImportReport.REJECTS_SHOWN);
        JsonNode first = tree.get("rejects").get(0);
        assertThat(first.get("row").asLong()).isEqualTo(3);
        assertThat(first.get("reason_code").asText()).isEqualTo("duplicate");
        assertThat(first.get("reason").asText()).isEqualTo("duplicate of row 2");
        assertThat(ImportReportJson.fromJson(json)).isEqualTo(report);
    }

    @Test
    void theReportKeepsTheFirstHundredRejectsAndTheResultAllOfThem() throws ContactFileException {
        ImportResult result = sample();

        assertThat(result.rejects()).hasSize(152);
        assertThat(result.report("es").rejects()).hasSize(100);
        assertThat(result.report("es").rejects().get(0).reason()).isEqualTo("repetido de la fila 2");
    }

    @Test
    void writesJsonToAStreamWithoutClosingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportReportJson.write(sample().report("en"), out);
        out.write('\n');

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"blank_rows\" : 0");
    }

    @Test
    void theTextSummaryReadsInBothLanguages() throws ContactFileException {
        ImportReport report = sample().report("es");

        String spanish = ImportSummary.text(report, "es");
        String english = ImportSummary.text(report, "en");

        assertThat(spanish).contains("Filas: 154", "Listos para llamar: 2", "Repetidos: 1", "Países: CO 1, MX 1",
                "fila 3: \"300 223 4567\" repetido de la fila 2");
        assertThat(english).contains("Rows: 154", "Ready to call: 2", "Invalid: 151", "Columns: phone = Celular",
                "Operators: Tigo 1, unknown 1");
        assertThat(english.lines().count()).isGreaterThan(10);
    }

    @Test
    void theRejectsFileOpensInExcelAndNeutralisesFormulas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rechazos.csv");
        RejectsCsv.write(List.of(new Reject(4, "=HYPERLINK(\"x\")", RejectReason.NOT_A_NUMBER, null),
                new Reject(5, "+57 300 223 4567", RejectReason.DUPLICATE, "2"),
                new Reject(6, "-1", RejectReason.TOO_SHORT, "CO"),
                new Reject(7, "@x;y", RejectReason.NOT_A_NUMBER, null),
                new Reject(8, "5,73E+11", RejectReason.EXCEL_SCIENTIFIC, null)), file, "es");

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n", -1)).containsExactly(
                "row;value;reason_code;reason",
                "4;\"'=HYPERLINK(\"\"x\"\")\";not_a_number;no es un número de teléfono",
                "5;'+57 300 223 4567;duplicate;repetido de la fila 2",
                "6;'-1;too_short;demasiado corto para CO",
                "7;\"'@x;y\";not_a_number;no es un número de teléfono",
                "8;5,73E+11;excel_scientific;Excel perdió dígitos",
                "");
    }
}
