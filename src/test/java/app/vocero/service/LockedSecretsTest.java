package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong, short or missing passphrase stops a send before anything is recorded, and removes no account. */
class LockedSecretsTest {

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private Path draft;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        try (VoceroApp app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Saem", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                    null, null, SandboxCredentials.SAEM_API_KEY));
        }
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nJosé;3001234567\n");
        draft = Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Saem",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private VoceroApp openWith(String passphrase) throws Exception {
        return VoceroApp.open(dir.resolve("data"), Locale.ENGLISH,
                creating -> passphrase == null ? Optional.empty() : Optional.of(passphrase.toCharArray()));
    }

    @Test
    void aWrongPassphraseRefusesTheSendAndRecordsNothing() throws Exception {
        for (String passphrase : new String[] {"otra-clave-mala", "corta", null}) {
            try (VoceroApp app = openWith(passphrase)) {
                assertThatThrownBy(() -> app.sender().send(draft, Optional.empty(), Progress.NONE))
                        .as("passphrase %s", passphrase).isInstanceOf(SendRefused.class)
                        .hasMessageContaining("Nothing was sent");
                assertThat(app.history()).isEmpty();
            }
        }
        assertThat(sandbox.requests(ProviderId.SAEM)).isEmpty();
        try (VoceroApp app = openWith("clave-de-prueba")) {
            assertThat(app.sender().send(draft, Optional.empty(), Progress.NONE).campaign().state().name()).isEqualTo("SENT");
            assertThat(app.history()).hasSize(1);
        }
    }

    @Test
    void aWrongPassphraseRemovesNoAccount() throws Exception {
        try (VoceroApp app = openWith("otra-clave-mala")) {
            assertThatThrownBy(() -> app.accounts().remove("Saem")).isInstanceOf(AccountException.class)
                    .hasMessageContaining("Wrong passphrase");
            assertThat(app.accounts().find("Saem")).isPresent();
        }
        try (VoceroApp app = openWith("clave-de-prueba")) {
            assertThat(app.accounts().remove("Saem")).isTrue();
        }
    }

    @Test
    void aWrongPassphraseWhenFollowingACampaignIsSaidInWords() throws Exception {
        app.vocero.provider.http.HttpTransport quick = new app.vocero.provider.http.HttpTransport(
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2), duration -> { });
        java.nio.file.Path routeeDraft = Files.writeString(dir.resolve("aviso.vocero.json"), """
                {"version": 1, "name": "Aviso", "provider": "routee", "account": "Routee",
                 "contacts": {"file": "contactos.csv", "country": "CO"}, "timezone": "America/Bogota",
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "message": {"type": "tts", "template": "Pague hoy.", "gender": "female", "language": "es-LA"},
                 "options": {"from": "5713000000"}}
                """);
        String id;
        try (VoceroApp app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()), quick)) {
            app.accounts().add(new AccountService.NewAccount("Routee", ProviderId.ROUTEE,
                    sandbox.baseUrl(ProviderId.ROUTEE), sandbox.authUrl(ProviderId.ROUTEE) + "/oauth/token",
                    SandboxCredentials.ROUTEE_APPLICATION_ID, SandboxCredentials.ROUTEE_APPLICATION_SECRET));
            id = app.sender().send(routeeDraft, Optional.empty(), Progress.NONE).campaign().id();
        }
        try (VoceroApp app = openWith("otra-clave-mala")) {
            assertThatThrownBy(() -> app.tracker().refresh(id)).isInstanceOfSatisfying(SendRefused.class, refused -> {
                assertThat(refused.message("en")).isEqualTo("Wrong passphrase: the provider secrets cannot be read with it.");
                assertThat(refused.message("es")).startsWith("Frase de acceso incorrecta");
            });
        }
    }
}
