package app.vocero.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.DraftService;
import app.vocero.service.TestDrafts;
import app.vocero.store.Database;
import app.vocero.store.DraftRepository;
import app.vocero.ui.MainWindow;
import app.vocero.ui.campaign.wizard.DraftEdits;
import app.vocero.ui.common.SyncTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's drafts shared with another desktop through the database: the list says who changed a draft, and a
 * draft saved on the other desktop while it is edited here is not overwritten — this version goes on as a new draft
 * and the wizard says so.
 */
@ExtendWith(ApplicationExtension.class)
class SharedDraftsInWindowTest {

    private VoceroApp app;
    private Database other;
    private DraftService eva;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("vocero-shared-drafts");
        app = VoceroApp.open(data, Locale.ENGLISH);
        other = Database.open(data, Messages.of(Locale.ENGLISH));
        eva = TestDrafts.on(other, data.resolve("eva"), Clock.systemUTC(), new DraftRepository.Author("eva", "pc-2"));
        window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void close() {
        app.close();
        other.close();
    }

    private static Draft draft(String name) {
        return new Draft(1, name, ProviderId.SAEM, "Sandbox Saem",
                new ContactSource(Path.of("assets/examples/contactos.csv").toAbsolutePath().toString(), null, "CO",
                        Map.of(), null, Map.of()), null, List.of(), "America/Bogota", Map.of(), Map.of());
    }

    @Test
    void aDraftSavedOnAnotherDesktopWhileEditedHereIsKeptAndThisVersionGoesOnAsANewDraft(FxRobot robot) {
        String mine = app.drafts().create(draft("Cobro enero"));
        robot.clickOn("#navNewCampaign");
        TableView<NewCampaignViewModel.DraftRow> drafts = robot.lookup("#draftsTable").queryTableView();
        TableColumn<?, ?> changedBy = drafts.getColumns().get(drafts.getColumns().size() - 1);
        assertThat(changedBy.isVisible()).as("nobody else changed a draft").isFalse();

        eva.create(draft("Recordatorio"));
        robot.interact(() -> window.newCampaign().refresh());
        assertThat(changedBy.isVisible()).isTrue();
        assertThat(changedBy.getText()).isEqualTo("Changed by");
        assertThat(drafts.getItems()).extracting(NewCampaignViewModel.DraftRow::name, NewCampaignViewModel.DraftRow::changedBy)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Recordatorio", "eva@pc-2"),
                        org.assertj.core.groups.Tuple.tuple("Cobro enero", ""));

        robot.clickOn("Cobro enero");
        robot.clickOn("#continueButton");
        eva.open(mine);
        eva.save(mine, DraftEdits.name(draft("Cobro enero"), "Cobro enero (Eva)"));
        robot.clickOn("#nameField").write(" bis");
        robot.interact(() -> window.wizard().flush());

        String copy = window.wizard().draftId();
        assertThat(copy).isNotEqualTo(mine);
        assertThat(robot.lookup("#saveStatus").queryLabeled().getText())
                .contains("eva@pc-2 saved this draft").contains("\"Cobro enero bis (my changes)\"");
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("Cobro enero bis (my changes)");
        robot.interact(() -> window.wizard().flush());
        assertThat(app.drafts().open(mine).orElseThrow().draft().name()).isEqualTo("Cobro enero (Eva)");
        assertThat(app.drafts().open(copy).orElseThrow().draft().name()).isEqualTo("Cobro enero bis (my changes)");

        robot.clickOn("#draftsButton");
        assertThat(drafts.getItems()).extracting(NewCampaignViewModel.DraftRow::name)
                .containsExactlyInAnyOrder("Cobro enero bis (my changes)", "Cobro enero (Eva)", "Recordatorio");
    }
}
