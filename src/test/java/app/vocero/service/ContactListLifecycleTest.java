package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.VoceroApp;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming and deleting saved lists, exporting their contacts, and what happens to campaigns sent from them. */
class ContactListLifecycleTest {

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private VoceroApp app;

    @BeforeEach
    void open() throws Exception {
        sandbox = SandboxServer.start(0);
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { }));
    }

    @AfterEach
    void close() {
        app.close();
        sandbox.close();
    }

    private ContactListSummary saved(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("cobranza.csv"), csv);
        return app.contactLists().importFile(ImportRequest.of(file, "CO"), "es", Progress.NONE).saved().orElseThrow();
    }

    @Test
    void aRenamedListKeepsItsIdAndContactsAndABlankNameIsRefused() throws Exception {
        ContactListSummary list = saved("Nombre;Celular\nJosé;3001234567\nAna;3101234567\n");

        Optional<ContactListSummary> renamed = app.contactLists().rename(list.id(), "  Cobro\u001b[31m diciembre  ");

        assertThat(renamed).get().satisfies(now -> {
            assertThat(now.id()).isEqualTo(list.id());
            assertThat(now.name()).isEqualTo("Cobro[31m diciembre");
            assertThat(now.contacts()).isEqualTo(2);
        });
        assertThat(app.contactLists().contacts(list.id())).get().satisfies(table -> assertThat(table.size()).isEqualTo(2));
        assertThatThrownBy(() -> app.contactLists().rename(list.id(), "   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.contactLists().rename(list.id(), "x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(app.contactLists().rename("no-such-id", "Otra")).isEmpty();
        assertThat(app.contactLists().find(list.id()).orElseThrow().name()).isEqualTo("Cobro[31m diciembre");
    }

    @Test
    void aCampaignSentFromAListStaysReadableAfterTheListIsRenamedAndDeleted() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        ContactListSummary list = saved("Nombre;Celular\nJosé;3001234567\nAna;3101234567\nLuis;3151234567\n");
        Path draft = Files.writeString(dir.resolve("d.vocero.json"), """
                {"version": 1, "name": "Cobro enero", "provider": "saem", "account": "Saem local",
                 "contacts": {"list": "%s"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Juan"},
                 "schedules": [{"start": "2030-01-10T08:00", "end": "2030-01-10T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """.formatted(list.id()));
        SendReport sent = app.sender().send(draft, Optional.empty(), Progress.NONE);
        String campaign = sent.campaign().id();
        assertThat(sent.campaign().state()).isEqualTo(CampaignState.SENT);

        assertThat(app.contactLists().campaignsUsing(list.id())).containsExactly("Cobro enero");
        app.contactLists().rename(list.id(), "Cobranza vieja");
        assertThat(app.contactLists().campaignsUsing(list.id())).containsExactly("Cobro enero");
        assertThat(app.contactLists().delete(list.id())).isTrue();

        assertThat(app.contactLists().lists()).isEmpty();
        assertThat(app.tracker().history()).singleElement().satisfies(record -> {
            assertThat(record.name()).isEqualTo("Cobro enero");
            assertThat(record.contacts()).isEqualTo(3);
            assertThat(record.state()).isEqualTo(CampaignState.SENT);
        });
        assertThat(app.tracker().view(campaign)).get().satisfies(view -> {
            assertThat(view.submissions()).isNotEmpty();
            assertThat(view.campaign().contacts()).isEqualTo(3);
        });
    }

    @Test
    void aListNamedByItsNameInAHandWrittenDraftCountsAsUsedToo() throws Exception {
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        ContactListSummary list = saved("Celular\n3001234567\n");
        Path draft = Files.writeString(dir.resolve("d.vocero.json"), """
                {"version": 1, "name": "Por nombre", "provider": "saem", "account": "Saem local",
                 "contacts": {"list": "COBRANZA"},
                 "message": {"type": "tts", "template": "Hola", "voice": "Juan"},
                 "schedules": [{"start": "2030-01-10T08:00", "end": "2030-01-10T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        app.sender().send(draft, Optional.empty(), Progress.NONE);

        assertThat(app.contactLists().campaignsUsing(list.id())).containsExactly("Por nombre");
        assertThat(app.contactLists().campaignsUsing("no-such-id")).isEmpty();
    }

    @Test
    void readyContactsAreExportedFormulaSafeAndPrivate() throws Exception {
        ContactListSummary list = saved("Nombre;Celular;Nota\n=HYPERLINK(\"x\");+57 300 123 4567;@SUM(1)\n");
        Path out = dir.resolve("listos.csv");

        app.contactLists().exportContacts(app.contactLists().contacts(list.id()).orElseThrow(), out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFrow;phone;number;country");
        assertThat(lines.get(1)).contains("'+57 300 123 4567").contains("'+573001234567").contains("'=HYPERLINK")
                .contains("'@SUM(1)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }
}
