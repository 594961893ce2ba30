package app.vocero.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Operator;
import app.vocero.store.OtherDesktop;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lists table says who imported each list, in Spanish: a teammate, and "—" for a list from before. */
@ExtendWith(ApplicationExtension.class)
class ImportedByViewTest {

    private VoceroApp app;
    private ContactListsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("vocero-imported-by");
        app = VoceroApp.open(folder.resolve("data"), Locale.ENGLISH);
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        viewModel = new ContactListsViewModel(app.contactLists(), app.settings(), new SyncTaskRunner(), messages);
        viewModel.importFile(Files.writeString(folder.resolve("de-ana.csv"), "Celular\n3001234567\n"));
        viewModel.importFile(Files.writeString(folder.resolve("vieja.csv"), "Celular\n3001234568\n"));
        for (ContactListSummary list : app.contactLists().lists()) {
            OtherDesktop.listMadeBy(app.dataDirectory(), list.id(),
                    list.name().equals("de-ana") ? new Operator("ana", "PC-VENTAS-3") : null);
        }
        viewModel.refresh();
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new ContactListsController(viewModel,
                (chooser, owner, save) -> null));
        stage.setScene(new Scene(views.load(ContactListsController.class), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void eachListShowsWhoImportedIt(FxRobot robot) {
        TableView<ContactListSummary> lists = robot.lookup("#listsTable").queryTableView();
        @SuppressWarnings("unchecked")
        TableColumn<ContactListSummary, String> by = (TableColumn<ContactListSummary, String>) lists.getColumns()
                .get(lists.getColumns().size() - 1);

        assertThat(by.getText()).isEqualTo("Importó");
        for (ContactListSummary list : lists.getItems()) {
            assertThat(by.getCellData(list)).isEqualTo(list.name().equals("de-ana") ? "ana" : "—");
        }
        robot.interact(() -> viewModel.selectedProperty().set(lists.getItems().stream()
                .filter(list -> list.name().equals("de-ana")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportDetails").queryLabeled().getText()).endsWith("importada por ana @ PC-VENTAS-3");
    }
}
