package app.vocero.ui.campaign.wizard.provider;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 1 in Spanish: what is missing is said as you type, and each provider offers only its message types. */
@ExtendWith(ApplicationExtension.class)
class ProviderStepViewTest {

    private VoceroApp app;
    private ProviderStepController controller;
    private CampaignWizardModel model;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = VoceroApp.open(Files.createTempDirectory("vocero-step1"), Locale.forLanguageTag("es-CO"));
        model = new CampaignWizardModel();
        ProviderStepViewModel viewModel = new ProviderStepViewModel(model, app.accounts());
        controller = new ProviderStepController(viewModel);
        ViewLoader views = new ViewLoader(Messages.of(Locale.forLanguageTag("es")).bundle(), type -> controller);
        stage.setScene(new Scene(views.load(ProviderStepController.class), 1000, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void pick(FxRobot robot, ProviderId provider) {
        ComboBox<Account> accounts = robot.lookup("#accountChoice").queryComboBox();
        robot.interact(() -> accounts.getSelectionModel().select(
                accounts.getItems().stream().filter(a -> a.provider() == provider).findFirst().orElseThrow()));
    }

    @Test
    void missingFieldsAreMarkedInSpanishAndClearedAsTheUserTypes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.validation().getValidationResult().getErrors()).extracting(ValidationMessage::getText)
                .containsExactlyInAnyOrder("Dé un nombre a la campaña.", "Elija la cuenta que hará las llamadas.");
        assertThat(robot.lookup("#typeHint").queryLabeled().getText()).startsWith("Elija primero una cuenta");

        pick(robot, ProviderId.SAEM);
        robot.clickOn("#nameField").write("Cobranza");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.validation().getValidationResult().getErrors()).isEmpty();
        assertThat(model.draft().name()).isEqualTo("Cobranza");
        assertThat(robot.lookup("#typeAudio").queryLabeled().getText()).isEqualTo("Audio grabado");
        assertThat(robot.lookup("#typeTts").queryLabeled().getText()).isEqualTo("Texto a voz");
    }

    @Test
    void eachProviderOffersOnlyWhatItSupports(FxRobot robot) {
        pick(robot, ProviderId.OCTOPUSH);
        assertThat(robot.lookup("#typeAudio").tryQuery()).isEmpty();
        assertThat(robot.lookup("#typeTts").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#typeHint").queryLabeled().getText()).isEqualTo("Octopush: solo texto a voz.");

        pick(robot, ProviderId.SMARTFLO);
        assertThat(robot.lookup("#typeAudio").tryQuery()).isEmpty();
        assertThat(robot.lookup("#typeTts").tryQuery()).isEmpty();
        assertThat(robot.lookup("#typeHint").queryLabeled().getText()).contains("IVR");
        assertThat(model.draft().message()).isNull();
    }
}
