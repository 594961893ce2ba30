package app.vocero.ui.contacts;

import app.vocero.domain.ContactListSummary;
import java.io.File;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** Binds the contact lists screen to its view model; the file chooser is the only thing it does itself. */
public final class ContactListsController {

    private final ContactListsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TextField countryField;
    @FXML private Button importButton;
    @FXML private HBox importProgressBar;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Button cancelImportButton;
    @FXML private Label importError;
    @FXML private TextArea importReport;
    @FXML private TableView<ContactListSummary> listsTable;
    @FXML private TableColumn<ContactListSummary, String> nameColumn;
    @FXML private TableColumn<ContactListSummary, Long> rowsColumn;
    @FXML private TableColumn<ContactListSummary, Long> callableColumn;
    @FXML private TableColumn<ContactListSummary, Long> invalidColumn;
    @FXML private TableColumn<ContactListSummary, Long> duplicatesColumn;
    @FXML private TableColumn<ContactListSummary, Long> suppressedColumn;
    @FXML private TableColumn<ContactListSummary, String> importedColumn;
    @FXML private javafx.scene.Node contactListsEmpty;

    public ContactListsController(ContactListsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        countryField.textProperty().bindBidirectional(viewModel.countryProperty());
        importButton.disableProperty().bind(viewModel.importingProperty());
        importProgressBar.visibleProperty().bind(viewModel.importingProperty().or(viewModel.statusProperty().isNotEmpty()));
        importProgressBar.managedProperty().bind(importProgressBar.visibleProperty());
        importProgress.progressProperty().bind(viewModel.progressProperty());
        importProgress.visibleProperty().bind(viewModel.importingProperty());
        importProgress.managedProperty().bind(importProgress.visibleProperty());
        cancelImportButton.visibleProperty().bind(viewModel.importingProperty());
        cancelImportButton.managedProperty().bind(cancelImportButton.visibleProperty());
        importStatus.textProperty().bind(viewModel.statusProperty());
        importError.textProperty().bind(viewModel.errorProperty());
        importError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        importError.managedProperty().bind(importError.visibleProperty());
        importReport.textProperty().bind(viewModel.lastReportProperty());
        importReport.visibleProperty().bind(viewModel.lastReportProperty().isNotEmpty());
        importReport.managedProperty().bind(importReport.visibleProperty());

        listsTable.setItems(viewModel.lists());
        listsTable.visibleProperty().bind(viewModel.emptyProperty().not());
        contactListsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        count(rowsColumn, ContactListSummary::rows);
        count(callableColumn, ContactListSummary::contacts);
        count(invalidColumn, ContactListSummary::invalid);
        count(duplicatesColumn, ContactListSummary::duplicates);
        count(suppressedColumn, ContactListSummary::suppressed);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(resources.getLocale()).withZone(ZoneId.systemDefault());
        importedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(when.format(cell.getValue().importedAt())));
        viewModel.refresh();
    }

    private void count(TableColumn<ContactListSummary, Long> column, ToLongFunction<ContactListSummary> value) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(resources.getLocale());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : numbers.format(item));
            }
        });
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("contactLists.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("contactLists.import.filter"),
                        "*.csv", "*.txt", "*.xlsx", "*.parquet", "*.json"),
                new FileChooser.ExtensionFilter(resources.getString("contactLists.import.allFiles"), "*.*"));
        File chosen = chooser.showOpenDialog(importButton.getScene().getWindow());
        viewModel.importFile(chosen == null ? null : chosen.toPath());
    }

    @FXML
    private void cancelImport() {
        viewModel.cancel();
    }
}
