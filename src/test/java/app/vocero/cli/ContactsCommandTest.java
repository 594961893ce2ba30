package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContactsCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private Path sample() throws Exception {
        return Files.write(dir.resolve("lista.csv"), ("Nombre;Teléfono;Saldo\r\nJosé;300 123 4567;1\r\n\r\n"
                + "Ana;+57 310 555 1234;2\r\nLuis;3001234567;3\r\nMaría;5,73002E+11;4\r\nPedro;=HYPERLINK(1);5\r\n")
                .getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void jsonReportIsExactlyOneObjectWithTheDocumentedFields() throws Exception {
        Path file = sample();
        assertThat(run("contacts", "dnc", "add", "3105551234", "--country", "CO")).isZero();

        assertThat(run("contacts", "import", file.toString(), "--country", "CO", "--json")).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.isObject()).isTrue();
        List<String> names = new ArrayList<>();
        report.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("file", "format", "encoding", "rows", "blank_rows", "valid", "invalid",
                "duplicates", "suppressed", "unique_valid", "columns", "countries", "operators", "rejects",
                "elapsed_ms");
        assertThat(report.get("format").asText()).isEqualTo("csv");
        assertThat(report.get("encoding").asText()).isEqualTo("windows-1252");
        assertThat(report.get("rows").asLong()).isEqualTo(5);
        assertThat(report.get("blank_rows").asLong()).isEqualTo(1);
        assertThat(report.get("invalid").asLong()).isEqualTo(2);
        assertThat(report.get("valid").asLong()).isEqualTo(3);
        assertThat(report.get("duplicates").asLong()).isEqualTo(1);
        assertThat(report.get("suppressed").asLong()).isEqualTo(1);
        assertThat(report.get("unique_valid").asLong()).isEqualTo(1);
        assertThat(report.get("columns").get("phone").asText()).isEqualTo("Teléfono");
        assertThat(report.get("countries").get("CO").asLong()).isEqualTo(1);
        JsonNode excel = report.get("rejects").get(2);
        assertThat(excel.get("row").asLong()).isEqualTo(6);
        assertThat(excel.get("reason_code").asText()).isEqualTo("excel_scientific");
        assertThat(excel.get("reason").asText()).isEqualTo("digits lost by Excel");
        assertThat(err.toString()).contains("Saved as contact list \"lista\"");
    }

    @Test
    void rejectsFileIsSafeToOpenInExcel() throws Exception {
        Path rejects = dir.resolve("rechazados.csv");

        assertThat(run("contacts", "import", sample().toString(), "--country", "57", "--rejects", rejects.toString(),
                "--no-save")).isZero();

        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK(1)").doesNotContain(";=HYPERLINK").contains("excel_scientific");
        assertThat(out.toString()).contains("Ready to call: 2");
        assertThat(run("contacts", "lists")).isZero();
        assertThat(out.toString()).contains("No contact lists yet");
    }

    @Test
    void unreadableFilesExitTwoWithALineNamingTheFile() throws Exception {
        assertThat(run("contacts", "import", dir.resolve("falta.csv").toString(), "--country", "CO")).isEqualTo(2);
        assertThat(err.toString()).contains("falta.csv").contains("not found");

        Path noPhone = Files.writeString(dir.resolve("sin.csv"), "Nombre;Ciudad\nAna;Cali\n");
        assertThat(run("contacts", "import", noPhone.toString(), "--country", "CO")).isEqualTo(2);
        assertThat(err.toString()).contains("sin.csv").contains("\"Nombre\"").contains("\"Ciudad\"");

        assertThat(run("contacts", "import", noPhone.toString(), "--country", "CO", "--column", "fon=Nombre"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown role 'fon'");
    }

    @Test
    void columnOverrideChoosesThePhoneColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("dos.csv"), "Fijo;Movil2\n6012345678;3001234567\n");

        assertThat(run("contacts", "import", file.toString(), "--country", "CO", "--column", "phone=Movil2", "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("columns").get("phone").asText()).isEqualTo("Movil2");
        assertThat(run("contacts", "lists", "--json")).isZero();
        JsonNode lists = new ObjectMapper().readTree(out.toString());
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).get("unique_valid").asLong()).isEqualTo(1);
    }

    @Test
    void doNotCallListCanBeExportedAndListed() throws Exception {
        assertThat(run("contacts", "dnc", "add", "+57 300 123 4567", "12", "--country", "CO")).isEqualTo(1);
        assertThat(err.toString()).contains("12");
        Path exported = dir.resolve("dnc.csv");
        assertThat(run("contacts", "dnc", "export", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("+573001234567");
        assertThat(run("contacts", "dnc", "list")).isZero();
        assertThat(out.toString()).contains("+573001234567").contains("1 number(s)");
        assertThat(run("contacts", "dnc", "remove", "3001234567", "--country", "CO")).isZero();
        assertThat(out.toString()).contains("Removed 1");
    }
}
