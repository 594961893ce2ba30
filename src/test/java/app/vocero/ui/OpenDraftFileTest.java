package app.vocero.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code vocero some.vocero.json} (a double-click on a draft): the window opens with that draft in the wizard. */
@ExtendWith(ApplicationExtension.class)
class OpenDraftFileTest {

    private VoceroApp app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = VoceroApp.open(Files.createTempDirectory("vocero-open-draft"), Locale.ENGLISH);
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
    void aDraftGivenAtStartIsOpenInTheWizard(FxRobot robot) throws Exception {
        // a draft without contacts: nothing to check in the background, only the opening is tested here
        Path draft = Files.writeString(Files.createTempDirectory("drafts").resolve("Cobranza.vocero.json"), """
                {"version": 1, "name": "Cobranza diciembre", "provider": "saem", "account": "Sandbox Saem",
                 "timezone": "America/Bogota",
                 "message": {"type": "tts", "template": "Hola, su saldo vence hoy.", "voice": "Maria"}}
                """);

        robot.interact(() -> window.openDraftFile(draft));

        assertThat(window.shell().section()).isEqualTo(Section.NEW_CAMPAIGN);
        assertThat(window.newCampaign().editingProperty().get()).isTrue();
        assertThat(window.wizard().draftId()).isNotBlank();
        assertThat(window.wizard().model().draft().name()).isEqualTo("Cobranza diciembre");
        // the draft is copied into the data directory's drafts; the file given is left as it was
        assertThat(window.wizard().draftFile()).isNotEqualTo(draft).startsWith(app.dataDirectory());
    }

    @Test
    void aFileThatIsNoDraftLeavesTheListWithTheReason(FxRobot robot) throws Exception {
        Path notADraft = Files.writeString(Files.createTempFile("not-a-draft", ".vocero.json"), "{ this is not json");

        robot.interact(() -> window.openDraftFile(notADraft));

        assertThat(window.shell().section()).isEqualTo(Section.NEW_CAMPAIGN);
        assertThat(window.newCampaign().editingProperty().get()).isFalse();
        assertThat(window.newCampaign().statusProperty().get()).isNotBlank();
    }
}
