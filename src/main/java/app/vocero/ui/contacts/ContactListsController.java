package app.vocero.ui.contacts;

import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Reject;
import app.vocero.ui.common.BreakdownChart;
import app.vocero.ui.common.Confirmation;
import app.vocero.ui.common.CountCard;
import app.vocero.ui.common.FileChoosers;
import app.vocero.ui.common.FilePicker;
import app.vocero.ui.common.RowWindow;
import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Binds the contact lists screen to its view model; file dialogs and questions are the only things it does itself. */
public final class ContactListsController {

    private final ContactListsViewModel viewModel;
    private final FilePicker files;
    private RowWindow<Reject> rejectRows;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.control.ScrollPane contactListsScroll;
    @FXML private TextField countryField;
    @FXML private Button importButton;
    @FXML private HBox importProgressBar;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Button cancelImportButton;
    @FXML private Label importError;
    @FXML private Label noticeLabel;
    @FXML private TableView<ContactListSummary> listsTable;
    @FXML private TableColumn<ContactListSummary, String> nameColumn;
    @FXML private TableColumn<ContactListSummary, Long> rowsColumn;
    @FXML private TableColumn<ContactListSummary, Long> callableColumn;
    @FXML private TableColumn<ContactListSummary, Long> invalidColumn;
    @FXML private TableColumn<ContactListSummary, Long> duplicatesColumn;
    @FXML private TableColumn<ContactListSummary, Long> suppressedColumn;
    @FXML private TableColumn<ContactListSummary, String> importedColumn;
    @FXML private TableColumn<ContactListSummary, String> importedByColumn;
    @FXML private Node contactListsEmpty;
    @FXML private VBox reportPane;
    @FXML private Label chooseHint;
    @FXML private Label reportTitle;
    @FXML private Label reportDetails;
    @FXML private Button exportReadyButton;
    @FXML private Button renameButton;
    @FXML private Button deleteButton;
    @FXML private CountCard readyCard;
    @FXML private CountCard invalidCard;
    @FXML private CountCard duplicatesCard;
    @FXML private CountCard suppressedCard;
    @FXML private Label rejectsNote;
    @FXML private Button exportRejectsButton;
    @FXML private TableView<Reject> rejectsTable;
    @FXML private ScrollBar rejectsScroll;
    @FXML private TableColumn<Reject, Long> rejectRowColumn;
    @FXML private TableColumn<Reject, String> rejectValueColumn;
    @FXML private TableColumn<Reject, String> rejectReasonColumn;
    @FXML private BreakdownChart countryChart;
    @FXML private BreakdownChart operatorChart;

    public ContactListsController(ContactListsViewModel viewModel) {
        this(viewModel, FilePicker.SYSTEM_DIALOGS);
    }

    public ContactListsController(ContactListsViewModel viewModel, FilePicker files) {
        this.viewModel = viewModel;
        this.files = files;
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
        shown(importError, viewModel.errorProperty());
        shown(noticeLabel, viewModel.noticeProperty());
        bindLists();
        bindReport();
        bindRejects();
        viewModel.refresh();
        // shown again from the sidebar: read again what the command line may have imported meanwhile
        contactListsScroll.sceneProperty().addListener((observable, before, now) -> {
            if (before == null && now != null && !viewModel.importingProperty().get()) {
                viewModel.refresh();
            }
        });
    }

