package app.vocero.ui.campaign.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import app.vocero.ui.MainWindow;
import app.vocero.ui.campaign.wizard.send.SendStepViewModel;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review's findings and the send's unanswered request, in Spanish, against a sandbox that can misbehave. */
@ExtendWith(ApplicationExtension.class)
class WizardStepsTest {

    private SandboxServer sandbox;
    private VoceroApp app;
    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = Files.createTempDirectory("vocero-wizard-steps");
        sandbox = SandboxServer.start(0);
        app = VoceroApp.open(data, Locale.forLanguageTag("es-CO"), creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { }));
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void close() {
        app.close();
        sandbox.close();
    }

    private void draft(FxRobot robot, String audioId, int lastHour) {
        draft(robot, audioId, lastHour, Map.of("mailbox", false));
    }

    /** A whole Saem draft, its contacts checked by the contacts step as if the user had chosen the file. */
    private void draft(FxRobot robot, String audioId, int lastHour, Map<String, Object> options) {
        LocalDate day = LocalDate.now().plusDays(3);
        robot.interact(() -> {
            window.shell().show(Section.NEW_CAMPAIGN);
            window.newCampaign().newCampaign();
            window.wizard().model().update(draft -> new Draft(1, "Cobro prueba", ProviderId.SAEM, "Saem local",
                    new ContactSource(Path.of("assets/examples/contactos.csv").toAbsolutePath().toString(), null, "CO", Map.of(), null, Map.of()),
                    new Message.Audio(audioId, null, null, 30.0, Map.of()),
                    List.of(new Schedule(day.atTime(9, 0), day.atTime(lastHour, 0), 0, List.of(), List.of(), Map.of())),
                    "America/Bogota", options, Map.of()));
            window.contactsStep().enter();
        });
    }

    @Test
    void anErrorLeadsToItsStepAndAWarningMustBeTickedBeforeSending(FxRobot robot) {
        // an error no step can see alone: an audio id AND an audio to generate (Saem takes one)
        draft(robot, SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 22, Map.of("mailbox", false, "generateAudio",
                Map.of("text", "Hola, le recordamos su pago.", "voice", "Maria", "resource_name", "recordatorio1")));
        robot.clickOn("#crumb-review");
        assertThat(window.wizard().model().step()).isEqualTo(WizardStep.REVIEW);
        assertThat(robot.lookup("#reviewStatus").queryLabeled().getText()).startsWith("1 error impide enviar");
        assertThat(robot.lookup("#finding1 .label").queryLabeled().getText()).contains("audioId");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#goTo1").queryButton().getText()).isEqualTo("Ir al paso 3: Mensaje");

        robot.clickOn("#goTo1");
        assertThat(window.wizard().model().step()).isEqualTo(WizardStep.MESSAGE);
        robot.interact(() -> window.wizard().model().update(draft -> DraftEdits.options(draft, Map.of("mailbox", false))));
        robot.clickOn("#crumb-review");

        assertThat(robot.lookup("#reviewStatus").queryLabeled().getText()).startsWith("1 advertencia");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#acknowledge1");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#nextButton").queryButton().getText()).isEqualTo("Continuar al _envío");
    }

    @Test
    void anUnansweredRequestIsExplainedAndSettledFromTheSendStep(FxRobot robot) {
        draft(robot, SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 18);
        robot.clickOn("#crumb-review");
        robot.clickOn("#nextButton");
        sandbox.faults().next(ProviderId.SAEM, Fault.acceptThenDrop());
        robot.clickOn("#sendButton");
        robot.clickOn("#confirmSend");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<SendStepViewModel.Outcome> outcomes = robot.lookup("#outcomesTable").queryTableView();
        assertThat(outcomes.getItems()).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.UNKNOWN));
        assertThat(robot.lookup("#sendStatus").queryLabeled().getText()).startsWith("Una solicitud no recibió respuesta");
        assertThat(robot.lookup("#unknownBox").query().isVisible()).isTrue();
        assertThat(robot.lookup("#createdButton").queryButton().isDisabled()).isTrue();

        robot.clickOn(robot.lookup("#outcomesTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#createdButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outcomes.getItems()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(SubmissionState.CONFIRMED);
            assertThat(o.stateText()).isEqualTo("creada (usted verificó)");
        });
        assertThat(app.history()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CampaignState.SENT));
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void theKeyboardMovesThroughTheStepsAndEnterOrEscapeNeverSend(FxRobot robot) {
        draft(robot, SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 18);
        robot.clickOn("#crumb-review");
        // Alt + the underlined letter of "Continuar al _envío"
        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E).release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.wizard().model().step()).isEqualTo(WizardStep.SEND);

        robot.clickOn("#sendButton");
        assertThat(robot.lookup("#sendConfirmation").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sendConfirmation").tryQuery()).isEmpty();
        robot.clickOn("#sendButton");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sendConfirmation").tryQuery()).isEmpty();
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
        assertThat(app.history()).isEmpty();

        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.wizard().model().step()).isEqualTo(WizardStep.REVIEW);
    }

    @Test
    void everyUnderlinedLetterOfAWizardPageIsUsedOnce(FxRobot robot) {
        draft(robot, SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 18);
        for (String crumb : List.of("#crumb-provider", "#crumb-contacts", "#crumb-message", "#crumb-schedule",
                "#crumb-review")) {
            robot.clickOn(crumb);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#nextButton").query().getScene().getMnemonics())
                    .as("mnemonics at %s", crumb)
                    .hasSizeGreaterThanOrEqualTo(8) // five sections, drafts, save as, next (and back after step 1)
                    .allSatisfy((combination, mnemonics) -> assertThat(mnemonics.stream()
                            .filter(mnemonic -> mnemonic.getNode().isVisible()).count())
                            .as("Alt+%s", combination).isLessThanOrEqualTo(1));
        }
    }

    @Test
    void aDraftLeftMidWizardIsThereAtItsStepAfterARestart(FxRobot robot) throws Exception {
        draft(robot, SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 18);
        robot.clickOn("#crumb-schedule");
        robot.clickOn("#addWindowButton");
        robot.interact(() -> {
            window.wizard().flush();
            robot.window(0).hide();
        });
        app.close();

        app = VoceroApp.open(data, Locale.forLanguageTag("es-CO"), creating -> Optional.of("clave-de-prueba".toCharArray()));
        robot.interact(() -> {
            Stage again = new Stage();
            window = new MainWindow(again, app.uiServices(), new SyncTaskRunner());
            again.setWidth(1280);
            again.setHeight(800);
            window.show();
            window.shell().show(Section.NEW_CAMPAIGN);
        });
        assertThat(window.newCampaign().drafts()).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("Cobro prueba"));
        TableView<?> drafts = robot.lookup("#draftsTable").queryTableView();
        assertThat(drafts.getItems()).hasSize(1);
        robot.interact(() -> {
            window.newCampaign().selectedProperty().set(window.newCampaign().drafts().get(0));
            window.newCampaign().continueSelected();
        });
        assertThat(window.wizard().model().step()).isEqualTo(WizardStep.SCHEDULE);
        assertThat(window.wizard().model().draft().name()).isEqualTo("Cobro prueba");
        assertThat(window.wizard().model().draft().schedules()).hasSize(2);
    }
}
