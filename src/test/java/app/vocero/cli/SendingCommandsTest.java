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

/** The example drafts through the command line, on the sandbox accounts a first start creates. */
class SendingCommandsTest {

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

    @Test
    void everyExampleValidatesWithAnEstimate() throws Exception {
        for (String provider : List.of("saem", "meetzy", "routee", "octopush", "smartflo")) {
            assertThat(run("campaign", "validate", dir.resolve(provider + ".vocero.json").toString(), "--json"))
                    .as(provider + ": " + out).isZero();
            JsonNode report = new ObjectMapper().readTree(out.toString());
            assertThat(report.get("findings").isArray()).isTrue();
            assertThat(report.get("estimate").get("records").asLong()).isEqualTo(3);
            assertThat(report.get("estimate").get("label").asText()).isEqualTo("estimate");
        }
    }

    @Test
    void anUnreadableDraftExitsTwoNamingTheFile() throws Exception {
        assertThat(run("campaign", "validate", dir.resolve("falta.vocero.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("falta.vocero.json").contains("draft not found");
        Files.writeString(dir.resolve("roto.vocero.json"), "{\"version\": 1,");
        assertThat(run("campaign", "preview", dir.resolve("roto.vocero.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("roto.vocero.json").contains("not valid JSON at line 1");
    }

    @Test
    void previewShowsTheMessageAndMasksSecrets() {
        assertThat(run("campaign", "preview", dir.resolve("saem.vocero.json").toString(), "--contact", "2")).isZero();
        assertThat(out.toString()).contains("Message: Hola Ana, su saldo es $20.000.")
                .containsPattern("POST http://127\\.0\\.0\\.1:\\d+/\\S*send/massive").contains("x-auth: ••••••")
                .as("the sandbox account's address, not the official one").doesNotContain("apicallb.saem.tel")
                .doesNotContain("sandbox-saem-key");
    }

    @Test
    void aTerminalIsAskedBeforeSendingAndANoSendsNothing() throws Exception {
        java.util.function.Function<String, String> before = CampaignSendCommands.Send.terminal;
        List<String> prompts = new ArrayList<>();
        try {
            CampaignSendCommands.Send.terminal = prompt -> {
                prompts.add(prompt);
                return "n";
            };
            assertThat(run("campaign", "send", dir.resolve("saem.vocero.json").toString())).isEqualTo(1);
            assertThat(prompts).singleElement().satisfies(prompt -> assertThat(prompt)
                    .contains("About to send \"Cobranza diciembre\"").contains("contacts").contains("Send it? [y/N]"));
            assertThat(out.toString()).contains("Nothing was sent.");
            assertThat(run("history", "--json")).isZero();
            assertThat(out.toString()).doesNotContain("Cobranza diciembre");

            CampaignSendCommands.Send.terminal = prompt -> "sí"; // a Spanish yes counts too
            assertThat(run("--lang", "es", "campaign", "send", dir.resolve("saem.vocero.json").toString())).isZero();
            assertThat(run("history", "--json")).isZero();
            assertThat(out.toString()).contains("Cobranza diciembre");
        } finally {
            CampaignSendCommands.Send.terminal = before;
        }
    }

    @Test
    void yesOrAScriptSendsWithoutAsking() throws Exception {
        java.util.function.Function<String, String> before = CampaignSendCommands.Send.terminal;
        try {
            CampaignSendCommands.Send.terminal = prompt -> {
                throw new AssertionError("asked: " + prompt);
            };
            assertThat(run("campaign", "send", dir.resolve("saem.vocero.json").toString(), "--yes")).isZero();
            CampaignSendCommands.Send.terminal = prompt -> null; // nobody at a terminal: a script
            assertThat(run("campaign", "send", dir.resolve("routee.vocero.json").toString())).isZero();
        } finally {
            CampaignSendCommands.Send.terminal = before;
        }
    }

    @Test
    void sendingTheSaemExampleToTheSandboxIsJournaledAndInTheHistory() throws Exception {
        assertThat(run("campaign", "send", dir.resolve("saem.vocero.json").toString(), "--json")).isZero();
        JsonNode sent = new ObjectMapper().readTree(out.toString());
        assertThat(sent.get("state").asText()).isEqualTo("sent");
        assertThat(sent.get("requests").get(0).get("state").asText()).isEqualTo("accepted");
        assertThat(sent.get("requests").get(0).get("ids").has("summary")).isTrue();
        String id = sent.get("campaign").asText();

        assertThat(run("history", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("id").asText()).isEqualTo(id);
        assertThat(run("campaign", "status", id, "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("tracking").asText()).contains("Saem's API offers no way");
        assertThat(run("campaign", "resume", "no-such-id")).isEqualTo(2);
        assertThat(err.toString()).contains("No campaign no-such-id");
    }

    @Test
    void accountsAreListedWithTheirProtectionAndSecretsNeverTakenFromArguments() {
        assertThat(run("accounts", "list")).isZero();
        assertThat(out.toString()).contains("Sandbox Saem").contains("Sandbox Tata Smartflo").contains("public sandbox keys")
                .contains("encrypted with your Vocero passphrase");

        assertThat(run("accounts", "add", "Saem", "--provider", "saem", "--secret-env", "VOCERO_TEST_NOT_SET")).isEqualTo(2);
        assertThat(err.toString()).contains("VOCERO_TEST_NOT_SET is not set");
        assertThat(run("accounts", "add", "Saem", "--provider", "saem", "--base-url", "http://api.example.com",
                "--secret-env", "PATH")).isEqualTo(2);
        assertThat(err.toString()).contains("Plain http:// is refused for api.example.com");
        assertThat(run("accounts", "add", "Routee", "--provider", "routee", "--secret-env", "PATH")).isEqualTo(2);
        assertThat(err.toString()).contains("Routee needs the application id as --login");
        assertThat(run("accounts", "test", "Sandbox Meetzy")).isZero();
        assertThat(out.toString()).contains("The account works");
    }
}
