package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every provider's whole campaign against the sandbox: send, then follow the calls as the sandbox's time passes. */
class ProvidersThroughSandboxTest {

    /** The first window starts 2030-12-01 08:00 in Bogotá. */
    private static final Instant LAUNCH = Instant.parse("2030-12-01T13:00:00Z");
    private static final String WINDOW = "\"timezone\": \"America/Bogota\", \"schedules\": [{\"start\": \"2030-12-01T08:00\", "
            + "\"end\": \"2030-12-01T18:00\", \"retries\": 0}]";

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = LAUNCH.minusSeconds(60);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock();
    private SandboxServer sandbox;
    private VoceroApp app;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.builder().port(0).clock(clock).routeeTokenLifetime(Duration.ofSeconds(3600)).start();
        HttpTransport quick = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), duration -> { });
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                quick);
        Files.writeString(dir.resolve("contactos.csv"),
                "Nombre;Apellido;Celular;Saldo\nJosé;Peña;3001234567;10\nAna;Gómez;3101234567;20\nLuis;Díaz;3151234567;30\n");
    }

    @AfterEach
    void stop() {
        app.close();
        sandbox.close();
    }

    private void account(String name, ProviderId provider, String login, String secret) {
        String authUrl = provider == ProviderId.ROUTEE ? sandbox.authUrl(provider) + "/oauth/token" : null;
        app.accounts().add(new AccountService.NewAccount(name, provider, sandbox.baseUrl(provider), authUrl, login, secret));
    }

    private SendReport send(String provider, String account, String rest) throws Exception {
        Path draft = Files.writeString(dir.resolve(provider + ".vocero.json"), "{\"version\": 1, \"name\": \"Prueba "
                + provider + "\", \"provider\": \"" + provider + "\", \"account\": \"" + account + "\", "
                + "\"contacts\": {\"file\": \"contactos.csv\", \"country\": \"CO\"}, " + WINDOW + rest + "}");
        return app.sender().send(draft, Optional.empty(), Progress.NONE);
    }

    private CampaignTracker.View trackAfterCalls(SendReport report) throws Exception {
        clock.now = LAUNCH.plusSeconds(600);
        return app.tracker().refresh(report.campaign().id());
    }

    @Test
    void meetzyCampaignIsCreatedAndItsCallsFollowed() throws Exception {
        account("Meetzy", ProviderId.MEETZY, null, SandboxCredentials.MEETZY_TOKEN);

        SendReport report = send("meetzy", "Meetzy", ", \"options\": {\"playbook_id\": \"" + SandboxCredentials.MEETZY_PLAYBOOK_ID + "\"}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(report.submissions().get(0).providerIds()).containsKey("campaign_id");
        CampaignTracker.View view = trackAfterCalls(report);
        assertThat(view.outcomes()).containsOnlyKeys("+573001234567", "+573101234567", "+573151234567");
        assertThat(view.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(view.counts().getOrDefault("queued", 0L)).isZero();
    }

    @Test
    void routeeGetsItsTokenSendsAndIsTracked() throws Exception {
        account("Routee", ProviderId.ROUTEE, SandboxCredentials.ROUTEE_APPLICATION_ID, SandboxCredentials.ROUTEE_APPLICATION_SECRET);

        SendReport report = send("routee", "Routee", ", \"message\": {\"type\": \"tts\", \"template\": \"Su factura vence mañana.\","
                + " \"gender\": \"female\", \"language\": \"es-LA\"}, \"options\": {\"from\": \"5713000000\"}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(report.submissions()).extracting(Submission::step).containsExactly("oauth/token", "voice/campaign");
        assertThat(report.submissions().get(1).providerIds()).containsKey("trackingId");
        CampaignTracker.View view = trackAfterCalls(report);
        assertThat(view.outcomes()).hasSize(3);
        assertThat(view.outcomes().values().stream().map(outcome -> outcome[0]).collect(Collectors.toSet()))
                .doesNotContain("Queued", "Ringing");
        assertThat(sandbox.campaignsCreated(ProviderId.ROUTEE)).isEqualTo(1);
    }

    @Test
    void anExpiredRouteeTokenIsRenewedOnceAndTheCampaignSentOnce() throws Exception {
        sandbox.close();
        sandbox = SandboxServer.builder().port(0).clock(Clock.systemUTC()).routeeTokenLifetime(Duration.ofSeconds(1)).start();
        account("Routee", ProviderId.ROUTEE, SandboxCredentials.ROUTEE_APPLICATION_ID, SandboxCredentials.ROUTEE_APPLICATION_SECRET);
        sandbox.faults().next(ProviderId.ROUTEE, "/voice/campaign", Fault.delay(Duration.ofMillis(1500)));

        SendReport report = send("routee", "Routee", ", \"message\": {\"type\": \"tts\", \"template\": \"Aviso.\","
                + " \"gender\": \"male\", \"language\": \"es-LA\"}, \"options\": {\"from\": \"5713000000\"}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(sandbox.campaignsCreated(ProviderId.ROUTEE)).isEqualTo(1);
    }

    @Test
    void smartfloSequenceCreatesListLeadsTimeGroupAndBroadcast() throws Exception {
        account("Smartflo", ProviderId.SMARTFLO, null, SandboxCredentials.SMARTFLO_STATIC_TOKEN);

        SendReport report = send("smartflo", "Smartflo", ", \"options\": {\"destination\": \"ivr|1201\", "
                + "\"caller_id_number\": \"918000000000\", \"concurrent_limit\": 5, \"timeout\": 45}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(report.submissions()).extracting(Submission::step)
                .containsExactly("broadcast/list", "broadcast/leads 1/1", "timegroup", "broadcast");
        assertThat(report.submissions()).allMatch(s -> s.state() == SubmissionState.ACCEPTED);
        CampaignTracker.View view = trackAfterCalls(report);
        assertThat(view.outcomes()).hasSize(3);
    }

    @Test
    void smartfloLogsInWithEmailAndPassword() throws Exception {
        account("Smartflo login", ProviderId.SMARTFLO, SandboxCredentials.SMARTFLO_EMAIL, SandboxCredentials.SMARTFLO_PASSWORD);
        assertThat(app.accountTester().test("Smartflo login").ok()).isTrue();

        SendReport report = send("smartflo", "Smartflo login", ", \"options\": {\"destination\": \"ivr||1201\", "
                + "\"caller_id_number\": \"918000000000\", \"concurrent_limit\": 5}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
    }

    @Test
    void octopushFramesAreResentWithTheirRequestIdAfterANoAnswerAndCreatedOnce() throws Exception {
        StringBuilder csv = new StringBuilder("Nombre;Celular\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("Cliente ").append(i).append(';').append(3_001_000_000L + i * 13L).append('\n');
        }
        Files.writeString(dir.resolve("contactos.csv"), csv.toString());
        account("Octopush", ProviderId.OCTOPUSH, SandboxCredentials.OCTOPUSH_LOGIN, SandboxCredentials.OCTOPUSH_API_KEY);
        sandbox.faults().next(ProviderId.OCTOPUSH, Fault.acceptThenDrop());

        SendReport report = send("octopush", "Octopush", ", \"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\","
                + " \"gender\": \"female\", \"language\": \"es-LA\"}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        // frame 1 was created, its answer lost; resent at once with the same request_id, Octopush says it already has
        // it (a validation error on request_id): created, never "rejected"
        assertThat(report.submissions()).hasSize(3);
        assertThat(report.submissions().get(0).state()).isEqualTo(SubmissionState.CONFIRMED);
        assertThat(report.submissions().get(0).attempts()).isEqualTo(2);
        assertThat(report.submissions().subList(1, 3)).allMatch(s -> s.state() == SubmissionState.ACCEPTED);
        assertThat(report.submissions()).extracting(Submission::idempotencyKey).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(3);
        assertThat(app.tracker().view(report.campaign().id()).orElseThrow().unavailable()).isPresent();
    }

    @Test
    void accountTestsUseTheCheapestHarmlessCall() throws Exception {
        account("Saem", ProviderId.SAEM, null, SandboxCredentials.SAEM_API_KEY);
        account("Octopush", ProviderId.OCTOPUSH, SandboxCredentials.OCTOPUSH_LOGIN, "wrong-key");

        AccountTester.Result saem = app.accountTester().test("Saem");
        assertThat(saem.tested()).isFalse();
        assertThat(saem.english()).contains("no harmless call");
        AccountTester.Result octopush = app.accountTester().test("Octopush");
        assertThat(octopush.ok()).isFalse();
        assertThat(octopush.tested()).isTrue();
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isZero();
    }

    @Test
    void saemGeneratesTheAudioFirstAndUsesItsId() throws Exception {
        account("Saem", ProviderId.SAEM, null, SandboxCredentials.SAEM_API_KEY);

        SendReport report = send("saem", "Saem", ", \"message\": {\"type\": \"audio\"}, \"options\": {\"generateAudio\": "
                + "{\"text\": \"Su factura vence mañana\", \"voice\": \"Maria\", \"resource_name\": \"factura_vence\"}}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(report.submissions()).extracting(Submission::step).containsExactly("audio/generate", "send/massive");
        assertThat(report.submissions().get(0).providerIds()).containsKey("audioId");
        String campaignBody = new String(sandbox.requests(ProviderId.SAEM).get(1).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(campaignBody).contains("\"audioId\":\"" + report.submissions().get(0).providerIds().get("audioId") + "\"")
                .doesNotContain("{audioId}");
    }

    @Test
    void saemAbove200000ContactsGoesAsParquet() throws Exception {
        StringBuilder csv = new StringBuilder("Nombre;Celular\n");
        for (int i = 0; i < 200_010; i++) {
            csv.append("C").append(i).append(';').append(3_000_000_000L + i * 7L).append('\n');
        }
        Files.writeString(dir.resolve("contactos.csv"), csv.toString());
        account("Saem", ProviderId.SAEM, null, SandboxCredentials.SAEM_API_KEY);

        SendReport report = send("saem", "Saem", ", \"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\", \"voice\": \"Juan\"}");

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(report.submissions()).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("send/massive/parquet");
            assertThat(((Map<?, ?>) s.providerIds().get("summary")).get("total_records")).isEqualTo(200_010);
        });
    }

    @Test
    void trackingKeepsOnlyTheCampaignsOwnCallsWhenTheProviderAnswersPerPlaybook() throws Exception {
        account("Meetzy", ProviderId.MEETZY, null, SandboxCredentials.MEETZY_TOKEN);
        String playbook = ", \"options\": {\"playbook_id\": \"" + SandboxCredentials.MEETZY_PLAYBOOK_ID + "\"}";
        SendReport first = send("meetzy", "Meetzy", playbook);
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nOtro;3209876543\nOtra;3119876543\n");
        send("meetzy", "Meetzy", playbook);

        CampaignTracker.View view = trackAfterCalls(first);

        assertThat(view.outcomes()).containsOnlyKeys("+573001234567", "+573101234567", "+573151234567");
        assertThat(view.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    }
}
