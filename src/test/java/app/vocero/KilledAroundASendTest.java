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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real Vocero process ({@code vocero campaign send}, a separate JVM) killed at points around its one request to a
 * loopback provider, then the data directory opened again, as the user's next command would: the journal must say
 * what the provider saw (a request it received is never missing from the journal), resume must send nothing that
 * may exist, and after the user settles it the provider still has exactly one campaign.
 */
class KilledAroundASendTest {

    /** Where the sending process dies. */
    enum KillPoint {
        /** {@code kill -9} as soon as the provider has the request (it works on it for 1 s). */
        KILL_WHEN_THE_REQUEST_ARRIVES,
        /** {@code kill -9} once the provider created the campaign and sent half its answer. */
        KILL_DURING_THE_ANSWER,
        /** {@code kill -9} the moment the provider has created the campaign and answered. */
        KILL_JUST_AFTER_THE_ANSWER,
        /** {@code kill -9} 100 ms after the answer. */
        KILL_AFTER_THE_ANSWER,
        /** Ctrl+C-like termination (SIGTERM) during the answer: shutdown hooks run. */
        TERMINATE_DURING_THE_ANSWER
    }

    @TempDir
    static Path dir;
    private static SandboxServer sandbox;
    private static Path template;
    private static Path draft;

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = SandboxServer.builder().port(0).start();
        template = dir.resolve("template");
        try (VoceroApp app = VoceroApp.open(template, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Saem", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                    null, null, SandboxCredentials.SAEM_API_KEY));
        }
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nJosé;3001234567\nAna;3101234567\nLuis;3151234567\n");
        draft = Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Saem",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void theJournalSaysWhatTheProviderSawAndNothingIsCreatedTwice(KillPoint point) throws Exception {
        sandbox.reset();
        Path data = dir.resolve(point.name());
        copy(template, data);
        BooleanSupplier when;
        switch (point) {
            case KILL_WHEN_THE_REQUEST_ARRIVES:
                sandbox.faults().next(ProviderId.SAEM, Fault.delay(Duration.ofSeconds(1)));
                when = () -> !sandbox.requests(ProviderId.SAEM).isEmpty();
                break;
            case KILL_DURING_THE_ANSWER:
            case TERMINATE_DURING_THE_ANSWER:
                sandbox.faults().next(ProviderId.SAEM, Fault.acceptThenStall(Duration.ofSeconds(3)));
                when = () -> sandbox.campaignsCreated(ProviderId.SAEM) == 1;
                break;
            default:
                when = () -> sandbox.campaignsCreated(ProviderId.SAEM) == 1;
        }

        Process sender = start(data);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!when.getAsBoolean() && sender.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        if (point == KillPoint.KILL_AFTER_THE_ANSWER) {
            Thread.sleep(100);
        }
        if (point == KillPoint.TERMINATE_DURING_THE_ANSWER) {
            sender.destroy();
        } else {
            sender.destroyForcibly();
        }
        sender.waitFor();
        assertThat(sandbox.requests(ProviderId.SAEM)).as("the provider got the request; log: %s", log(data)).hasSize(1);

        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            List<CampaignRecord> history = app.history();
            assertThat(history).as("log: %s", log(data)).hasSize(1);
            String id = history.get(0).id();
            List<Submission> journal = app.tracker().view(id).orElseThrow().submissions();
            assertThat(journal).as("the provider saw request #1: the journal must have it").hasSize(1);
            Submission request = journal.get(0);
            assertThat(request.state()).isIn(SubmissionState.PENDING, SubmissionState.UNKNOWN, SubmissionState.ACCEPTED);
            if (request.state() == SubmissionState.ACCEPTED) {
                assertThat(request.providerIds()).containsKeys("sends", "summary");
            }

            SendReport resumed = app.sender().resume(id, Progress.NONE);
            assertThat(sandbox.requests(ProviderId.SAEM)).as("resume sends nothing that may exist").hasSize(1);
            if (resumed.campaign().state() == CampaignState.UNKNOWN) {
                assertThat(resumed.submissions().get(0).state()).isEqualTo(SubmissionState.UNKNOWN);
                app.sender().settle(id, 0, true, Optional.empty());
                resumed = app.sender().resume(id, Progress.NONE);
            }
            assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
        }
        long settled = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.campaignsCreated(ProviderId.SAEM) < 1 && System.nanoTime() < settled) {
            Thread.sleep(10); // a delayed provider finishes its work after the client died
        }
        assertThat(sandbox.requests(ProviderId.SAEM)).hasSize(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    private static Process start(Path data) throws IOException {
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.vocero.Launcher",
                "--data-dir", data.toString(), "campaign", "send", draft.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("sender.out").toFile());
        Map<String, String> environment = command.environment();
        environment.put("VOCERO_PASSPHRASE", "clave-de-prueba");
        environment.remove("DBUS_SESSION_BUS_ADDRESS"); // the passphrase store, as in the template
        return command.start();
    }

    private static String log(Path data) {
        try {
            return Files.exists(data.resolve("sender.out")) ? Files.readString(data.resolve("sender.out")) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
