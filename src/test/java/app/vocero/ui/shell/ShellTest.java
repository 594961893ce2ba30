package app.vocero.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.service.Progress;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell on a real (temporary) data directory: every section, and the language switch. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    private VoceroApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("vocero-shell");
        app = VoceroApp.open(data, Locale.ENGLISH);
        new MainWindow(stage, app.uiServices(), new SyncTaskRunner()).show();
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    @Test
    void everySectionShowsItsTitleAndEmptyState(FxRobot robot) {
        assertThat(text(robot, "#campaignsTitle")).isEqualTo("Campaigns");
        assertThat(robot.lookup("#campaignsEmpty").tryQuery()).isPresent();

        robot.clickOn("#navNewCampaign");
        assertThat(text(robot, "#newCampaignTitle")).isEqualTo("New campaign");
        assertThat(robot.lookup("#draftsEmpty").tryQuery()).isPresent();

        robot.clickOn("#navContactLists");
        assertThat(text(robot, "#contactListsTitle")).isEqualTo("Contact lists");
        assertThat(robot.lookup("#contactListsEmpty").tryQuery()).isPresent();

        robot.clickOn("#navDoNotCall");
        assertThat(text(robot, "#doNotCallTitle")).isEqualTo("Do-not-call list");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("No numbers on the list");
        robot.clickOn("#navAccounts");
        app.doNotCall().add(java.util.List.of("3001234567"), "CO", "en"); // as the wizard or the command line would
        robot.clickOn("#navDoNotCall");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("One number on the list");

        robot.clickOn("#navAccounts");
        assertThat(text(robot, "#accountsTitle")).isEqualTo("Provider accounts");
        assertThat(robot.lookup("#accountsEmpty").tryQuery()).isPresent();

        robot.clickOn("#navSettings");
        assertThat(text(robot, "#settingsTitle")).isEqualTo("Settings");
        assertThat(robot.lookup("#dataDirectoryField").queryTextInputControl().getText())
                .isEqualTo(app.dataDirectory().toString());

        robot.clickOn("#navCampaigns");
        assertThat(robot.lookup("#navCampaigns").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#navSettings").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void emptyCampaignsLeadToANewCampaignInTheWizard(FxRobot robot) {
        robot.clickOn("#campaignsEmpty #emptyStateAction");
        assertThat(text(robot, "#newCampaignTitle")).isEqualTo("New campaign");
        assertThat(robot.lookup("#navNewCampaign").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#draftsEmpty #emptyStateAction");
        assertThat(robot.lookup("#stepsCrumbs").query().isVisible()).isTrue();
        assertThat(text(robot, "#wizardTitle")).isEqualTo("Untitled campaign");
        assertThat(robot.lookup("#crumb-provider").queryButton().getText()).isEqualTo("1. Provider and type");
    }

    @Test
    void switchingTheLanguageChangesEveryVisibleTextAndIsRemembered(FxRobot robot) {
        assertThat(robot.lookup("#navCampaigns").queryLabeled().getText()).isEqualTo("_Campaigns");
        robot.clickOn("#navSettings");
        ComboBox<Language> languages = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> languages.getSelectionModel().select(Language.SPANISH));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#settingsTitle")).isEqualTo("Configuración");
        assertThat(robot.lookup("#navCampaigns").queryLabeled().getText()).isEqualTo("_Campañas");
        assertThat(robot.lookup("#navContactLists").queryLabeled().getText()).isEqualTo("_Listas de contactos");
        assertThat(robot.lookup("#navDoNotCall").queryLabeled().getText()).isEqualTo("No lla_mar");
        assertThat(app.settings().language()).isEqualTo(Language.SPANISH);

        robot.clickOn("#navCampaigns");
        assertThat(text(robot, "#campaignsTitle")).isEqualTo("Campañas");
        assertThat(robot.lookup("#campaignsEmpty #emptyStateAction").queryButton().getText())
                .isEqualTo("Crear una campaña");
    }

    @Test
    void aCampaignSentBesideTheWindowIsListedWhenCampaignsIsShownAgain(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#campaignsEmpty").query().isVisible()).isTrue();
        robot.clickOn("#navSettings");
        // as a `vocero campaign send` beside the open window would
        Path folder = Files.createTempDirectory("vocero-shell-send");
        Files.writeString(folder.resolve("clientes.csv"), "Nombre;Celular\nAna;3001234567\n");
        Path draft = Files.writeString(folder.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro de al lado", "provider": "saem", "account": "Sandbox Saem",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        app.sender().send(draft, java.util.Optional.empty(), Progress.NONE);

        robot.clickOn("#navCampaigns");
        assertThat(robot.lookup("#campaignsEmpty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#campaignsTable").queryTableView().getItems()).hasSize(1);
    }

    @Test
    void windowPlaceIsSavedWhenClosed(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
            stage.hide();
        });
        assertThat(app.settings().windowPlace()).hasValueSatisfying(place -> {
            assertThat(place.width()).isEqualTo(900);
            assertThat(place.height()).isEqualTo(600);
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
