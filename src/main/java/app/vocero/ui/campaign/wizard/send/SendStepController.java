package app.vocero.ui.campaign.wizard.send;

import app.vocero.ui.common.WrappingTextCell;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds step 6: confirmation, progress, outcomes, the two choices for an unanswered request, the history. */
public final class SendStepController {

    private final SendStepViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label sendSummary;
    @FXML private Button sendButton;
    @FXML private ProgressBar sendProgress;
    @FXML private Label progressText;
    @FXML private Label sendStatus;
    @FXML private TableView<SendStepViewModel.Outcome> outcomesTable;
    @FXML private TableColumn<SendStepViewModel.Outcome, String> indexColumn;
    @FXML private TableColumn<SendStepViewModel.Outcome, String> stepColumn;
    @FXML private TableColumn<SendStepViewModel.Outcome, String> stateColumn;
    @FXML private TableColumn<SendStepViewModel.Outcome, String> idsColumn;
    @FXML private TableColumn<SendStepViewModel.Outcome, String> detailColumn;
    @FXML private Node unknownBox;
    @FXML private Button createdButton;
    @FXML private Button sendAgainButton;
    @FXML private Button openHistoryButton;

    public SendStepController(SendStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sendSummary.setText(viewModel.confirmation());
        sendSummary.sceneProperty().addListener((observable, before, now) -> sendSummary.setText(viewModel.confirmation()));
        sendButton.disableProperty().bind(viewModel.sendingProperty().or(viewModel.campaignIdProperty().isNotNull()));
        sendProgress.progressProperty().bind(viewModel.progressProperty());
        sendProgress.visibleProperty().bind(viewModel.sendingProperty().or(viewModel.campaignIdProperty().isNotNull()));
        progressText.textProperty().bind(viewModel.progressTextProperty());
        sendStatus.textProperty().bind(viewModel.statusProperty());
        outcomesTable.setItems(viewModel.outcomes());
        outcomesTable.setPlaceholder(new Label(resources.getString("wizard.send.outcomes.none")));
        indexColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().index() + 1)));
        stepColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().step()));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().stateText()));
        idsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().ids()));
        detailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().detail()));
        // the provider's answer and an error's detail are read whole: their rows grow rather than cut the text
        idsColumn.setCellFactory(WrappingTextCell.forColumn());
        detailColumn.setCellFactory(WrappingTextCell.forColumn());
        var unknownSelected = Bindings.createBooleanBinding(() -> {
            SendStepViewModel.Outcome selected = outcomesTable.getSelectionModel().getSelectedItem();
            return selected != null && selected.unknown();
        }, outcomesTable.getSelectionModel().selectedItemProperty());
        var anyUnknown = Bindings.createBooleanBinding(() -> viewModel.outcomes().stream().anyMatch(SendStepViewModel.Outcome::unknown),
                viewModel.outcomes());
        unknownBox.visibleProperty().bind(anyUnknown);
        unknownBox.managedProperty().bind(anyUnknown);
        createdButton.disableProperty().bind(unknownSelected.not().or(viewModel.sendingProperty()));
        sendAgainButton.disableProperty().bind(unknownSelected.not().or(viewModel.sendingProperty()));
        openHistoryButton.visibleProperty().bind(viewModel.campaignIdProperty().isNotNull());
        openHistoryButton.disableProperty().bind(viewModel.sendingProperty());
    }

    @FXML
    private void confirmAndSend() {
        ButtonType send = new ButtonType(resources.getString("wizard.send.confirm.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("wizard.send.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.confirmation(), send, cancel);
        alert.setTitle(resources.getString("wizard.send.confirm.title"));
        alert.setHeaderText(resources.getString("wizard.send.confirm.title"));
        alert.getDialogPane().setId("sendConfirmation");
        alert.getDialogPane().lookupButton(send).setId("confirmSend");
        alert.getDialogPane().lookupButton(cancel).setId("cancelSend");
        // Sending cannot be taken back: Enter (and Escape) answer "Cancel"; sending takes a click or Tab + Space.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(send)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (sendButton.getScene() != null) {
            alert.initOwner(sendButton.getScene().getWindow());
        }
        if (alert.showAndWait().filter(send::equals).isPresent()) {
            viewModel.send();
        }
    }

    @FXML
    private void markCreated() {
        settle(true);
    }

    @FXML
    private void sendAgain() {
        settle(false);
    }

    private void settle(boolean created) {
        SendStepViewModel.Outcome selected = outcomesTable.getSelectionModel().getSelectedItem();
        if (selected != null && selected.unknown()) {
            viewModel.settle(selected, created);
        }
    }

    @FXML
    private void openInHistory() {
        viewModel.openInHistory();
    }
}
