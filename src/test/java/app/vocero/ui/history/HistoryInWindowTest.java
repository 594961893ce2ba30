package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.TrackedCampaign;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real window: Call again, then "Open in the wizard" continues the new draft in New campaign. */
@ExtendWith(ApplicationExtension.class)
class HistoryInWindowTest {

    private TrackedCampaign campaign;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("vocero-history-window");
        campaign = TrackedCampaign.tracked(dir);
        window = new MainWindow(stage, campaign.app.uiServices(), new SyncTaskRunner());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void close() {
        campaign.close();
    }

    @Test
    void callAgainOpensItsDraftInTheWizard(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        assertThat(campaigns.getItems()).singleElement().satisfies(c -> assertThat(c.provider()).isEqualTo(ProviderId.ROUTEE));
        robot.clickOn("Aviso de corte");

        robot.clickOn("#callAgainButton");
        WaitForAsyncUtils.waitForFxEvents();
        String draftId = window.campaigns().newDraftProperty().get();
        assertThat(draftId).isNotNull();
        robot.clickOn("#openDraftButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.shell().section()).isEqualTo(Section.NEW_CAMPAIGN);
        assertThat(robot.lookup("#navNewCampaign").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(window.wizard().draftId()).isEqualTo(draftId);
        assertThat(window.newCampaign().editingProperty().get()).isTrue();
        assertThat(window.wizard().model().draft().name()).isEqualTo("Aviso de corte - redial");
    }
}
