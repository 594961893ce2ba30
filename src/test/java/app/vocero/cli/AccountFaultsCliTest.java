package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.AccountService;
import app.vocero.service.SendReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's answers around accounts: a missing passphrase in words and in the chosen language, previews
 * addressed where the account points, and no "fix what the provider said" when the provider said nothing.
 */
class AccountFaultsCliTest {

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void anAccountWithAPassphrase() throws Exception {
        try (VoceroApp app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Meetzy local", ProviderId.MEETZY,
                    "http://127.0.0.1:8997/meetzy", null, null, "token-1"));
        }
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
    void aMissingPassphraseIsOneClearLineInTheChosenLanguage() throws Exception {
        // no VOCERO_PASSPHRASE and no terminal in a test: the passphrase cannot be asked for
        assertThat(run("accounts", "test", "Meetzy local")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("vocero: Vocero needs your passphrase to read provider secrets"
                + " (set VOCERO_PASSPHRASE on the command line).");
        assertThat(run("--lang", "es", "accounts", "remove", "Meetzy local")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("vocero: Vocero necesita su frase de acceso para leer los secretos"
                + " de los proveedores (en la línea de comandos, defina VOCERO_PASSPHRASE).");
        try (VoceroApp app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH)) {
            app.settings().setLanguage(Language.SPANISH);
            assertThat(app.accounts().find("Meetzy local")).as("nothing removed").isPresent();
        }
        assertThat(run("accounts", "test", "Meetzy local")).isEqualTo(2);
        assertThat(err.toString()).startsWith("vocero: Vocero necesita su frase de acceso")
                .doesNotContain("unexpected").doesNotContain("Exception");
    }

    @Test
    void previewShowsTheAccountsOwnAddress() throws Exception {
        Path draft = dir.resolve("meetzy.vocero.json");
        Files.writeString(draft, Files.readString(draft).replace("\"Sandbox Meetzy\"", "\"Meetzy local\""));
        assertThat(run("campaign", "preview", draft.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("POST http://127.0.0.1:8997/meetzy/").doesNotContain("https://api.meetzy");
    }

    @Test
    void aCampaignTheProviderRefusedNothingOfNeverSaysFixWhatTheProviderSaid() throws Exception {
        Instant now = Instant.parse("2030-12-01T13:00:00Z");
        SendReport settled = new SendReport(new CampaignRecord("c1", "Cobro", ProviderId.SAEM, "Saem", "x", 3,
                CampaignState.REJECTED, now, now, null), List.of(new Submission("c1", 0, "send/massive", "d", null,
                SubmissionState.CONFIRMED, Map.of(), null, null, "the user checked: the provider created it", 4, now, now)));
        StringWriter printed = new StringWriter();
        SendOutput.print(settled, false, new PrintWriter(printed, true), Messages.of(Locale.ENGLISH));
        assertThat(printed.toString()).doesNotContain("Fix what the provider said")
                .contains("Nothing was refused by the provider. To send what is left: vocero campaign resume c1");
    }
}
