package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.http.HttpTransport;
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

/**
 * A send that cannot start (no login, provider unreachable at login) records nothing — never a campaign stuck in
 * "sending"; a settle of an accepted request is refused in words; previews and estimates say what really happens.
 */
class SendThatCannotStartTest {

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private VoceroApp app;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        HttpTransport quick = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { });
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                quick);
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nJosé;3001234567\nAna;3101234567\n");
    }

    @AfterEach
    void stop() {
        app.close();
        sandbox.close();
    }

    private Path smartfloDraft(String account) throws Exception {
        return Files.writeString(dir.resolve("encuesta.vocero.json"), """
                {"version": 1, "name": "Encuesta", "provider": "smartflo", "account": "%s",
                 "contacts": {"file": "contactos.csv", "country": "CO"}, "timezone": "America/Bogota",
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "options": {"destination": "ivr||1201", "caller_id_number": "918000000000",
                             "concurrent_limit": "5", "timeout": "45"}}
                """.formatted(account));
    }

    private Path saemDraft(String account, int retries) throws Exception {
        return Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "%s",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": %d}],
                 "timezone": "-05:00"}
                """.formatted(account, retries));
    }

    @Test
    void aLoginThatCannotReachTheProviderRecordsNothing() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Smartflo caído", ProviderId.SMARTFLO, "http://127.0.0.1:9",
                null, "supervisor@empresa.co", "una-clave"));
        Path draft = smartfloDraft("Smartflo caído");

        assertThatThrownBy(() -> app.sender().send(draft, Optional.empty(), Progress.NONE))
                .isInstanceOfSatisfying(SendRefused.class, refused -> {
                    assertThat(refused.message("en")).startsWith("Vocero could not log in to Tata Smartflo: 127.0.0.1:9")
                            .endsWith("Nothing was sent.").doesNotContain("Exception").doesNotContain("null");
                    assertThat(refused.message("es")).startsWith("Vocero no pudo iniciar sesión en Tata Smartflo")
                            .endsWith("No se envió nada.");
                });
        assertThat(app.history()).as("no campaign stuck in sending").isEmpty();
    }

    @Test
    void aLoginTheProviderRefusesRecordsNothingAndTheRightOneSends() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Smartflo", ProviderId.SMARTFLO,
                sandbox.baseUrl(ProviderId.SMARTFLO), null, SandboxCredentials.SMARTFLO_EMAIL, "clave-equivocada"));
        Path draft = smartfloDraft("Smartflo");

        assertThatThrownBy(() -> app.sender().send(draft, Optional.empty(), Progress.NONE))
                .isInstanceOf(SendRefused.class).hasMessageStartingWith("Vocero could not log in to Tata Smartflo: ")
                .hasMessageEndingWith("Nothing was sent.");
        assertThat(app.history()).isEmpty();

        app.accounts().update("Smartflo", new AccountService.Changes(sandbox.baseUrl(ProviderId.SMARTFLO), null,
                SandboxCredentials.SMARTFLO_EMAIL, SandboxCredentials.SMARTFLO_PASSWORD));
        assertThat(app.sender().send(draft, Optional.empty(), Progress.NONE).campaign().state())
                .isEqualTo(CampaignState.SENT);
        assertThat(app.history()).hasSize(1);
    }

    @Test
    void settlingAnAcceptedRequestIsRefusedInWordsNotEnumNames() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Saem", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM), null,
                null, SandboxCredentials.SAEM_API_KEY));
        String id = app.sender().send(saemDraft("Saem", 0), Optional.empty(), Progress.NONE).campaign().id();

        assertThatThrownBy(() -> app.sender().settle(id, 0, false, Optional.empty()))
                .isInstanceOfSatisfying(SendRefused.class, refused -> {
                    assertThat(refused.message("en")).isEqualTo("Request #1 is already accepted: the provider created it,"
                            + " and it is never sent again.");
                    assertThat(refused.message("es")).isEqualTo("La solicitud #1 ya está aceptada: el proveedor la creó"
                            + " y nunca se envía de nuevo.");
                });
    }

    @Test
    void previewsGoWhereTheAccountPointsNotToTheOfficialAddress() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Saem de pruebas", ProviderId.SAEM, "http://127.0.0.1:8999/saem",
                null, null, "clave"));
        CampaignCheck check = app.campaigns().check(saemDraft("Saem de pruebas", 0), Progress.NONE);

        List<RequestPreview> own = app.sender().previews(check, Optional.empty());
        assertThat(own).extracting(RequestPreview::url).containsExactly("http://127.0.0.1:8999/saem/send/massive");
        List<RequestPreview> sandboxed = app.sender().previews(check, Optional.of("Sandbox Saem"));
        assertThat(sandboxed.get(0).url()).startsWith("http://127.0.0.1:").endsWith("/send/massive")
                .doesNotContain("apicallb.saem.tel");
        assertThat(app.sender().previews(check, Optional.of("Nadie")).get(0).url())
                .as("no such account: the provider's own address").isEqualTo("https://apicallb.saem.tel/send/massive");
    }

    @Test
    void routeeTokenRequestsGoToTheAccountsOwnTokenAddress() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Routee local", ProviderId.ROUTEE, "http://127.0.0.1:8998/routee",
                "http://127.0.0.1:8998/routee/oauth/token", "app-id", "secreto"));
        Path draft = Files.writeString(dir.resolve("aviso.vocero.json"), """
                {"version": 1, "name": "Aviso", "provider": "routee", "account": "Routee local",
                 "contacts": {"file": "contactos.csv", "country": "CO"}, "timezone": "America/Bogota",
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "message": {"type": "tts", "template": "Pague hoy.", "gender": "female", "language": "es-LA"},
                 "options": {"from": "5713000000"}}
                """);
        List<RequestPreview> requests = app.sender().previews(app.campaigns().check(draft, Progress.NONE), Optional.empty());
        assertThat(requests).extracting(RequestPreview::url).allMatch(url -> url.startsWith("http://127.0.0.1:8998/routee"));
    }

    @Test
    void anEstimateWithErrorsStillCountsTheRequestsItWouldSend() throws Exception {
        CampaignCheck check = app.campaigns().check(saemDraft("Sandbox Saem", 9), Progress.NONE);
        assertThat(check.hasErrors()).isTrue();
        assertThat(check.estimate().orElseThrow().requests()).as("not \"0 requests\"").isEqualTo(1);
        assertThat(check.estimate().orElseThrow().requestsCounted()).isTrue();
    }

    @Test
    void anUnreachableHostIsSaidInWordsWhenTestingAndWhenFollowing() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Routee", ProviderId.ROUTEE, sandbox.baseUrl(ProviderId.ROUTEE),
                sandbox.authUrl(ProviderId.ROUTEE) + "/oauth/token", SandboxCredentials.ROUTEE_APPLICATION_ID,
                SandboxCredentials.ROUTEE_APPLICATION_SECRET));
        Path draft = Files.writeString(dir.resolve("aviso.vocero.json"), """
                {"version": 1, "name": "Aviso", "provider": "routee", "account": "Routee",
                 "contacts": {"file": "contactos.csv", "country": "CO"}, "timezone": "America/Bogota",
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "message": {"type": "tts", "template": "Pague hoy.", "gender": "female", "language": "es-LA"},
                 "options": {"from": "5713000000"}}
                """);
        SendReport sent = app.sender().send(draft, Optional.empty(), Progress.NONE);
        assertThat(sent.campaign().state()).isEqualTo(CampaignState.SENT);
        String id = sent.campaign().id();
        sandbox.close(); // the provider's host stops answering

        AccountTester.Result tested = app.accountTester().test("Routee");
        assertThat(tested.ok()).isFalse();
        assertThat(tested.message("en")).startsWith("The provider could not be reached: 127.0.0.1:")
                .contains("refused the connection").doesNotContain("Exception").doesNotContain("null");
        assertThat(tested.message("es")).startsWith("No se pudo contactar al proveedor: 127.0.0.1:");

        assertThatThrownBy(() -> app.tracker().refresh(id)).isInstanceOfSatisfying(SendRefused.class, refused -> {
            assertThat(refused.message("en")).startsWith("The outcomes could not be read: 127.0.0.1:")
                    .contains("refused the connection").endsWith("Try again later; nothing was changed.")
                    .doesNotContain("Exception").doesNotContain("provider said");
            assertThat(refused.message("es")).startsWith("No se pudieron leer los resultados: 127.0.0.1:");
        });
    }
}
