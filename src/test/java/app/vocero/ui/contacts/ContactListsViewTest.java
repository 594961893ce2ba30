package app.vocero.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The contact lists screen on a real data directory: importing shows the report and the saved list. */
@ExtendWith(ApplicationExtension.class)
class ContactListsViewTest {

    private VoceroApp app;
    private ContactListsViewModel viewModel;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("vocero-lists");
        app = VoceroApp.open(folder.resolve("data"), Locale.ENGLISH);
        Messages messages = Messages.of(Locale.ENGLISH);
        viewModel = new ContactListsViewModel(app.contactLists(), app.settings(), new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new ContactListsController(viewModel));
        stage.setScene(new Scene(views.load(ContactListsController.class), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void emptyUntilAListIsImportedThenShowsItWithItsReport(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#contactListsEmpty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#listsTable").query().isVisible()).isFalse();
        Path file = folder.resolve("cobranza.csv");
        Files.write(file, "Nombre;Celular\r\nJosé;300 123 4567\r\nAna;3001234567\r\nLuis;12\r\n"
                .getBytes(Charset.forName("windows-1252")));

        robot.interact(() -> viewModel.importFile(file));

        TableView<ContactListSummary> table = robot.lookup("#listsTable").queryTableView();
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).singleElement().satisfies(list -> {
            assertThat(list.name()).isEqualTo("cobranza");
            assertThat(list.rows()).isEqualTo(3);
            assertThat(list.contacts()).isEqualTo(1);
            assertThat(list.duplicates()).isEqualTo(1);
            assertThat(list.invalid()).isEqualTo(1);
        });
        assertThat(robot.lookup("#importReport").queryTextInputControl().getText())
                .contains("Ready to call: 1").contains("windows-1252");
        assertThat(robot.lookup("#importStatus").queryLabeled().getText()).isEqualTo("Saved: 1 contacts ready to call.");
        assertThat(robot.lookup("#contactListsEmpty").query().isVisible()).isFalse();
        assertThat(app.settings().defaultCountry()).isEqualTo("CO");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingIsSaved(FxRobot robot) throws Exception {
        Path file = Files.write(folder.resolve("lista.xlsx"), "Nombre;Celular\nJosé;3001234567\n".getBytes());

        robot.interact(() -> viewModel.importFile(file));

        assertThat(robot.lookup("#importError").queryLabeled().getText())
                .contains("lista.xlsx").contains("not an XLSX workbook");
        assertThat(robot.lookup("#importError").query().isVisible()).isTrue();
        assertThat(app.contactLists().lists()).isEmpty();
    }

    @Test
    void aMissingCountryIsAskedFor(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("l.csv"), "Celular\n3001234567\n");
        robot.interact(() -> robot.lookup("#countryField").queryTextInputControl().setText(""));

        robot.interact(() -> viewModel.importFile(file));

        assertThat(robot.lookup("#importError").queryLabeled().getText()).contains("country");
        assertThat(app.contactLists().lists()).isEmpty();
    }
}
