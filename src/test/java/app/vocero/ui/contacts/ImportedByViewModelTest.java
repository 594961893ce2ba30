package app.vocero.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Operator;
import app.vocero.store.OtherDesktop;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who imported each list: this desktop for a list imported here, a teammate's, or unknown for an older list. */
class ImportedByViewModelTest {

    @TempDir
    Path dir;
    private VoceroApp app;
    private ContactListsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave".toCharArray()));
        viewModel = new ContactListsViewModel(app.contactLists(), app.settings(), new SyncTaskRunner(),
                Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ContactListSummary list(String name) {
        return viewModel.lists().stream().filter(list -> list.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theReportSaysWhoImportedTheList() throws Exception {
        viewModel.importFile(Files.writeString(dir.resolve("mia.csv"), "Celular\n3001234567\n"));
        viewModel.importFile(Files.writeString(dir.resolve("de-ana.csv"), "Celular\n3001234568\n"));
        viewModel.importFile(Files.writeString(dir.resolve("vieja.csv"), "Celular\n3001234569\n"));
        OtherDesktop.listMadeBy(app.dataDirectory(), list("de-ana").id(), new Operator("ana", "PC-VENTAS-3"));
        OtherDesktop.listMadeBy(app.dataDirectory(), list("vieja").id(), null);
        viewModel.refresh();

        viewModel.selectedProperty().set(list("mia"));
        assertThat(list("mia").madeBy()).isEqualTo(Operator.thisDesktop());
        assertThat(viewModel.reportDetailsProperty().get()).endsWith("· imported by " + Operator.thisDesktop().display());
        viewModel.selectedProperty().set(list("de-ana"));
        assertThat(viewModel.reportDetailsProperty().get()).endsWith("· imported by ana @ PC-VENTAS-3");
        viewModel.selectedProperty().set(list("vieja"));
        assertThat(viewModel.reportDetailsProperty().get()).endsWith("· no record of who imported it");

        viewModel.useMessages(Messages.of(Locale.forLanguageTag("es")));
        assertThat(viewModel.reportDetailsProperty().get()).endsWith("· sin registro de quién la importó");
    }
}
