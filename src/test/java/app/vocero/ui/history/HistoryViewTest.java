package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.service.AccountService;
import app.vocero.service.CallAgain;
import app.vocero.service.CampaignReport;
import app.vocero.service.CloneCampaign;
import app.vocero.service.DraftService;
import app.vocero.service.Progress;
import app.vocero.service.TrackedCampaign;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import app.vocero.ui.shell.ShellViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history in Spanish at 1280×800 with a tracked Routee campaign and an untracked Saem one: outcomes in Spanish
 * with "not called yet" apart, the per-number table and chart, search and filters, Refresh's visible result, Clone,
 * Call again (and opening the draft), and the report.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private TrackedCampaign campaign;
    private CampaignsViewModel viewModel;
    private final List<String> opened = new ArrayList<>();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("vocero-history-view");
        campaign = TrackedCampaign.tracked(dir);
        campaign.app.accounts().add(new AccountService.NewAccount("Saem local", ProviderId.SAEM,
                campaign.sandbox.baseUrl(ProviderId.SAEM), null, null, SandboxCredentials.SAEM_API_KEY));
        Path saem = Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro enero", "provider": "saem", "account": "Saem local",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Juan"},
                 "schedules": [{"start": "2030-01-10T08:00", "end": "2030-01-10T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        campaign.app.sender().send(saem, Optional.empty(), Progress.NONE);
        var services = campaign.app.uiServices();
        Messages messages = Messages.of(SPANISH);
        viewModel = new CampaignsViewModel(services.tracker(), services.sender(),
                new CloneCampaign(services.tracker(), services.drafts()),
                new CallAgain(services.tracker(), services.drafts(), services.contactLists()),
                new CampaignReport(services.tracker(), ZoneId.of("America/Bogota")), new SyncTaskRunner(), messages,
                Clock.fixed(Instant.parse("2030-12-01T15:42:00Z"), ZoneId.of("America/Bogota")));
        viewModel.useDraftOpener(opened::add);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new CampaignsController(new ShellViewModel(), viewModel));
        stage.setScene(new Scene(views.load(CampaignsController.class), 1280, 800));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        campaign.close();
    }

    private CampaignRecord routee(TableView<CampaignRecord> table) {
        return table.getItems().stream().filter(c -> c.provider() == ProviderId.ROUTEE).findFirst().orElseThrow();
    }

    @Test
    void aTrackedCampaignReadsInSpanishWithOneLinePerNumber(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        assertThat(campaigns.getItems()).hasSize(2);
        robot.interact(() -> campaigns.getSelectionModel().select(routee(campaigns)));
        WaitForAsyncUtils.waitForFxEvents();

        String tracking = robot.lookup("#trackingLabel").queryLabeled().getText();
        assertThat(tracking).contains("Completada: ").doesNotContain("Completed", "NoAnswer", "Busy", "Failed", "{");
        assertThat(robot.lookup("#trackedAtLabel").queryLabeled().getText()).startsWith("Llamadas a las ");
        assertThat(robot.lookup("#notCalledLabel").queryLabeled().isVisible()).isFalse(); // every call ended
        TableView<CampaignsViewModel.OutcomeRow> outcomes = robot.lookup("#outcomesTable").queryTableView();
        assertThat(outcomes.getItems()).hasSize(10);
        assertThat(outcomes.getItems()).extracting(CampaignsViewModel.OutcomeRow::outcomeText)
                .allMatch(text -> List.of("Contestó", "No contestó", "Ocupado", "Falló").contains(text));
        assertThat(outcomes.getItems()).anySatisfy(row -> assertThat(row.name()).isEqualTo("Cliente 0"));
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#outcomeChart").queryAs(BarChart.class);
        List<XYChart.Data<Number, String>> bars = chart.getData().get(0).getData();
        assertThat(bars).extracting(XYChart.Data::getYValue).anySatisfy(name -> assertThat(name).startsWith("Contestó ("));
        assertThat(bars.stream().mapToLong(bar -> bar.getXValue().longValue()).sum()).isEqualTo(10);
        assertThat(robot.lookup("#callAgainButton").queryButton().getText())
                .isEqualTo("Volver a llamar (" + campaign.toCallAgain().size() + ")");
        javafx.scene.control.TabPane tabs = robot.lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2)); // Message and windows: its content joins the scene
        assertThat(robot.lookup("#windowsLabel").queryLabeled().getText()).isEqualTo("1/12/2030 08:00 a 18:00 (America/Bogota), sin reintentos");
        assertThat(robot.lookup("#messageLabel").queryLabeled().getText()).isEqualTo("Texto a voz: \"Su servicio será suspendido mañana.\"");
        assertThat(robot.lookup("#historyUpdated").queryLabeled().getText()).isEqualTo("Actualizado 10:42");
        assertThat(robot.lookup("#campaignSummary").queryLabeled().getText()).isEqualTo("Routee · cuenta Routee · 10 contactos · enviada");
    }

    @Test
    void whatTheFirstFrameDoesNotShowJoinsTheSceneWhenShown(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        CampaignRecord saem = campaigns.getItems().stream().filter(c -> c.provider() == ProviderId.SAEM).findFirst().orElseThrow();
        robot.interact(() -> campaigns.getSelectionModel().select(saem));
        WaitForAsyncUtils.waitForFxEvents();
        // Saem's calls cannot be followed: no bars, no chart in the scene; the tabs not selected are not there yet
        assertThat(robot.lookup("#outcomeChart").tryQuery()).isEmpty();
        assertThat(robot.lookup("#requestsTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#messageLabel").tryQuery()).isEmpty();

        robot.interact(() -> campaigns.getSelectionModel().select(routee(campaigns)));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#outcomeChart").queryAs(BarChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getScene()).isNotNull();
        assertThat(chart.getData().get(0).getData()).isNotEmpty();

        javafx.scene.control.TabPane tabs = robot.lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.clickOn(tabs.getTabs().get(1).getText()); // Requests, as a user selects it
        TableView<?> requests = robot.lookup("#requestsTable").queryTableView();
        assertThat(requests.isVisible()).isTrue();
        assertThat(requests.getItems()).hasSize(viewModel.requests().size()).isNotEmpty();
        assertThat(robot.lookup("#requestsTable .table-row-cell").queryAll()).isNotEmpty();

        robot.clickOn(tabs.getTabs().get(2).getText()); // Message and windows
        assertThat(robot.lookup("#messageLabel").queryLabeled().getText()).startsWith("Texto a voz: ");
        assertThat(robot.lookup("#messageLabel").queryLabeled().isVisible()).isTrue();

        robot.interact(() -> campaigns.getSelectionModel().select(saem)); // another campaign: the page follows
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#outcomeChart").tryQuery()).isEmpty();
        assertThat(robot.lookup("#messageLabel").queryLabeled().getText()).contains("Hola");
    }

    @Test
    void theProviderAnswerIsASentenceAndSaemCannotBeCalledAgain(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        CampaignRecord saem = campaigns.getItems().stream().filter(c -> c.provider() == ProviderId.SAEM).findFirst().orElseThrow();
        robot.interact(() -> campaigns.getSelectionModel().select(saem));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#trackingLabel").queryLabeled().getText()).startsWith("La API de Saem no ofrece");
        assertThat(robot.lookup("#callAgainButton").queryButton().isDisabled()).isTrue();
        assertThat(viewModel.answer(viewModel.requests().get(0)))
                .isEqualTo("Saem: 10 Tigo; 10 registros, 10 créditos, ~30 s");
    }

    @Test
    void searchAndFiltersNarrowTheListAndRefreshSaysWhatItFound(FxRobot robot) {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        robot.clickOn("#historySearch").write("cobro");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(campaigns.getItems()).extracting(CampaignRecord::name).containsExactly("Cobro enero");
        assertThat(robot.lookup("#historyShown").queryLabeled().getText()).isEqualTo("1 de 2 campañas");

        robot.interact(() -> robot.lookup("#historySearch").queryAs(TextField.class).setText(""));
        @SuppressWarnings("unchecked")
        ComboBox<CampaignsController.Choice<ProviderId>> provider = robot.lookup("#historyProvider").queryAs(ComboBox.class);
        robot.interact(() -> provider.getSelectionModel().select(provider.getItems().stream()
                .filter(choice -> choice.value() == ProviderId.ROUTEE).findFirst().orElseThrow()));
        assertThat(campaigns.getItems()).extracting(CampaignRecord::name).containsExactly("Aviso de corte");
        robot.interact(() -> viewModel.toFilterProperty().set(java.time.LocalDate.of(2000, 1, 1)));
        assertThat(campaigns.getItems()).isEmpty();
        assertThat(((Label) campaigns.getPlaceholder()).getText()).isEqualTo("Ninguna campaña coincide con la búsqueda y los filtros.");

        robot.clickOn("#historyClear");
        assertThat(campaigns.getItems()).hasSize(2);
        assertThat(provider.getValue().value()).isNull();
        robot.clickOn("#historyRefresh");
        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText())
                .isEqualTo("Actualizado a las 10:42: 2 campañas en el historial.");
    }

    @Test
    void cloneAndCallAgainMakeDraftsTheWizardOpens(FxRobot robot) throws Exception {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        robot.interact(() -> campaigns.getSelectionModel().select(routee(campaigns)));
        WaitForAsyncUtils.waitForFxEvents();
        DraftService drafts = campaign.app.drafts();

        robot.clickOn("#cloneButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drafts.list()).extracting(saved -> saved.draft().name()).containsExactly("Aviso de corte copia");
        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText())
                .startsWith("Borrador nuevo \"Aviso de corte copia\" en Nueva campaña, guardado en ")
                .contains(campaign.app.dataDirectory().resolve("drafts").toString());

        robot.clickOn("#callAgainButton");
        WaitForAsyncUtils.waitForFxEvents();
        DraftService.Saved redial = drafts.list().stream()
                .filter(saved -> saved.draft().name().equals("Aviso de corte - rellamada")).findFirst().orElseThrow();
        assertThat(redial.draft().contacts().isSavedList()).isTrue();
        assertThat(campaign.app.contactLists().contacts(redial.draft().contacts().list()).orElseThrow().size())
                .isEqualTo(campaign.toCallAgain().size());
        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText())
                .contains("vuelve a llamar a " + campaign.toCallAgain().size() + " contactos");
        Button open = robot.lookup("#openDraftButton").queryButton();
        assertThat(open.isVisible()).isTrue();
        robot.clickOn(open);
        assertThat(opened).containsExactly(redial.id());
    }

    @Test
    void theReportIsExportedWithEveryNumber(FxRobot robot) throws Exception {
        TableView<CampaignRecord> campaigns = robot.lookup("#campaignsTable").queryTableView();
        robot.interact(() -> campaigns.getSelectionModel().select(routee(campaigns)));
        assertThat(viewModel.reportFileName()).isEqualTo("informe Aviso de corte.csv");
        Path file = dir.resolve(viewModel.reportFileName());

        robot.interact(() -> viewModel.exportReport(file));

        assertThat(Files.readAllLines(file)).filteredOn(line -> line.startsWith("'+57")).hasSize(10);
        assertThat(robot.lookup("#campaignStatus").queryLabeled().getText())
                .isEqualTo("Informe escrito en " + file + " (10 números).");
    }
}
