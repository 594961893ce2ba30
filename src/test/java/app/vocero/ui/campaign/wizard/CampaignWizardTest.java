package app.vocero.ui.campaign.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.service.Countries;
import app.vocero.ui.MainWindow;
import app.vocero.ui.campaign.wizard.review.ReviewStepViewModel;
import app.vocero.ui.campaign.NewCampaignViewModel;
import app.vocero.ui.campaign.wizard.schedule.ZoneChoice;
import app.vocero.ui.campaign.wizard.send.SendStepViewModel;
import app.vocero.ui.common.SyncTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
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

/** The wizard in the real window on a temporary data directory, sending through the built-in sandbox. */
@ExtendWith(ApplicationExtension.class)
class CampaignWizardTest {

    private VoceroApp app;
    private MainWindow window;
    private Path examples;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("vocero-wizard");
        app = VoceroApp.open(data, Locale.ENGLISH);
        examples = Path.of("assets/examples").toAbsolutePath();
        window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private CampaignWizardModel model() {
        return window.wizard().model();
    }

    private void pickAccount(FxRobot robot, String name) {
        ComboBox<Account> accounts = robot.lookup("#accountChoice").queryComboBox();
        robot.interact(() -> accounts.getSelectionModel().select(
                accounts.getItems().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()));
    }

    /** What the contacts and message steps (built elsewhere) would write: the example CSV and a sandbox audio. */
    private void contactsAndAudio(FxRobot robot) {
        robot.interact(() -> model().update(draft -> new Draft(draft.version(), draft.name(), draft.provider(), draft.account(),
                new ContactSource(examples.resolve("contactos.csv").toString(), null, "CO", Map.of(), null, Map.of()),
                new Message.Audio(SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, null, null, 30.0, Map.of()),
                draft.schedules(), draft.timezone(), draft.options(), draft.extra())));
        robot.interact(() -> window.contactsStep().enter());
    }

    @Test
    void stepsAreReachedInOrderGoingBackKeepsInputAndDraftsAreContinuedDuplicatedAndDeleted(FxRobot robot) {
        robot.clickOn("#navNewCampaign");
        robot.clickOn("#newCampaignButton");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#crumb-contacts").queryButton().isDisabled()).isTrue();

        pickAccount(robot, "Sandbox Saem");
        robot.clickOn("#nameField").write("Cobro enero");
        assertThat(robot.lookup("#typeAudio").tryQuery()).isPresent();
        assertThat(robot.lookup("#typeTts").tryQuery()).isPresent();
        robot.clickOn("#typeAudio");
        assertThat(model().draft().message()).isInstanceOf(Message.Audio.class);
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#nextButton");
        assertThat(model().step()).isEqualTo(WizardStep.CONTACTS);
        assertThat(robot.lookup("#crumb-contacts").queryButton().getStyleClass()).contains("current");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();

        contactsAndAudio(robot);
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        assertThat(model().step()).isEqualTo(WizardStep.SCHEDULE);
        robot.clickOn("#addWindowButton");
        assertThat(model().draft().schedules()).hasSize(1);

        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        robot.clickOn("#crumb-provider");
        assertThat(model().step()).isEqualTo(WizardStep.PROVIDER);
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("Cobro enero");
        assertThat(robot.lookup("#accountChoice").queryComboBox().getValue()).extracting("name").isEqualTo("Sandbox Saem");
        robot.clickOn("#crumb-schedule");
        assertThat(model().draft().schedules()).hasSize(1);
        assertThat(robot.lookup("#startTime1").queryTextInputControl().getText()).isEqualTo("08:00");

        robot.clickOn("#draftsButton");
        TableView<NewCampaignViewModel.DraftRow> drafts = robot.lookup("#draftsTable").queryTableView();
        assertThat(drafts.getItems()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Cobro enero");
            assertThat(row.provider()).isEqualTo("Saem");
            assertThat(row.contacts()).isEqualTo("contactos.csv");
        });
        robot.clickOn("Cobro enero");
        robot.clickOn("#duplicateButton");
        assertThat(drafts.getItems()).extracting(NewCampaignViewModel.DraftRow::name)
                .containsExactlyInAnyOrder("Cobro enero", "Cobro enero (copy)");
        robot.clickOn("#deleteButton");
        assertThat(drafts.getItems()).extracting(NewCampaignViewModel.DraftRow::name).containsExactly("Cobro enero");

