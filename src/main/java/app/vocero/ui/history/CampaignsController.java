package app.vocero.ui.history;

import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Submission;
import app.vocero.ui.shell.Section;
import app.vocero.ui.shell.ShellViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The campaigns history: binds the list, the selected campaign's page and its buttons. */
public final class CampaignsController {

    private final ShellViewModel shell;
    private final CampaignsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Node campaignsEmpty;
    @FXML private Node campaignsContent;
    @FXML private TableView<CampaignRecord> campaignsTable;
    @FXML private TableColumn<CampaignRecord, String> nameColumn;
    @FXML private TableColumn<CampaignRecord, String> providerColumn;
    @FXML private TableColumn<CampaignRecord, String> stateColumn;
    @FXML private TableColumn<CampaignRecord, String> createdColumn;
    @FXML private Node campaignPage;
    @FXML private Label campaignName;
    @FXML private Label campaignSummary;
    @FXML private TableView<Submission> requestsTable;
    @FXML private TableColumn<Submission, String> stepColumn;
    @FXML private TableColumn<Submission, String> requestStateColumn;
    @FXML private TableColumn<Submission, String> detailColumn;
    @FXML private Label trackingLabel;
    @FXML private Label campaignStatus;
    @FXML private Button refreshTrackingButton;
    @FXML private Button resumeButton;
    @FXML private Button createdButton;
    @FXML private Button sendAgainButton;
    @FXML private Node settleButtons;
    @FXML private javafx.scene.control.TextField settleIdField;

    public CampaignsController(ShellViewModel shell, CampaignsViewModel viewModel) {
        this.shell = shell;
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(resources.getLocale()).withZone(ZoneId.systemDefault());
        campaignsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        campaignsContent.visibleProperty().bind(viewModel.emptyProperty().not());
        campaignsTable.setItems(viewModel.campaigns());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        providerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().provider().displayName()));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(state(cell.getValue().state().name())));
        createdColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(when.format(cell.getValue().createdAt())));
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && campaignsTable.getSelectionModel().getSelectedItem() != now) {
                campaignsTable.getSelectionModel().select(now);
            }
            campaignName.setText(now == null ? "" : now.name());
            campaignSummary.setText(now == null ? "" : String.format(resources.getLocale(),
                    resources.getString("campaigns.summary"), now.provider().displayName(), now.account(), now.contacts(),
                    state(now.state().name())));
        });
        campaignsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        campaignPage.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        requestsTable.setItems(viewModel.requests());
        stepColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper("#" + (cell.getValue().index() + 1) + " " + cell.getValue().step()));
        requestStateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                resources.getString("campaigns.request." + cell.getValue().state().name().toLowerCase(Locale.ROOT))));
        detailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(detail(cell.getValue())));
        viewModel.selectedRequestProperty().bind(requestsTable.getSelectionModel().selectedItemProperty());
        trackingLabel.textProperty().bind(viewModel.trackingProperty());
        campaignStatus.textProperty().bind(viewModel.statusProperty());
        refreshTrackingButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.trackableProperty().not()));
        resumeButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.sentProperty()));
        createdButton.visibleProperty().bind(viewModel.unknownSelectedProperty());
        sendAgainButton.visibleProperty().bind(viewModel.unknownSelectedProperty());
        settleButtons.visibleProperty().bind(viewModel.unknownSelectedProperty());
        settleButtons.managedProperty().bind(settleButtons.visibleProperty());
        settleIdField.textProperty().bindBidirectional(viewModel.settleIdProperty());
        viewModel.refresh();
    }

    private String state(String name) {
        return resources.getString("campaigns.state." + name.toLowerCase(Locale.ROOT));
    }

    private static String detail(Submission submission) {
        if (submission.errorMessage() != null) {
            return (submission.errorCode() == null ? "" : submission.errorCode() + ": ")
                    + submission.errorMessage().replace('\n', ' ');
        }
        return submission.providerIds().isEmpty() ? "" : submission.providerIds().toString();
    }

    @FXML
    private void createCampaign() {
        shell.show(Section.NEW_CAMPAIGN);
    }

    @FXML
    private void refreshTracking() {
        viewModel.refreshTracking();
    }

    @FXML
    private void resume() {
        viewModel.resume();
    }

    @FXML
    private void markCreated() {
        viewModel.settle(true);
    }

    @FXML
    private void markSendAgain() {
        viewModel.settle(false);
    }
}
