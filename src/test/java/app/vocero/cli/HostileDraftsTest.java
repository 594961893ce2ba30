package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drafts written to hurt or by mistake get one clear answer: a finding or "not a draft", never a crash. */
class HostileDraftsTest {

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void copyExamples() throws Exception {
        try (var files = Files.list(Path.of("assets", "examples"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private int validate(Path draft) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("--data-dir", dir.resolve("data").toString(), "campaign", "validate", draft.toString(),
                "--json");
    }

    private static String windows(int count) {
        List<String> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            windows.add("{\"start\": \"2030-12-01T08:00\", \"end\": \"2030-12-01T18:00\", \"retries\": 0}");
        }
        return String.join(", ", windows);
    }

    private Path saem(String name, String template, String schedules, String extra) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"version\": 1, \"name\": \"Cobro\", \"provider\": \"saem\","
                + " \"account\": \"Sandbox Saem\", \"contacts\": {\"file\": \"contactos.csv\", \"country\": \"CO\"},"
                + " \"message\": {\"type\": \"tts\", \"template\": \"" + template + "\", \"voice\": \"Maria\"},"
                + " \"schedules\": [" + schedules + "], \"timezone\": \"-05:00\"" + extra + "}");
    }

    private JsonNode findings() throws Exception {
        return new ObjectMapper().readTree(out.toString()).get("findings");
    }

    @Test
    void manyWindowsAreOneFindingNotOnePerPair() throws Exception {
        for (int count : new int[] {300, 1_000}) {
            assertThat(validate(saem("ventanas.vocero.json", "Hola {N}", windows(count), ""))).as(err.toString()).isEqualTo(1);
            List<String> codes = new ArrayList<>();
            findings().forEach(finding -> codes.add(finding.get("code").asText()));
            assertThat(codes).containsOnlyOnce("schedule.tooMany").doesNotContain("schedule.overlap");
            assertThat(codes.size()).isLessThan(10);
        }
    }

    @Test
    void deepNestingOrHugeTextsAreNotADraftExitTwoNamingTheFile() throws Exception {
        Path deep = Files.writeString(dir.resolve("profundo.vocero.json"),
                "{\"version\": 1, \"options\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path long1 = saem("largo.vocero.json", "Hola", windows(1), ", \"options\": {\"x\": \"" + "a".repeat(200_000) + "\"}");
        Path huge = saem("enorme.vocero.json", "Hola", windows(1), ", \"options\": {\"x\": \"" + "a".repeat(3_000_000) + "\"}");
        for (Path draft : List.of(deep, long1, huge)) {
            assertThat(validate(draft)).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).startsWith("vocero: " + draft).contains("not a draft")
                    .doesNotContain("unexpected").doesNotContain("Exception");
            assertThat(err.toString().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void aKeyWrittenTwiceIsNamedWithItsLine() throws Exception {
        Path twice = Files.writeString(dir.resolve("doble.vocero.json"),
                "{\"version\": 1,\n \"name\": \"Uno\",\n \"name\": \"Dos\"}");

        assertThat(validate(twice)).isEqualTo(2);
        assertThat(err.toString()).contains("the key 'name' is written twice at line 3");
    }

    @Test
    void anUnclosedTagIsAFindingWithItsPosition() throws Exception {
        assertThat(validate(saem("abierta.vocero.json", "Hola {N, su saldo es <S y {", windows(1), ""))).isEqualTo(1);

        JsonNode unclosed = null;
        for (JsonNode finding : findings()) {
            if (finding.get("code").asText().equals("template.unclosedTag")) {
                unclosed = finding;
            }
        }
        assertThat(unclosed).isNotNull();
        assertThat(unclosed.get("severity").asText()).isEqualTo("error");
        assertThat(unclosed.get("message").asText()).contains("character 6");
    }

    @Test
    void anAccountThatDoesNotExistIsAnError() throws Exception {
        Path draft = Files.writeString(dir.resolve("cuenta.vocero.json"), Files.readString(dir.resolve("saem.vocero.json"))
                .replaceAll("\"account\": *\"[^\"]*\"", "\"account\": \"No existe\""));

        assertThat(validate(draft)).isEqualTo(1);
        boolean found = false;
        for (JsonNode finding : findings()) {
            found |= finding.get("code").asText().equals("draft.account")
                    && finding.get("message").asText().contains("No account named \"No existe\"");
        }
        assertThat(found).as(out.toString()).isTrue();
    }
}
