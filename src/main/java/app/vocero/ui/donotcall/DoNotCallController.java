package app.vocero.ui.donotcall;

import app.vocero.domain.DoNotCallEntry;
import app.vocero.ui.common.Confirmation;
import app.vocero.ui.common.FileChoosers;
import app.vocero.ui.common.FilePicker;
import app.vocero.ui.common.RowWindow;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** Binds the do-not-call screen to its view model; file dialogs and the question before removing are its own. */
public final class DoNotCallController {

    private final DoNotCallViewModel viewModel;
    private final FilePicker files;
    private RowWindow<DoNotCallEntry> rows;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.layout.VBox doNotCallSection;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private TextField addField;
    @FXML private TextField countryField;
    @FXML private Button addButton;
    @FXML private HBox importRow;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Button cancelImportButton;
    @FXML private Label errorLabel;
    @FXML private Label noticeLabel;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private Button removeButton;
    @FXML private TableView<DoNotCallEntry> numbersTable;
    @FXML private ScrollBar numbersScroll;
    @FXML private TableColumn<DoNotCallEntry, String> numberColumn;
    @FXML private TableColumn<DoNotCallEntry, String> addedColumn;
    @FXML private TableColumn<DoNotCallEntry, String> sourceColumn;

    public DoNotCallController(DoNotCallViewModel viewModel) {
        this(viewModel, FilePicker.SYSTEM_DIALOGS);
    }

    public DoNotCallController(DoNotCallViewModel viewModel, FilePicker files) {
        this.viewModel = viewModel;
        this.files = files;
    }

    @FXML
    private void initialize() {
        addField.textProperty().bindBidirectional(viewModel.typedProperty());
        countryField.textProperty().bindBidirectional(viewModel.countryProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        var busy = viewModel.workingProperty().or(viewModel.importingProperty());
        addButton.disableProperty().bind(busy.or(viewModel.typedProperty().isEmpty()));
        importButton.disableProperty().bind(busy);
        exportButton.disableProperty().bind(busy);
        importRow.visibleProperty().bind(viewModel.importingProperty().or(viewModel.statusProperty().isNotEmpty()));
        importRow.managedProperty().bind(importRow.visibleProperty());
        importProgress.progressProperty().bind(viewModel.progressProperty());
        importProgress.visibleProperty().bind(viewModel.importingProperty());
        importProgress.managedProperty().bind(importProgress.visibleProperty());
        cancelImportButton.visibleProperty().bind(viewModel.importingProperty());
        cancelImportButton.managedProperty().bind(cancelImportButton.visibleProperty());
        importStatus.textProperty().bind(viewModel.statusProperty());
        shown(errorLabel, viewModel.errorProperty());
        shown(noticeLabel, viewModel.noticeProperty());

        rows = new RowWindow<>(numbersTable, numbersScroll);
        rows.setRows(viewModel.shownProperty().get());
        viewModel.shownProperty().addListener((observable, before, now) -> rows.setRows(now));
        numbersTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.setWrapText(true);
        numbersTable.setPlaceholder(placeholder);
        removeButton.disableProperty().bind(busy.or(rows.selectedCountProperty().isEqualTo(0)));
        numbersTable.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE && !removeButton.isDisabled()) {
                remove();
            }
        });
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(app.vocero.ui.campaign.wizard.Formats.of(resources.getLocale())).withZone(ZoneId.systemDefault());
        numberColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().e164()));
        addedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(when.format(cell.getValue().addedAt())));
        sourceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(source(cell.getValue().source())));
        for (TableColumn<DoNotCallEntry, String> column : List.of(numberColumn, addedColumn, sourceColumn)) {
            column.setCellFactory(ignored -> textCell());
        }
        viewModel.refresh();
        // shown again from the sidebar: read again what the wizard or the command line may have changed meanwhile
        doNotCallSection.sceneProperty().addListener((observable, before, now) -> {
            if (before == null && now != null) {
                viewModel.refresh();
            }
        });
    }

    /** "typed" is how the service marks numbers added by hand: said in the window's language. */
    private String source(String source) {
        if (source == null || source.isEmpty() || app.vocero.service.DoNotCallService.TYPED.equals(source)) {
            return resources.getString("doNotCall.source.typed");
        }
        return source;
    }

    private static TableCell<DoNotCallEntry, String> textCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    private static void shown(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private javafx.stage.Window window() {
        return addButton.getScene() == null ? null : addButton.getScene().getWindow();
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void remove() {
        List<DoNotCallEntry> chosen = rows.selected();
        if (chosen.isEmpty()) {
            return;
        }
        if (Confirmation.ask(removeButton, "removeNumbersDialog", resources.getString("doNotCall.remove.title"),
                viewModel.removeQuestion(chosen), resources.getString("doNotCall.remove.yes"),
                resources.getString("doNotCall.cancel"))) {
            viewModel.remove(chosen);
        }
    }

    @FXML
    private void importFile() {
        FileChooser chooser = FileChoosers.contactFile(resources.getString("doNotCall.import.choose"),
                resources.getString("doNotCall.import.filter"), resources.getString("doNotCall.import.allFiles"));
        File chosen = files.pick(chooser, window(), false);
        viewModel.importFile(chosen == null ? null : chosen.toPath());
    }

    @FXML
    private void cancelImport() {
        viewModel.cancel();
    }

    @FXML
    private void export() {
        FileChooser chooser = FileChoosers.csv(resources.getString("doNotCall.export.title"),
                resources.getString("doNotCall.export.fileName"), resources.getString("doNotCall.csvFilter"));
        File chosen = files.pick(chooser, window(), true);
        Path file = chosen == null ? null : chosen.toPath();
        viewModel.export(file);
    }
}
