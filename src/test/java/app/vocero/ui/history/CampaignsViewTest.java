package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import app.vocero.service.Progress;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import app.vocero.ui.shell.ShellViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
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
import org.testfx.util.WaitForAsyncUtils;

/** A campaign whose request got no answer: the user sees it, says it was created, and resumes. */
@ExtendWith(ApplicationExtension.class)
class CampaignsViewTest {

    private SandboxServer sandbox;
    private VoceroApp app;
    private CampaignsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("vocero-history");
        sandbox = SandboxServer.start(0);
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { }));
        app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                null, null, SandboxCredentials.SAEM_API_KEY));
        Files.writeString(dir.resolve("c.csv"), "Nombre;Celular\nJosé;3001234567\n");
        Path draft = Files.writeString(dir.resolve("d.vocero.json"), """
                {"version": 1, "name": "Cobro enero", "provider": "saem", "account": "Saem local",
                 "contacts": {"file": "c.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Juan"},
                 "schedules": [{"start": "2030-01-10T08:00", "end": "2030-01-10T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        sandbox.faults().next(ProviderId.SAEM, Fault.acceptThenDrop());
        app.sender().send(draft, Optional.empty(), Progress.NONE);
        Messages messages = Messages.of(Locale.ENGLISH);
        viewModel = new CampaignsViewModel(app.uiServices().tracker(), app.uiServices().sender(), new SyncTaskRunner(),
                messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new CampaignsController(new ShellViewModel(), viewModel));
        stage.setScene(new Scene(views.load(CampaignsController.class), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
        sandbox.close();
    }

    @Test
    void anUnansweredRequestIsShownSettledAndResumedWithoutASecondCampaign(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        assertThat(campaigns.getItems()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CampaignState.UNKNOWN));
        robot.clickOn("Cobro enero");
        assertThat(robot.lookup("#campaignName").queryLabeled().getText()).isEqualTo("Cobro enero");
        assertThat(robot.lookup("#trackingLabel").queryLabeled().getText()).contains("Saem's API offers no way to follow calls");

        javafx.scene.control.TabPane tabs = robot.lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1)); // Requests
        TableView<Submission> requests = robot.lookup("#requestsTable").queryTableView();
        assertThat(requests.getItems()).hasSize(1);
        assertThat(robot.lookup("#createdButton").query().isVisible()).isFalse();
        robot.clickOn(robot.lookup("#requestsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#createdButton").query().isVisible()).isTrue();

        javafx.scene.control.TextField id = robot.lookup("#settleIdField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> id.setText("  camp-778 "));
        robot.clickOn("#createdButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText()).contains("will not be sent again");
        assertThat(requests.getItems().get(0).state()).isEqualTo(SubmissionState.CONFIRMED);
        assertThat(requests.getItems().get(0).providerIds()).containsEntry("campaignId", "camp-778");
        assertThat(id.getText()).isEmpty();
        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText()).isEqualTo("sent");
        assertThat(campaigns.getItems()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CampaignState.SENT));
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }
}
