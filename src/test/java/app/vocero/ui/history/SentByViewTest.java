package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.service.TrackedCampaign;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import app.vocero.ui.shell.ShellViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
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

/** The history of a team: a "Sent by" column, and the list filtered to one person's campaigns from the combo. */
@ExtendWith(ApplicationExtension.class)
class SentByViewTest {

    private TrackedCampaign campaign;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("vocero-sent-by");
        campaign = TrackedCampaign.tracked(dir);
        TeamHistory.of(campaign, dir);
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        var services = campaign.app.uiServices();
        CampaignsViewModel viewModel = new CampaignsViewModel(services.tracker(), services.sender(), null, null, null,
                new SyncTaskRunner(), messages, Clock.systemDefaultZone());
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new CampaignsController(new ShellViewModel(), viewModel));
        stage.setScene(new Scene(views.load(CampaignsController.class), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        campaign.close();
    }

    @Test
    void choosingAPersonShowsOnlyTheCampaignsTheySent(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        assertThat(campaigns.getColumns()).extracting(column -> column.getText()).contains("Envió");
        assertThat(campaigns.getItems()).hasSize(2);
        assertThat(robot.lookup("PC-VENTAS-3").tryQuery()).isPresent();
        assertThat(robot.lookup("PC-COBROS-1").tryQuery()).isPresent();
        ComboBox<?> people = robot.lookup("#historyBy").queryComboBox();
        assertThat(people.getItems()).extracting(Object::toString)
                .containsExactly("Campañas de todos", "Enviadas por ana", "Enviadas por luis");
        assertThat(people.getValue()).hasToString("Campañas de todos");

        robot.clickOn("#historyBy");
        robot.clickOn("Enviadas por luis");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(campaigns.getItems()).extracting(CampaignRecord::name).containsExactly("Aviso de corte");
        assertThat(robot.lookup("#historyShown").queryLabeled().getText()).isEqualTo("1 de 2 campañas");
        assertThat(robot.lookup("#campaignSentBy").queryLabeled().getText()).isEqualTo("Enviada por luis @ PC-COBROS-1");

        robot.clickOn("#historyClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(campaigns.getItems()).hasSize(2);
        assertThat(people.getValue()).hasToString("Campañas de todos");
    }
}
