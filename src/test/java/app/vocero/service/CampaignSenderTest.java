package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending against the sandbox with every fault the network can throw: never twice, never lost. */
class CampaignSenderTest {

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private VoceroApp app;
    private Path draft;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        HttpTransport quick = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { });
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                quick);
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular;Saldo\nJosé;3001234567;10\nAna;3101234567;20\n");
        draft = Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Saem local",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}, su saldo es {S}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 1, "retryOn": ["nocontesta"]}],
                 "timezone": "-05:00"}
                """);
    }

    @AfterEach
    void stop() {
        app.close();
        sandbox.close();
    }

    private SendReport send() throws Exception {
        return app.sender().send(draft, Optional.empty(), Progress.NONE);
    }

    private static Submission only(SendReport report) {
        assertThat(report.submissions()).hasSize(1);
        return report.submissions().get(0);
    }

    @Test
    void aCleanSendIsJournaledWithTheProvidersAnswer() throws Exception {
        SendReport report = send();

        assertThat(report.campaign().state()).isEqualTo(CampaignState.SENT);
        Submission sent = only(report);
        assertThat(sent.state()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(sent.step()).isEqualTo("send/massive");
        assertThat(sent.payloadDigest()).hasSize(64);
        assertThat(sent.providerIds()).containsKeys("sends", "summary");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
        assertThat(app.history()).singleElement().satisfies(campaign -> assertThat(campaign.contacts()).isEqualTo(2));
    }

    @Test
    void tooManyRequestsIsRetriedSafelyAndEveryTryCounted() throws Exception {
        sandbox.faults().next(ProviderId.SAEM, Fault.tooManyRequests(Duration.ofSeconds(30)))
                .next(ProviderId.SAEM, Fault.tooManyRequests(Duration.ofSeconds(1)));

        SendReport report = send();

        assertThat(only(report).state()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(only(report).attempts()).isEqualTo(3);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void a503IsNeverRetriedBlindlyBecauseSaemMayHaveCreatedIt() throws Exception {
        sandbox.faults().next(ProviderId.SAEM, Fault.acceptThenStatus(503));

        SendReport report = send();

        assertThat(report.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(only(report).state()).isEqualTo(SubmissionState.UNKNOWN);
        assertThat(only(report).httpStatus()).isEqualTo(503);
        assertThat(only(report).attempts()).isEqualTo(1);
        assertThat(only(report).errorMessage()).contains("HTTP 503").contains("settle").doesNotContain("resume");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
        assertThat(app.sender().resume(report.campaign().id(), Progress.NONE).campaign().state())
                .isEqualTo(CampaignState.UNKNOWN);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedAfterTheProviderCreatedItIsUnknownAndNeverResentBlindly() throws Exception {
        sandbox.faults().next(ProviderId.SAEM, Fault.acceptThenDrop());

        SendReport report = send();

        assertThat(report.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(only(report).state()).isEqualTo(SubmissionState.UNKNOWN);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);

        String id = report.campaign().id();
        SendReport resumed = app.sender().resume(id, Progress.NONE);
        assertThat(resumed.campaign().state()).isEqualTo(CampaignState.UNKNOWN);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);

        app.sender().settleUnknown(id, 0, true);
        SendReport settled = app.sender().resume(id, Progress.NONE);
        assertThat(settled.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(only(settled).state()).isEqualTo(SubmissionState.CONFIRMED);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsSentAgainOnlyWhenTheUserSaysSo() throws Exception {
        sandbox.faults().next(ProviderId.SAEM, Fault.dropConnection());
        SendReport report = send();
        assertThat(only(report).state()).isEqualTo(SubmissionState.UNKNOWN);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();

        app.sender().settleUnknown(report.campaign().id(), 0, false);
        SendReport resent = app.sender().resume(report.campaign().id(), Progress.NONE);

        assertThat(resent.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(only(resent).attempts()).isEqualTo(2);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void noAnswerInTimeIsUnknownNotFailed() throws Exception {
        sandbox.faults().next(ProviderId.SAEM, Fault.delay(Duration.ofSeconds(4)));

        SendReport report = send();

        assertThat(only(report).state()).isEqualTo(SubmissionState.UNKNOWN);
        assertThat(only(report).errorCode()).isEqualTo("no_answer");
    }

    @Test
    void aProviderThatCannotBeReachedGetsNothingAndCanBeResumedLater() throws Exception {
        sandbox.close();

        SendReport report = send();

        assertThat(report.campaign().state()).isEqualTo(CampaignState.REJECTED);
        assertThat(only(report).errorCode()).isEqualTo("not_sent");
    }

    @Test
    void aRejectionKeepsTheProvidersCodeAndAdvice() throws Exception {
        Files.writeString(draft, Files.readString(draft).replace("\"type\": \"tts\", \"template\": \"Hola {N}, su saldo es {S}\", \"voice\": \"Maria\"",
                "\"type\": \"audio\", \"audioId\": \"999999\""));

        SendReport report = send();

        assertThat(report.campaign().state()).isEqualTo(CampaignState.REJECTED);
        assertThat(only(report).errorCode()).isEqualTo("CALLB_015");
        assertThat(only(report).errorMessage()).isNotBlank();
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
    }

    @Test
    void draftsWithErrorsAndUnknownAccountsAreRefusedBeforeAnythingLeaves() throws Exception {
        assertThatThrownBy(() -> app.sender().send(draft, Optional.of("Nadie"), Progress.NONE))
                .isInstanceOf(SendRefused.class).hasMessageContaining("No account named \"Nadie\"");
        Files.writeString(draft, Files.readString(draft).replace("\"retries\": 1", "\"retries\": 9"));
        assertThatThrownBy(this::send).isInstanceOf(SendRefused.class)
                .satisfies(e -> assertThat(((SendRefused) e).findings()).isNotEmpty());
        assertThat(sandbox.requests(ProviderId.SAEM)).isEmpty();
        assertThat(app.history()).isEmpty();
    }

    @Test
    void secretsAppearNowhereOnDiskAfterAFullRun() throws Exception {
        send();
        app.close();
        List<Path> files;
        try (var walk = Files.walk(dir.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).as(file.toString()).doesNotContain(SandboxCredentials.SAEM_API_KEY)
                    .doesNotContain("clave-de-prueba");
        }
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH);
    }
}
