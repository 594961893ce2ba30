package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import app.vocero.service.Progress;
import app.vocero.service.SendReport;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Vocero killed ({@code kill -9}) in the middle of a 400-frame Octopush submission, then resumed, ends with every
 * frame accepted exactly once at the provider.
 */
class KilledSendResumesTest {

    private static final int FRAMES = 400;
    private static final int CONTACTS = FRAMES * 500;

    @TempDir
    Path dir;
    private SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).octopushCredit(new java.math.BigDecimal("1000000")).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aKilledSendResumesWithEveryFrameAcceptedExactlyOnce() throws Exception {
        Path data = dir.resolve("data");
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Octopush", ProviderId.OCTOPUSH,
                    sandbox.baseUrl(ProviderId.OCTOPUSH), null, SandboxCredentials.OCTOPUSH_LOGIN,
                    SandboxCredentials.OCTOPUSH_API_KEY));
        }
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("contactos.csv"))) {
            csv.write("Nombre;Celular\n");
            for (int i = 0; i < CONTACTS; i++) {
                csv.write("C" + i + ";" + (3_000_000_000L + i * 7L) + "\n");
            }
        }
        Path draft = Files.writeString(dir.resolve("masiva.vocero.json"), """
                {"version": 1, "name": "Masiva", "provider": "octopush", "account": "Octopush",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}, tiene un pago pendiente.", "gender": "female", "language": "es-LA"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "America/Bogota"}
                """);
        for (int i = 0; i < FRAMES; i++) {
            sandbox.faults().next(ProviderId.OCTOPUSH, Fault.delay(Duration.ofMillis(10)));
        }

        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.vocero.Launcher",
                "--data-dir", data.toString(), "campaign", "send", draft.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sender.log").toFile());
        command.environment().put("VOCERO_PASSPHRASE", "clave-de-prueba");
        Process sender = command.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (sandbox.campaignsCreated(ProviderId.OCTOPUSH) < FRAMES / 4 && sender.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sender.isAlive()).as("still sending when killed; log: %s", Files.readString(dir.resolve("sender.log"))).isTrue();
        sender.destroyForcibly().waitFor();
        int createdBeforeResume = sandbox.campaignsCreated(ProviderId.OCTOPUSH);
        assertThat(createdBeforeResume).isBetween(FRAMES / 4, FRAMES - 1);

        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            CampaignRecord campaign = app.history().get(0);
            assertThat(campaign.state()).isEqualTo(CampaignState.SENDING);
            SendReport resumed = app.sender().resume(campaign.id(), Progress.NONE);

            assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
            List<Submission> journal = resumed.submissions();
            // the frame in flight when Vocero died was resent with its request_id: Octopush said it already had it
            assertThat(journal).hasSize(FRAMES).allMatch(s -> s.state() == SubmissionState.ACCEPTED
                    || s.state() == SubmissionState.CONFIRMED);
            assertThat(journal.stream().filter(s -> s.state() == SubmissionState.CONFIRMED)).hasSizeLessThanOrEqualTo(1);
            assertThat(journal.stream().filter(s -> s.state() == SubmissionState.ACCEPTED)
                    .map(s -> s.providerIds().get("ticket_number")).collect(Collectors.toSet()))
                    .hasSize((int) journal.stream().filter(s -> s.state() == SubmissionState.ACCEPTED).count());
        }
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(FRAMES);
    }
}
