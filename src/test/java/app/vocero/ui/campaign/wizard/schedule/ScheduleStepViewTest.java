package app.vocero.ui.campaign.wizard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.CallingHours;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 4 for Smartflo, in Spanish: windows, the warning on the window that breaks the hours, retries, options. */
@ExtendWith(ApplicationExtension.class)
class ScheduleStepViewTest {

    private final CampaignWizardModel model = new CampaignWizardModel();
    private ScheduleStepController controller;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model.update(draft -> new Draft(1, "Encuesta", ProviderId.SMARTFLO, "Sandbox Tata Smartflo",
                new ContactSource("/c.csv", null, "IN", Map.of(), null, Map.of()), null, List.of(), "Asia/Kolkata",
                Map.of("timeout", 40, "concurrent_limit", 5), Map.of()));
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        controller = new ScheduleStepController(new ScheduleStepViewModel(model, () -> CallingHours.DEFAULT, messages));
        ViewLoader views = new ViewLoader(messages.bundle(), type -> controller);
        stage.setScene(new Scene(new ScrollPane(views.load(ScheduleStepController.class)), 1200, 760));
        stage.show();
    }

    @Test
    void windowsRetriesAndSmartflosOwnOptionsAreEditedAndChecked(FxRobot robot) {
        robot.clickOn("#addWindowButton");
        robot.clickOn("#addWindowButton");
        assertThat(model.draft().schedules()).hasSize(2);
        robot.interact(() -> robot.lookup("#startTime2").queryTextInputControl().setText("06:00"));
        assertThat(robot.lookup("#windowWarning2").queryLabeled().getText()).startsWith("Fuera del horario permitido")
                .contains("Asia/Kolkata");
        assertThat(robot.lookup("#windowWarning1").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#endTime1").queryTextInputControl().setText("18:7x"));
        assertThat(robot.lookup("#windowProblem1").queryLabeled().getText()).contains("HH:MM");

        robot.interact(() -> robot.lookup("#retriesSpinner").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(2));
        assertThat(robot.lookup("#intervalsField").queryTextInputControl().getText()).isEqualTo("30, 60");
        assertThat(robot.lookup("#retry-nocontesta").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#retry-buzon").queryLabeled().getText()).isEqualTo("buzón de voz");

        TitledPane options = robot.lookup("#optionsPane").queryAs(TitledPane.class);
        assertThat(options.getText()).isEqualTo("Opciones de Tata Smartflo");
        assertThat(options.isExpanded()).as("opened by itself: required options are missing").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.validation().getValidationResult().getErrors()).extracting(ValidationMessage::getText)
                .contains("Escriba el IVR como ivr||<id del IVR>, p. ej. ivr||27845.",
                        "Escriba la hora como HH:MM, p. ej. 08:00.");
        robot.interact(() -> {
            robot.lookup("#option-destination").queryTextInputControl().setText("ivr||27845");
            robot.lookup("#option-caller_id_number").queryTextInputControl().setText("918000000000");
            robot.lookup("#endTime1").queryTextInputControl().setText("18:00");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.validation().getValidationResult().getErrors()).isEmpty();
        assertThat(model.draft().options()).containsEntry("destination", "ivr||27845").containsEntry("timeout", 40);
        assertThat(model.draft().schedules().get(0).retryAfterMinutes()).containsExactly(30, 60);
    }
}
