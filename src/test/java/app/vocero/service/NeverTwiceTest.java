package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.store.CampaignRepository;
import app.vocero.store.Database;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The failures of "never twice" found against an independent provider fake, each replayed against the sandbox:
 * a server error after the provider committed, an Octopush resume a day later, Octopush's refusal of a repeated
 * {@code request_id}, and a Smartflo set-up step settled as created. (The durable journal is
 * {@code app.vocero.KilledAroundASendTest}: it needs real processes.)
 */
class NeverTwiceTest {

    private static final Instant LAUNCH = Instant.parse("2030-12-01T13:00:00Z");
    private static final String WINDOW = "\"timezone\": \"America/Bogota\", \"schedules\": [{\"start\": \"2030-12-01T08:00\", "
            + "\"end\": \"2030-12-01T18:00\", \"retries\": 0}]";

    @TempDir
    Path dir;
    private final ProvidersThroughSandboxTest.TestClock clock = new ProvidersThroughSandboxTest.TestClock();
    private SandboxServer sandbox;
    private VoceroApp app;

    @BeforeEach
    void start() throws Exception {
        clock.now = LAUNCH.minus(Duration.ofDays(3));
        sandbox = SandboxServer.builder().port(0).clock(clock).start();
        HttpTransport quick = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), duration -> { });
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                quick, clock);
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

    private SendReport send(String provider, String rest) throws Exception {
        Path draft = Files.writeString(dir.resolve(provider + ".vocero.json"), "{\"version\": 1, \"name\": \"Prueba "
                + provider + "\", \"provider\": \"" + provider + "\", \"account\": \"" + provider + "\", "
                + "\"contacts\": {\"file\": \"contactos.csv\", \"country\": \"CO\"}, " + WINDOW + rest + "}");
        return app.sender().send(draft, Optional.empty(), Progress.NONE);
    }

    /** A campaign of each provider whose creating request is answered with a 5xx after the provider committed it. */
    private SendReport sendWithServerErrorAfterCommit(String provider, int status) throws Exception {
        switch (provider) {
            case "saem":
                account("saem", ProviderId.SAEM, null, SandboxCredentials.SAEM_API_KEY);
                sandbox.faults().next(ProviderId.SAEM, "/send/massive", Fault.acceptThenStatus(status));
                return send("saem", ", \"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\", \"voice\": \"Juan\"}");
            case "meetzy":
                account("meetzy", ProviderId.MEETZY, null, SandboxCredentials.MEETZY_TOKEN);
                sandbox.faults().next(ProviderId.MEETZY, "/campaign", Fault.acceptThenStatus(status));
                return send("meetzy", ", \"options\": {\"playbook_id\": \"" + SandboxCredentials.MEETZY_PLAYBOOK_ID + "\"}");
            case "routee":
                account("routee", ProviderId.ROUTEE, SandboxCredentials.ROUTEE_APPLICATION_ID,
                        SandboxCredentials.ROUTEE_APPLICATION_SECRET);
                sandbox.faults().next(ProviderId.ROUTEE, "/voice/campaign", Fault.acceptThenStatus(status));
                return send("routee", ", \"message\": {\"type\": \"tts\", \"template\": \"Aviso.\", \"gender\": \"female\","
                        + " \"language\": \"es-LA\"}, \"options\": {\"from\": \"5713000000\"}");
            default:
                account("smartflo", ProviderId.SMARTFLO, null, SandboxCredentials.SMARTFLO_STATIC_TOKEN);
                // the list and its leads pass; the broadcast itself is committed, then answered with the error
                sandbox.faults().next(ProviderId.SMARTFLO, "/v1/broadcast/list", Fault.delay(Duration.ZERO))
                        .next(ProviderId.SMARTFLO, "/v1/broadcast/leads", Fault.delay(Duration.ZERO))
                        .next(ProviderId.SMARTFLO, "/v1/broadcast", Fault.acceptThenStatus(status));
                return send("smartflo", ", \"options\": {\"destination\": \"ivr||1201\", "
                        + "\"caller_id_number\": \"918000000000\", \"concurrent_limit\": 5, \"timeout\": 45}");
        }
    }

    private static ProviderId id(String provider) {
        return ProviderId.fromKey(provider).orElseThrow();
    }

    private static Submission unknown(SendReport report) {
        return report.submissions().stream().filter(s -> s.state() == SubmissionState.UNKNOWN).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"saem", "meetzy", "routee", "smartflo"})
    void a500AfterTheProviderCommittedIsUnknownAndSettlingItCreatedMakesNoSecondCampaign(String provider) throws Exception {
        SendReport report = sendWithServerErrorAfterCommit(provider, 500);

        assertThat(report.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        Submission lost = unknown(report);
        assertThat(lost.httpStatus()).isEqualTo(500);
        assertThat(lost.errorMessage()).contains("may have created it").contains("settle").doesNotContain("resume");
        assertThat(sandbox.campaignsCreated(id(provider))).isEqualTo(1);

        String campaign = report.campaign().id();
        assertThat(app.sender().resume(campaign, Progress.NONE).campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(sandbox.campaignsCreated(id(provider))).isEqualTo(1);

        app.sender().settle(campaign, lost.index(), true, Optional.of("12345"));
        SendReport settled = app.sender().resume(campaign, Progress.NONE);

        assertThat(settled.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(settled.submissions().get(lost.index()).state()).isEqualTo(SubmissionState.CONFIRMED);
        assertThat(sandbox.campaignsCreated(id(provider))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saem", "meetzy", "routee", "smartflo"})
    void a503AfterTheProviderCommittedIsNotRetriedAutomatically(String provider) throws Exception {
        SendReport report = sendWithServerErrorAfterCommit(provider, 503);

        assertThat(report.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(unknown(report).attempts()).isEqualTo(1);
        assertThat(sandbox.campaignsCreated(id(provider))).isEqualTo(1);
    }

    @Test
    void aRejectedRequestCanStillBeSettledAsCreatedWhenTheUserFoundIt() throws Exception {
        account("saem", ProviderId.SAEM, null, SandboxCredentials.SAEM_API_KEY);
        sandbox.faults().next(ProviderId.SAEM, Fault.status(400, "{\"code\": \"CALLB_022\", \"message\": \"x\"}"));
        SendReport report = send("saem", ", \"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\", \"voice\": \"Juan\"}");
        assertThat(report.submissions().get(0).state()).isEqualTo(SubmissionState.REJECTED);

        app.sender().settle(report.campaign().id(), 0, true, Optional.empty());

        assertThat(app.sender().resume(report.campaign().id(), Progress.NONE).campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
        assertThatThrownBy(() -> app.sender().settle(report.campaign().id(), 0, true, Optional.empty()))
                .isInstanceOf(SendRefused.class).hasMessageContaining("never sent again");
    }

    private void octopushContacts(int count) throws Exception {
        StringBuilder csv = new StringBuilder("Nombre;Celular\n");
        for (int i = 0; i < count; i++) {
            csv.append("Cliente ").append(i).append(';').append(3_001_000_000L + i * 13L).append('\n');
        }
        Files.writeString(dir.resolve("contactos.csv"), csv.toString());
        account("octopush", ProviderId.OCTOPUSH, SandboxCredentials.OCTOPUSH_LOGIN, SandboxCredentials.OCTOPUSH_API_KEY);
    }

    private SendReport sendOctopush() throws Exception {
        return send("octopush", ", \"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\", \"gender\": \"female\","
                + " \"language\": \"es-LA\"}");
    }

    @Test
    void anOctopushResumeTheNextDaySendsOnlyTheFramesNeverAccepted() throws Exception {
        octopushContacts(2_900); // 6 frames of at most 500
        for (int i = 0; i < 3; i++) {
            sandbox.faults().next(ProviderId.OCTOPUSH, Fault.delay(Duration.ZERO));
        }
        sandbox.faults().next(ProviderId.OCTOPUSH, Fault.status(402, "{\"code\": 402, \"message\": \"Not enough credit\"}"));
        SendReport first = sendOctopush();
        assertThat(first.campaign().state()).isEqualTo(CampaignState.REJECTED);
        assertThat(first.submissions()).extracting(Submission::state).containsExactly(SubmissionState.ACCEPTED,
                SubmissionState.ACCEPTED, SubmissionState.ACCEPTED, SubmissionState.REJECTED);
        List<Object> tickets = first.submissions().subList(0, 3).stream().map(s -> s.providerIds().get("ticket_number"))
                .collect(Collectors.toList());
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(3);

        clock.now = clock.now.plus(Duration.ofHours(26)); // the user tops up and resumes the next day
        SendReport resumed = app.sender().resume(first.campaign().id(), Progress.NONE);

        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(resumed.submissions()).hasSize(6).allMatch(s -> s.state() == SubmissionState.ACCEPTED);
        assertThat(resumed.submissions().subList(0, 3).stream().map(s -> s.providerIds().get("ticket_number"))
                .collect(Collectors.toList())).isEqualTo(tickets);
        assertThat(resumed.submissions().subList(0, 3)).allMatch(s -> s.attempts() == 1);
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(6);
    }

    @Test
    void anOctopushRepeatedRequestIdIsAlreadyReceivedAndTheFramesAfterItGoOut() throws Exception {
        octopushContacts(1_200); // 3 frames
        sandbox.faults().next(ProviderId.OCTOPUSH, Fault.acceptThenDrop())
                .next(ProviderId.OCTOPUSH, Fault.dropConnection());
        SendReport first = sendOctopush();
        assertThat(first.submissions()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(SubmissionState.UNKNOWN));
        assertThat(first.submissions().get(0).errorMessage()).contains("connection was lost after the request was sent")
                .doesNotContain("IOException");

        clock.now = clock.now.plus(Duration.ofHours(2)); // within Octopush's memory: the same request_id is safe
        SendReport resumed = app.sender().resume(first.campaign().id(), Progress.NONE);

        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(resumed.submissions()).extracting(Submission::state).containsExactly(SubmissionState.CONFIRMED,
                SubmissionState.ACCEPTED, SubmissionState.ACCEPTED);
        assertThat(resumed.submissions().get(0).errorMessage()).contains("already had this frame");
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(3);
    }

    @Test
    void pastOctopushsMemoryAnUnknownFrameWaitsForTheUser() throws Exception {
        octopushContacts(1_200);
        sandbox.faults().next(ProviderId.OCTOPUSH, Fault.acceptThenDrop())
                .next(ProviderId.OCTOPUSH, Fault.dropConnection());
        SendReport first = sendOctopush();
        int requestsSeen = sandbox.requests(ProviderId.OCTOPUSH).size();

        clock.now = clock.now.plus(Duration.ofHours(25));
        SendReport resumed = app.sender().resume(first.campaign().id(), Progress.NONE);

        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(sandbox.requests(ProviderId.OCTOPUSH)).hasSize(requestsSeen);
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(1);

        app.sender().settle(first.campaign().id(), 0, true, Optional.of("voice_abc"));
        SendReport settled = app.sender().resume(first.campaign().id(), Progress.NONE);
        assertThat(settled.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(settled.submissions().get(0).providerIds()).containsEntry("ticket_number", "voice_abc");
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(3);
    }

    private SendReport sendSmartflo() throws Exception {
        account("smartflo", ProviderId.SMARTFLO, null, SandboxCredentials.SMARTFLO_STATIC_TOKEN);
        return send("smartflo", ", \"options\": {\"destination\": \"ivr||1201\", "
                + "\"caller_id_number\": \"918000000000\", \"concurrent_limit\": 5, \"timeout\": 45}");
    }

    @Test
    void aSmartfloListSettledAsCreatedIsFoundByItsNameAndTheBroadcastFinishes() throws Exception {
        sandbox.faults().next(ProviderId.SMARTFLO, "/v1/broadcast/list", Fault.acceptThenDrop());
        SendReport first = sendSmartflo();
        assertThat(first.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(sandbox.smartfloListsCreated()).isEqualTo(1);

        app.sender().settle(first.campaign().id(), 0, true, Optional.empty());
        SendReport resumed = app.sender().resume(first.campaign().id(), Progress.NONE);

        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(resumed.submissions().get(0).providerIds()).containsKey("listId");
        assertThat(sandbox.smartfloListsCreated()).isEqualTo(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SMARTFLO)).isEqualTo(1);
    }

    @Test
    void aSmartfloTimeGroupSettledAsCreatedNeedsItsIdAndNoRequestLeavesWithAPlaceholder() throws Exception {
        sandbox.faults().next(ProviderId.SMARTFLO, "/v1/timegroup", Fault.acceptThenDrop());
        SendReport first = sendSmartflo();
        Submission lost = unknown(first);
        assertThat(lost.step()).contains("timegroup");
        String campaign = first.campaign().id();

        assertThatThrownBy(() -> app.sender().settle(campaign, lost.index(), true, Optional.empty()))
                .isInstanceOf(SendRefused.class).hasMessageContaining("--id").hasMessageContaining("timeGroupId");

        // a journal that says "created" without the id (as an older Vocero recorded it): nothing leaves with {timeGroupId}
        app.close();
        try (Database database = Database.open(dir.resolve("data"),
                Messages.of(Locale.ENGLISH))) {
            new CampaignRepository(database).record(campaign, lost.index(), SubmissionState.CONFIRMED,
                    java.util.Map.of(), null, null, "legacy", clock.instant());
        }
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), duration -> { }), clock);
        int seen = sandbox.requests(ProviderId.SMARTFLO).size();
        assertThatThrownBy(() -> app.sender().resume(campaign, Progress.NONE)).isInstanceOf(SendRefused.class)
                .hasMessageContaining("needs the timeGroupId").hasMessageContaining("settle " + campaign + " "
                        + (lost.index() + 1) + " --created --id");
        assertThat(sandbox.requests(ProviderId.SMARTFLO)).hasSize(seen);

        long timeGroup = sandbox.smartfloTimeGroupIds().get(0); // what the user reads in Smartflo's portal
        app.sender().settle(campaign, lost.index(), true, Optional.of(Long.toString(timeGroup)));
        SendReport resumed = app.sender().resume(campaign, Progress.NONE);

        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(sandbox.smartfloTimeGroupIds()).hasSize(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SMARTFLO)).isEqualTo(1);
    }
}
