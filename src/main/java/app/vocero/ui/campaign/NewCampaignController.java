package app.vocero.ui.campaign;

import java.io.File;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** The saved drafts and, while one is edited, the wizard. */
public final class NewCampaignController {

    private final NewCampaignViewModel viewModel;
    private final Supplier<Parent> wizardView;

    @FXML private ResourceBundle resources;
    @FXML private Node draftsPage;
    @FXML private StackPane wizardHolder;
    @FXML private TableView<NewCampaignViewModel.DraftRow> draftsTable;
    @FXML private TableColumn<NewCampaignViewModel.DraftRow, String> nameColumn;
    @FXML private TableColumn<NewCampaignViewModel.DraftRow, String> providerColumn;
    @FXML private TableColumn<NewCampaignViewModel.DraftRow, String> contactsColumn;
    @FXML private TableColumn<NewCampaignViewModel.DraftRow, String> changedColumn;
    @FXML private TableColumn<NewCampaignViewModel.DraftRow, String> changedByColumn;
    @FXML private Button continueButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Label draftsStatus;
    @FXML private Node draftsEmpty;

    public NewCampaignController(NewCampaignViewModel viewModel, Supplier<Parent> wizardView) {
        this.viewModel = viewModel;
        this.wizardView = wizardView;
    }

    @FXML
    private void initialize() {
        draftsTable.setItems(viewModel.drafts());
        draftsTable.setPlaceholder(new Label(resources.getString("drafts.none")));
        draftsTable.visibleProperty().bind(viewModel.emptyProperty().not());
        draftsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        providerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().provider()));
        contactsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().contacts()));
        changedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().changed()));
        changedColumn.setComparator((a, b) -> 0);
        changedByColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().changedBy()));
        changedByColumn.visibleProperty().bind(viewModel.sharedProperty());
        draftsTable.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != draftsTable.getSelectionModel().getSelectedItem()) {
                draftsTable.getSelectionModel().select(now);
            }
        });
        draftsTable.setRowFactory(table -> {
            javafx.scene.control.TableRow<NewCampaignViewModel.DraftRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.continueSelected();
                }
            });
            return row;
        });
        var none = viewModel.selectedProperty().isNull();
        continueButton.disableProperty().bind(none);
        duplicateButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        draftsStatus.textProperty().bind(viewModel.statusProperty());
        draftsPage.visibleProperty().bind(viewModel.editingProperty().not());
        wizardHolder.visibleProperty().bind(viewModel.editingProperty());
        viewModel.editingProperty().addListener((observable, was, now) -> showWizard(now));
        showWizard(viewModel.editingProperty().get());
        viewModel.refresh();
    }

    private void showWizard(boolean editing) {
        if (editing && wizardHolder.getChildren().isEmpty()) {
            wizardHolder.getChildren().setAll(wizardView.get());
        }
    }

    @FXML
    private void newCampaign() {
        viewModel.newCampaign();
    }

    @FXML
    private void continueDraft() {
        viewModel.continueSelected();
    }

    @FXML
    private void duplicateDraft() {
        viewModel.duplicateSelected();
    }

    @FXML
    private void deleteDraft() {
        viewModel.deleteSelected();
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("drafts.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("wizard.fileType"), "*.vocero.json", "*.json"));
        File file = chooser.showOpenDialog(draftsTable.getScene().getWindow());
        if (file != null) {
            viewModel.openFile(Path.of(file.getPath()));
        }
    }
}