    private void bindLists() {
        listsTable.setItems(viewModel.lists());
        listsTable.setPlaceholder(new Label(resources.getString("contactLists.empty.title")));
        listsTable.visibleProperty().bind(viewModel.emptyProperty().not());
        listsTable.managedProperty().bind(listsTable.visibleProperty());
        contactListsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        contactListsEmpty.managedProperty().bind(contactListsEmpty.visibleProperty());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        nameColumn.setCellFactory(ignored -> textCell(Function.identity()));
        count(rowsColumn, ContactListSummary::rows);
        count(callableColumn, ContactListSummary::contacts);
        count(invalidColumn, ContactListSummary::invalid);
        count(duplicatesColumn, ContactListSummary::duplicates);
        count(suppressedColumn, ContactListSummary::suppressed);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(app.vocero.ui.campaign.wizard.Formats.of(resources.getLocale())).withZone(ZoneId.systemDefault());
        importedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(when.format(cell.getValue().importedAt())));
        importedColumn.setCellFactory(ignored -> textCell(Function.identity()));
        // the user in the table, the user and computer in the tooltip and the report line
        importedByColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().madeBy() == null
                ? resources.getString("who.unknown") : cell.getValue().madeBy().user()));
        importedByColumn.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ContactListSummary list = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(list == null ? null : new Tooltip(list.madeBy() == null
                        ? resources.getString("who.unknown.tooltip") : list.madeBy().display()));
            }
        });
        // the user chooses a list; a table refilled by a refresh keeps the view model's choice
        listsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && !now.equals(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> selectInTable());
        listsTable.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE) {
                delete();
            } else if (event.getCode() == javafx.scene.input.KeyCode.F2) {
                rename();
            }
        });
        viewModel.lists().addListener((ListChangeListener<ContactListSummary>) change -> selectInTable());
    }

    private void selectInTable() {
        ContactListSummary chosen = viewModel.selectedProperty().get();
        if (chosen == null) {
            listsTable.getSelectionModel().clearSelection();
        } else if (!chosen.equals(listsTable.getSelectionModel().getSelectedItem())) {
            listsTable.getSelectionModel().select(chosen);
        }
    }

    private void bindReport() {
        reportPane.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        reportPane.managedProperty().bind(reportPane.visibleProperty());
        chooseHint.visibleProperty().bind(viewModel.selectedProperty().isNull().and(viewModel.emptyProperty().not())
                .and(viewModel.reportProperty().isNull()));
        chooseHint.managedProperty().bind(chooseHint.visibleProperty());
        reportTitle.textProperty().bind(viewModel.reportTitleProperty());
        reportDetails.textProperty().bind(viewModel.reportDetailsProperty());
        reportDetails.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(viewModel.reportDetailsProperty().get()), viewModel.reportDetailsProperty()));
        readyCard.countProperty().bind(viewModel.readyProperty());
        invalidCard.countProperty().bind(viewModel.invalidProperty());
        duplicatesCard.countProperty().bind(viewModel.duplicatesProperty());
        suppressedCard.countProperty().bind(viewModel.suppressedProperty());
        var noList = viewModel.selectedProperty().isNull().or(viewModel.workingProperty())
                .or(viewModel.importingProperty());
        renameButton.disableProperty().bind(noList);
        deleteButton.disableProperty().bind(noList);
        exportReadyButton.disableProperty().bind(viewModel.workingProperty());
        for (BreakdownChart chart : java.util.List.of(countryChart, operatorChart)) {
            chart.useLocale(resources.getLocale());
        }
        viewModel.countryChartProperty().addListener((observable, before, now) -> countryChart.show(now));
        viewModel.operatorChartProperty().addListener((observable, before, now) -> operatorChart.show(now));
        countryChart.show(viewModel.countryChartProperty().get());
        operatorChart.show(viewModel.operatorChartProperty().get());
    }

    private void bindRejects() {
        rejectRows = new RowWindow<>(rejectsTable, rejectsScroll);
        rejectRows.setRows(viewModel.rejectsProperty().get());
        viewModel.rejectsProperty().addListener((observable, before, now) -> rejectRows.setRows(now));
        rejectsTable.setPlaceholder(new Label(resources.getString("contactLists.rejects.empty")));
        shown(rejectsNote, viewModel.rejectsNoteProperty());
        String language = resources.getLocale().getLanguage().isEmpty() ? "en" : resources.getLocale().getLanguage();
        NumberFormat numbers = NumberFormat.getIntegerInstance(resources.getLocale());
        rejectRowColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row()));
        rejectRowColumn.setCellFactory(ignored -> textCell(numbers::format));
        rejectValueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        rejectValueColumn.setCellFactory(ignored -> textCell(Function.identity()));
        rejectReasonColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reasonText(language)));
        rejectReasonColumn.setCellFactory(ignored -> textCell(Function.identity()));
        exportRejectsButton.disableProperty().bind(viewModel.workingProperty()
                .or(Bindings.createBooleanBinding(() -> viewModel.rejectsProperty().get().isEmpty(),
                        viewModel.rejectsProperty())));
    }

    private void count(TableColumn<ContactListSummary, Long> column, ToLongFunction<ContactListSummary> value) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(resources.getLocale());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
        column.setCellFactory(ignored -> textCell(numbers::format));
    }

    /** A cell showing its value as text, the whole of it in a tooltip when the column is too narrow. */
    private static <S, T> TableCell<S, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : text.apply(item);
                setText(shown);
                setTooltip(shown == null || shown.isEmpty() ? null : new Tooltip(shown));
            }
        };
    }

    private static void shown(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private javafx.stage.Window window() {
        return importButton.getScene() == null ? null : importButton.getScene().getWindow();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = FileChoosers.contactFile(resources.getString("contactLists.import.choose"),
                resources.getString("contactLists.import.filter"), resources.getString("contactLists.import.allFiles"));
        File chosen = files.pick(chooser, window(), false);
        viewModel.importFile(chosen == null ? null : chosen.toPath());
    }

    @FXML
    private void cancelImport() {
        viewModel.cancel();
    }

    @FXML
    private void exportRejects() {
        viewModel.exportRejects(saveTo("contactLists.rejects.exportTitle", "contactLists.rejects.fileName"));
    }

    @FXML
    private void exportReady() {
        viewModel.exportReady(saveTo("contactLists.ready.exportTitle", "contactLists.ready.fileName"));
    }

    private Path saveTo(String titleKey, String fileNameKey) {
        FileChooser chooser = FileChoosers.csv(resources.getString(titleKey), viewModel.exportName(fileNameKey),
                resources.getString("contactLists.csvFilter"));
        File chosen = files.pick(chooser, window(), true);
        return chosen == null ? null : chosen.toPath();
    }

    @FXML
    private void rename() {
        ContactListSummary list = viewModel.selectedProperty().get();
        if (list == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(list.name());
        dialog.setTitle(resources.getString("contactLists.rename.title"));
        dialog.setHeaderText(resources.getString("contactLists.rename.title"));
        dialog.setContentText(resources.getString("contactLists.rename.label"));
        dialog.getDialogPane().setId("renameDialog");
        dialog.getEditor().setId("renameField");
        dialog.getEditor().setPrefColumnCount(28);
        ButtonType save = new ButtonType(resources.getString("contactLists.rename.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("contactLists.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("renameDialogYes");
        dialog.getDialogPane().lookupButton(cancel).setId("renameDialogNo");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(dialog.getEditor().textProperty()
                .isEqualTo(list.name()).or(Bindings.createBooleanBinding(
                        () -> dialog.getEditor().getText().isBlank(), dialog.getEditor().textProperty())));
        dialog.setResultConverter(button -> button == save ? dialog.getEditor().getText() : null);
        if (window() != null) {
            dialog.initOwner(window());
        }
        dialog.showAndWait().ifPresent(viewModel::rename);
    }

    @FXML
    private void delete() {
        if (viewModel.selectedProperty().get() == null) {
            return;
        }
        if (Confirmation.ask(deleteButton, "deleteListDialog", resources.getString("contactLists.delete.title"),
                viewModel.deleteQuestion(), resources.getString("contactLists.delete.yes"),
                resources.getString("contactLists.cancel"))) {
            viewModel.deleteSelected();
        }
    }
}
