package app.vocero.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import app.vocero.service.Progress;
import app.vocero.ui.common.Breakdown;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact lists' state without a window: language switches, choosing, renaming, the question before deleting. */
class ContactListsViewModelTest {

    private static final Path EXAMPLE = Path.of("assets/examples/contactos-con-errores.csv").toAbsolutePath();

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private VoceroApp app;
    private ContactListsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        sandbox = SandboxServer.start(0);
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { }));
        viewModel = new ContactListsViewModel(app.contactLists(), app.settings(), new SyncTaskRunner(),
                Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        app.close();
        sandbox.close();
    }

    @Test
    void theReportFollowsTheLanguage() {
        viewModel.importFile(EXAMPLE);
        assertThat(viewModel.reportDetailsProperty().get()).contains("12 rows");
        assertThat(viewModel.rejectsProperty().get()).isNotEmpty();

        viewModel.useMessages(Messages.of(Locale.forLanguageTag("es")));

        assertThat(viewModel.reportDetailsProperty().get()).contains("12 filas").contains("importada el");
        assertThat(viewModel.operatorChartProperty().get()).extracting(Breakdown::label).doesNotContain("Unknown operator");
        assertThat(viewModel.countryChartProperty().get()).extracting(Breakdown::label).containsExactly("Colombia");
    }

    @Test
    void choosingAnotherListReadsItsSavedReportAndNoneClearsIt() throws Exception {
        Path other = Files.writeString(dir.resolve("otra.csv"), "Celular\n3001234567\n3001234567\n");
        viewModel.importFile(other);
        viewModel.importFile(EXAMPLE);
        ContactListSummary first = viewModel.lists().stream().filter(list -> list.name().equals("otra")).findFirst()
                .orElseThrow();

        viewModel.selectedProperty().set(first);

        assertThat(viewModel.reportTitleProperty().get()).isEqualTo("otra");
        assertThat(viewModel.readyProperty().get()).isEqualTo("1");
        assertThat(viewModel.duplicatesProperty().get()).isEqualTo("1");
        assertThat(viewModel.rejectsProperty().get()).singleElement()
                .satisfies(reject -> assertThat(reject.reasonCode()).isEqualTo("duplicate"));
        assertThat(viewModel.rejectsNoteProperty().get()).isEmpty();

        viewModel.selectedProperty().set(null);
        assertThat(viewModel.reportProperty().get()).isNull();
        assertThat(viewModel.rejectsProperty().get()).isEmpty();
    }

    @Test
    void aBlankNameIsExplainedAndChangesNothing() {
        viewModel.importFile(EXAMPLE);

        assertThat(viewModel.rename("   ")).isFalse();

        assertThat(viewModel.errorProperty().get()).isEqualTo("Write a name of 1 to 255 characters.");
        assertThat(app.contactLists().lists().get(0).name()).isEqualTo("contactos-con-errores");
        assertThat(viewModel.selectedProperty().get()).isNotNull();
    }

    @Test
    void theQuestionBeforeDeletingNamesTheCampaignsSentFromTheList() throws Exception {
        viewModel.importFile(EXAMPLE);
        ContactListSummary list = viewModel.selectedProperty().get();
        assertThat(viewModel.deleteQuestion()).isEqualTo("The list \"contactos-con-errores\" (6 contacts) will be "
                + "deleted from this computer. This cannot be undone.");
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        Path draft = Files.writeString(dir.resolve("d.vocero.json"), """
                {"version": 1, "name": "Cobro enero", "provider": "saem", "account": "Saem local",
                 "contacts": {"list": "%s"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Juan"},
                 "schedules": [{"start": "2030-01-10T08:00", "end": "2030-01-10T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """.formatted(list.id()));
        app.sender().send(draft, Optional.empty(), Progress.NONE);

        assertThat(viewModel.deleteQuestion()).endsWith("cannot be undone.\n\nOne campaign in the history was sent "
                + "from it (Cobro enero): it keeps its own copy of the contacts and stays readable.");
        viewModel.deleteSelected();

        assertThat(viewModel.lists()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(app.tracker().history()).singleElement().satisfies(c -> assertThat(c.contacts()).isEqualTo(6));
    }
}
