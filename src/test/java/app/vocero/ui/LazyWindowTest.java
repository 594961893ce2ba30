package app.vocero.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.service.Progress;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window builds only what its first screen shows: the campaign wizard when it is first needed, the history's list
 * once there is a campaign. What is built later must show the same data and language as if it had been built at start.
 */
@ExtendWith(ApplicationExtension.class)
class LazyWindowTest {

    private VoceroApp app;
    private MainWindow window;
    private String draftId;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = VoceroApp.open(Files.createTempDirectory("vocero-lazy"), Locale.ENGLISH);
        // saved before the window opens: the wizard's drafts list, built later, must show it
        Path file = Files.writeString(Files.createTempDirectory("drafts").resolve("sin-nombre.vocero.json"), """
                {"version": 1, "name": "", "provider": "saem", "account": "Sandbox Saem",
                 "timezone": "America/Bogota",
                 "message": {"type": "tts", "template": "Hola, su saldo vence hoy.", "voice": "Maria"}}
                """);
        draftId = app.drafts().importFile(file);
        window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anEmptyHistoryKeepsItsListOutOfTheSceneUntilACampaignIsSent(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#campaignsEmpty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#campaignsTable").tryQuery()).isEmpty();

        Path folder = Files.createTempDirectory("vocero-lazy-send");
        Files.writeString(folder.resolve("clientes.csv"), "Nombre;Celular\nAna;3001234567\n");
        Path draft = Files.writeString(folder.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Sandbox Saem",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        app.sender().send(draft, java.util.Optional.empty(), Progress.NONE);
        robot.interact(() -> window.campaigns().refresh());

        TableView<?> table = robot.lookup("#campaignsTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#campaignsEmpty").query().isVisible()).isFalse();
        // back in its place: over the empty state, as the view declares it
        Node content = robot.lookup("#campaignsContent").query();
        assertThat(content.getParent().getChildrenUnmodifiable()).last().isSameAs(content);
    }

    @Test
    void theWizardBuiltOnFirstOpenListsTheDraftsSavedBefore(FxRobot robot) {
        robot.clickOn("#navNewCampaign");

        TableView<?> drafts = robot.lookup("#draftsTable").queryTableView();
        assertThat(drafts.getItems()).hasSize(1);
        assertThat(window.newCampaign().drafts()).extracting(row -> row.id()).containsExactly(draftId);
    }

    @Test
    void theWizardBuiltAfterALanguageSwitchSpeaksTheNewLanguage(FxRobot robot) {
        robot.clickOn("#navSettings");
        ComboBox<Language> languages = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> languages.getSelectionModel().select(Language.SPANISH));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#navNewCampaign");

        assertThat(window.shell().section()).isEqualTo(Section.NEW_CAMPAIGN);
        // a draft without a name is listed with the view model's word for it, in the language chosen
        assertThat(window.newCampaign().drafts()).extracting(row -> row.name()).containsExactly("Campaña sin nombre");
    }
}