        robot.clickOn("Cobro enero");
        robot.clickOn("#continueButton");
        assertThat(model().step()).isEqualTo(WizardStep.SCHEDULE);
        assertThat(model().draft().name()).isEqualTo("Cobro enero");
    }

    @Test
    void aSaemStandardCampaignWithTwoWindowsCreatesTwoSaemCampaignsFoundInTheHistory(FxRobot robot) {
        robot.clickOn("#navNewCampaign");
        robot.clickOn("#newCampaignButton");
        pickAccount(robot, "Sandbox Saem");
        robot.clickOn("#nameField").write("Cobro dos horarios");
        robot.clickOn("#typeAudio");
        robot.clickOn("#nextButton");
        contactsAndAudio(robot);
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");

        ComboBox<ZoneChoice> zones = robot.lookup("#zoneChoice").queryComboBox();
        robot.interact(() -> zones.getSelectionModel().select(zones.getItems().stream()
                .filter(zone -> zone.id().equals("America/Bogota")).findFirst().orElseThrow()));
        robot.clickOn("#addWindowButton");
        robot.clickOn("#addWindowButton");
        assertThat(model().draft().schedules()).hasSize(2);
        assertThat(model().draft().timezone()).isEqualTo("America/Bogota");
        assertThat(robot.lookup("#windowWarning1").query().isVisible()).isFalse();
        robot.clickOn("#nextButton");

        assertThat(model().step()).isEqualTo(WizardStep.REVIEW);
        assertThat(window.wizard().stepModel(WizardStep.REVIEW).orElseThrow().completeProperty().get()).isTrue();
        assertThat(robot.lookup("#estimateBox .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("Contacts called: 3", "2 windows = 2 Saem campaigns, every contact called in each");
        // Saem takes both windows in one request (configProgramming) and makes a campaign of each
        var review = (app.vocero.ui.campaign.wizard.review.ReviewStepViewModel) window.wizard().stepModel(WizardStep.REVIEW).orElseThrow();
        assertThat(review.requests()).singleElement().satisfies(request -> {
            assertThat(request.body()).contains("\"subService\":\"standard\"");
            assertThat(request.body().split("\"dateStart\"", -1)).hasSize(3);
        });
        assertThat(robot.lookup("#request1").tryQuery()).isPresent();
        robot.clickOn("#nextButton");

        assertThat(model().step()).isEqualTo(WizardStep.SEND);
        assertThat(robot.lookup("#sendSummary").queryLabeled().getText()).contains("3 contacts").contains("2 provider campaigns");
        robot.clickOn("#sendButton");
        robot.clickOn("#confirmSend");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<SendStepViewModel.Outcome> outcomes = robot.lookup("#outcomesTable").queryTableView();
        // 3 contacts in each of the 2 campaigns Saem created
        assertThat(outcomes.getItems()).singleElement().satisfies(outcome -> {
            assertThat(outcome.state()).isEqualTo(SubmissionState.ACCEPTED);
            assertThat(outcome.ids()).startsWith("Saem: ").contains("3 records", "6 credits");
        });
        robot.clickOn("#openHistoryButton");

        TableView<CampaignRecord> history = robot.lookup("#campaignsTable").queryTableView();
        assertThat(history.getSelectionModel().getSelectedItem()).satisfies(campaign -> {
            assertThat(campaign.name()).isEqualTo("Cobro dos horarios");
            assertThat(campaign.state()).isEqualTo(CampaignState.SENT);
        });
        List<CampaignRecord> all = app.history();
        assertThat(all).singleElement().extracting(CampaignRecord::provider).isEqualTo(ProviderId.SAEM);
    }

    @Test
    void aTextToSpeechCampaignFromACsvGoesThroughEveryStepToTheSandboxAndIntoTheHistory(FxRobot robot) {
        robot.clickOn("#navNewCampaign");
        robot.clickOn("#newCampaignButton");
        pickAccount(robot, "Sandbox Saem");
        robot.clickOn("#nameField").write("Cobro por voz");
        robot.clickOn("#typeTts");
        robot.clickOn("#nextButton");

        // step 2: the file the user chose (the file chooser and drag-and-drop hand the step a path)
        assertThat(model().step()).isEqualTo(WizardStep.CONTACTS);
        robot.interact(() -> {
            window.contactsStep().chooseCountry(Countries.supported().stream()
                    .filter(country -> country.region().equals("CO")).findFirst().orElseThrow());
            window.contactsStep().chooseFile(examples.resolve("contactos.csv"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().imported()).isNotNull();
        assertThat(model().imported().uniqueValid()).isEqualTo(3);
        robot.clickOn("#nextButton");

        // step 3: a template typed by the user, a tag from the palette
        assertThat(model().step()).isEqualTo(WizardStep.MESSAGE);
        robot.clickOn("#templateEditor").write("Hola <N>, su saldo es ");
        robot.interact(() -> {
            javafx.scene.control.TextArea editor = robot.lookup("#templateEditor").queryAs(javafx.scene.control.TextArea.class);
            editor.positionCaret(editor.getLength());
        });
        robot.lookup(".tag-button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> button.getText().contains("{S}")).findFirst()
                .ifPresent(button -> robot.clickOn(button));
        assertThat(((Message.Tts) model().draft().message()).template()).isEqualTo("Hola <N>, su saldo es {S}");
        robot.clickOn("#nextButton");

        // step 4: one window in Bogotá's time
        assertThat(model().step()).isEqualTo(WizardStep.SCHEDULE);
        ComboBox<ZoneChoice> zones = robot.lookup("#zoneChoice").queryComboBox();
        robot.interact(() -> zones.getSelectionModel().select(zones.getItems().stream()
                .filter(zone -> zone.id().equals("America/Bogota")).findFirst().orElseThrow()));
        robot.clickOn("#addWindowButton");
        robot.clickOn("#nextButton");

        // step 5: the pre-flight the command line runs
        assertThat(model().step()).isEqualTo(WizardStep.REVIEW);
        var review = (ReviewStepViewModel) window.wizard().stepModel(WizardStep.REVIEW).orElseThrow();
        assertThat(review.requests()).singleElement().satisfies(request -> {
            assertThat(request.body()).contains("\"subService\":\"custom\"");
            assertThat(request.body()).contains("su saldo es $");
        });
        for (javafx.scene.Node tick : robot.lookup(node -> node.getId() != null && node.getId().startsWith("acknowledge"))
                .queryAll()) {
            robot.clickOn(tick);
        }
        robot.clickOn("#nextButton");

        // step 6: confirm, send, and find it in the history
        assertThat(model().step()).isEqualTo(WizardStep.SEND);
        robot.clickOn("#sendButton");
        robot.clickOn("#confirmSend");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<SendStepViewModel.Outcome> outcomes = robot.lookup("#outcomesTable").queryTableView();
        assertThat(outcomes.getItems()).singleElement().satisfies(outcome ->
                assertThat(outcome.state()).isEqualTo(SubmissionState.ACCEPTED));
        robot.clickOn("#openHistoryButton");
        TableView<CampaignRecord> history = robot.lookup("#campaignsTable").queryTableView();
        assertThat(history.getSelectionModel().getSelectedItem()).satisfies(campaign -> {
            assertThat(campaign.name()).isEqualTo("Cobro por voz");
            assertThat(campaign.state()).isEqualTo(CampaignState.SENT);
            assertThat(campaign.contacts()).isEqualTo(3);
        });
    }
}
