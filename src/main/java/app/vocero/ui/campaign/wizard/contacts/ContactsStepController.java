package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.domain.Contact;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Reject;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.service.Countries;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.RowWindow;
import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Binds the contacts step to its view model; the file dialogs and drag-and-drop are the only things it does itself.
 */
public final class ContactsStepController {

    /** Shows a file dialog; tests replace it. */
    @FunctionalInterface
    public interface FilePicker {
        /** The chosen file, or null when the user cancelled. */
        File pick(FileChooser chooser, javafx.stage.Window owner, boolean save);
    }

    /** The operating system's own open and save dialogs. */
    public static final FilePicker SYSTEM_DIALOGS = (chooser, owner, save) ->
            save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);

    /** The width of a column's choice box in the mapping (it grows with the page). */
    private static final double COLUMN_BOX_WIDTH = 200;

    private final CampaignWizardModel model;
    private final ContactsStepViewModel viewModel;
    private final FilePicker files;
    private RowWindow<Reject> rejectRows;
    private RowWindow<Contact> setAsideRows;
    private final java.util.Map<ContactField, ColumnRow> columnRows = new java.util.EnumMap<>(ContactField.class);
    /**
     * The mapping's lines are filled a few a frame: all eight in one frame cost the FX thread 9–17 ms at the end of a
     * cold 500,000-row check ({@code bench wizard-contacts}).
     */
    private static final int LINES_A_FRAME = 3;
    /** The keys of the mapping's frame updates: objects of this view's own, one per group of lines. */
    private final Object[] columnsKeys = java.util.stream.Stream.generate(Object::new)
            .limit((ContactField.values().length + LINES_A_FRAME - 1) / LINES_A_FRAME).toArray();
    private int columnsGeneration;
    /**
     * When the hidden parts are warmed up: a second after the step is made (after the page's own first frames), one
     * part every 100 ms, so that the screen is drawn between two of them.
     */
    private static final javafx.util.Duration WARM_UP_AFTER = javafx.util.Duration.millis(1000);
    private static final javafx.util.Duration WARM_UP_APART = javafx.util.Duration.millis(100);
    /** The size the hidden parts are laid out at, and the placeholder rows the rejects table gets, while warming up. */
    private static final double WARM_UP_WIDTH = 600;
    private static final double WARM_UP_HEIGHT = 260;
    private static final int WARM_UP_ROWS = 3;

    @FXML private ResourceBundle resources;
    @FXML private ScrollPane contactsStep;
    @FXML private HBox dropZone;
    @FXML private Button chooseFileButton;
    @FXML private ComboBox<ContactListSummary> savedListBox;
    @FXML private ComboBox<Countries.Country> countryBox;
    @FXML private HBox progressRow;
    @FXML private ProgressBar checkProgress;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;
    @FXML private Button checkAgainButton;
    @FXML private Label errorLabel;
    @FXML private Label hintLabel;
    @FXML private Label noticeLabel;
    @FXML private VBox resultPane;
    @FXML private Label sourceLabel;
    @FXML private Label readyCount;
    @FXML private Label invalidCount;
    @FXML private Label duplicatesCount;
    @FXML private Label suppressedCount;
    @FXML private VBox setAsideCard;
    @FXML private Label setAsideCount;
    @FXML private VBox splitPane;
    @FXML private Label splitExplanation;
    @FXML private Button keepOnlyButton;
    @FXML private HBox splitDoneRow;
    @FXML private Label splitDoneLabel;
    @FXML private Label columnsHelp;
    @FXML private GridPane columnGrid;
    @FXML private VBox columnsPane;
    @FXML private VBox rejectsPane;
    @FXML private BarChart<Number, String> countryChart;
    @FXML private BarChart<Number, String> operatorChart;
    @FXML private NumberAxis countryAxis;
    @FXML private NumberAxis operatorAxis;
    @FXML private Button addToDoNotCallButton;
    @FXML private Button exportRejectsButton;
    @FXML private TableView<Reject> rejectsTable;
    @FXML private javafx.scene.control.ScrollBar rejectsScroll;
    @FXML private javafx.scene.control.ScrollBar setAsideScroll;
    @FXML private TableColumn<Reject, Long> rejectRowColumn;
    @FXML private TableColumn<Reject, String> rejectValueColumn;
    @FXML private TableColumn<Reject, String> rejectReasonColumn;
    @FXML private VBox setAsidePane;
    @FXML private Button exportSetAsideButton;
    @FXML private TableView<Contact> setAsideTable;
    @FXML private TableColumn<Contact, Long> setAsideRowColumn;
    @FXML private TableColumn<Contact, String> setAsidePhoneColumn;
    @FXML private TableColumn<Contact, String> setAsideNumberColumn;
    @FXML private TableColumn<Contact, String> setAsideCountryColumn;

    public ContactsStepController(CampaignWizardModel model, ContactsStepViewModel viewModel) {
        this(model, viewModel, SYSTEM_DIALOGS);
    }

    public ContactsStepController(CampaignWizardModel model, ContactsStepViewModel viewModel, FilePicker files) {
        this.model = model;
        this.viewModel = viewModel;
        this.files = files;
    }

    @FXML
    private void initialize() {
        bindProgress();
        bindSource();
        bindResult();
        bindColumns();
        bindCharts();
        bindRejects();
        bindSetAside();
        bindDrop();
        contactsStep.skinProperty().addListener((observable, before, now) -> paintChangesOnly());
        viewModel.enter();
        warmUpLater();
    }

    private void bindProgress() {
        progressRow.visibleProperty().bind(viewModel.importingProperty().or(viewModel.statusProperty().isNotEmpty()));
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        checkProgress.progressProperty().bind(viewModel.progressProperty());
        checkProgress.visibleProperty().bind(viewModel.importingProperty());
        checkProgress.managedProperty().bind(checkProgress.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        cancelButton.visibleProperty().bind(viewModel.importingProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        checkAgainButton.visibleProperty().bind(viewModel.importingProperty().not()
                .and(viewModel.resultProperty().isNull()));
        checkAgainButton.managedProperty().bind(checkAgainButton.visibleProperty());
        shown(errorLabel, viewModel.errorProperty());
        shown(hintLabel, viewModel.hintProperty());
        shown(noticeLabel, viewModel.noticeProperty());
        viewModel.completeProperty().addListener((observable, before, now) -> styleHint());
        viewModel.splitOfferedProperty().addListener((observable, before, now) -> styleHint());
        styleHint();
    }

    private void styleHint() {
        hintLabel.getStyleClass().removeAll("warning", "success");
        if (viewModel.completeProperty().get()) {
            hintLabel.getStyleClass().add("success");
        } else if (viewModel.splitOfferedProperty().get() || viewModel.resultProperty().get() != null) {
            hintLabel.getStyleClass().add("warning");
        }
    }

    private void bindSource() {
        savedListBox.setItems(viewModel.lists());
        savedListBox.setPlaceholder(new Label(resources.getString("wizard.contacts.savedList.none")));
        NumberFormat numbers = NumberFormat.getIntegerInstance(viewModel.locale());
        Function<ContactListSummary, String> listText = list -> list == null ? "" : java.text.MessageFormat.format(
                resources.getString("wizard.contacts.savedList.item"), list.name(), numbers.format(list.contacts()));
        savedListBox.setCellFactory(ignored -> textCell(listText));
        savedListBox.setButtonCell(textCell(listText));
        selectSavedList();
        savedListBox.setOnAction(event -> viewModel.chooseList(savedListBox.getValue()));
        model.draftProperty().addListener((observable, before, now) -> selectSavedList());

        countryBox.setItems(viewModel.countries());
        countryBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Countries.Country country) {
                return country == null ? "" : country.displayName(viewModel.locale());
            }

            @Override
            public Countries.Country fromString(String text) {
                return null;
            }
        });
        countryBox.setValue(viewModel.countryProperty().get());
        viewModel.countryProperty().addListener((observable, before, now) -> countryBox.setValue(now));
        countryBox.setOnAction(event -> viewModel.chooseCountry(countryBox.getValue()));
        countryBox.disableProperty().bind(viewModel.savedListProperty());
        sourceLabel.textProperty().bind(viewModel.sourceProperty());
    }

    /** The saved-list box shows the draft's list, and nothing once a file is chosen. */
    private void selectSavedList() {
        ContactSource source = model.draft().contacts();
        ContactListSummary wanted = source == null || !source.isSavedList() ? null : viewModel.lists().stream()
                .filter(list -> list.id().equals(source.list())).findFirst().orElse(null);
        if (savedListBox.getValue() != wanted) {
            savedListBox.setValue(wanted);
        }
    }

    private void bindResult() {
        resultPane.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        resultPane.managedProperty().bind(resultPane.visibleProperty());
        readyCount.textProperty().bind(viewModel.readyProperty());
        invalidCount.textProperty().bind(viewModel.invalidProperty());
        duplicatesCount.textProperty().bind(viewModel.duplicatesProperty());
        suppressedCount.textProperty().bind(viewModel.suppressedProperty());
        setAsideCount.textProperty().bind(viewModel.setAsideCountProperty());
        setAsideCard.visibleProperty().bind(viewModel.splitProperty().isNotNull());
        setAsideCard.managedProperty().bind(setAsideCard.visibleProperty());
        splitPane.visibleProperty().bind(viewModel.splitOfferedProperty());
        splitPane.managedProperty().bind(splitPane.visibleProperty());
        splitExplanation.textProperty().bind(viewModel.splitExplanationProperty());
        keepOnlyButton.textProperty().bind(viewModel.splitOfferProperty());
        keepOnlyButton.disableProperty().bind(viewModel.importingProperty());
        splitDoneRow.visibleProperty().bind(viewModel.splitDoneProperty().isNotEmpty());
        splitDoneRow.managedProperty().bind(splitDoneRow.visibleProperty());
        splitDoneLabel.textProperty().bind(viewModel.splitDoneProperty());
        // (Keys of frame updates are this view's nodes: identity keys, unique in the app.)
        // The heavy parts (the mapping, two charts, the rejects table) appear one a frame, the first time, and are
        // updated one a frame after (TaskRunner.inNextFrame): their first CSS and layout in one frame froze the
        // window for a quarter of a second when a 500,000-row check ended.
        List<Node> heavyParts = List.of(columnsPane, countryChart, operatorChart, rejectsPane);
        boolean shown = viewModel.resultProperty().get() != null;
        for (Node part : heavyParts) {
            part.setVisible(shown);
            part.setManaged(shown);
        }
        viewModel.resultProperty().addListener((observable, before, now) -> {
            if (now != null) {
                for (Node part : heavyParts) {
                    if (!part.isVisible()) {
                        viewModel.tasks().inNextFrame(part, () -> {
                            part.setManaged(true);
                            part.setVisible(true);
                        });
                    }
                }
            }
        });
        viewModel.resultProperty().addListener((observable, before, now) -> styleHint());
    }

    private void bindColumns() {
        columnsHelp.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.savedListProperty())
                .then(resources.getString("wizard.contacts.columns.savedList"))
                .otherwise(resources.getString("wizard.contacts.columns.help")));
        columnGrid.disableProperty().bind(viewModel.savedListProperty().or(viewModel.importingProperty()));
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) change -> showColumns());
        showColumns();
    }

    /**
     * Shows the mapping's lines, a few a frame. A line is made once per role and kept across checks (a new file changes
     * its choices only); the lines are made, hidden, a moment after the step shows ({@link #warmUpLater()}), so a
     * check's end only fills them in.
     */
    private void showColumns() {
        int generation = ++columnsGeneration;
        java.util.Map<ContactField, ColumnChoice> listed = new java.util.EnumMap<>(ContactField.class);
        for (ColumnChoice choice : viewModel.columns()) {
            listed.put(choice.field(), choice);
        }
        for (ContactField field : ContactField.values()) {
            ColumnRow row = columnRows.get(field);
            if (listed.get(field) == null && row != null) {
                row.hide();
            }
        }
        List<ColumnChoice> choices = new ArrayList<>(listed.values());
        for (int group = 0; group * LINES_A_FRAME < choices.size(); group++) {
            List<ColumnChoice> lines = choices.subList(group * LINES_A_FRAME,
                    Math.min(choices.size(), (group + 1) * LINES_A_FRAME));
            viewModel.tasks().inNextFrame(columnsKeys[group], () -> {
                if (generation == columnsGeneration) {
                    for (ColumnChoice choice : lines) {
                        columnRows.computeIfAbsent(choice.field(), ColumnRow::new).show(choice);
                    }
                }
            });
        }
    }

    /** One line of the mapping: the role's name and the file's column it is read from. */
    private final class ColumnRow {
        private final ContactField field;
        private final Label role;
        private final ComboBox<String> header;
        private javafx.beans.property.ObjectProperty<String> boundTo;

        ColumnRow(ContactField field) {
            this.field = field;
            String none = resources.getString("wizard.contacts.columns.none");
            role = new Label(resources.getString("wizard.contacts.role." + field.key()));
            role.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            header = new ComboBox<>();
            header.setId("column-" + field.key());
            header.setMaxWidth(Double.MAX_VALUE);
            header.setPrefWidth(COLUMN_BOX_WIDTH); // a computed width would lay out every choice to measure it
            header.setConverter(new StringConverter<>() {
                @Override
                public String toString(String text) {
                    return text == null || text.isEmpty() ? none : text;
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            GridPane.setHgrow(header, Priority.ALWAYS);
            columnGrid.addRow(field.ordinal(), role, header);
        }

        void show(ColumnChoice choice) {
            if (boundTo != null) {
                header.valueProperty().unbindBidirectional(boundTo);
            }
            if (!header.getItems().equals(choice.headers())) {
                header.getItems().setAll(choice.headers());
            }
            header.valueProperty().bindBidirectional(choice.headerProperty());
            boundTo = choice.headerProperty();
            role.getStyleClass().remove("text-muted");
            if (field != ContactField.PHONE && choice.headerProperty().get().isEmpty()) {
                role.getStyleClass().add("text-muted");
            }
            for (Node node : List.of(role, header)) {
                node.setVisible(true);
                node.setManaged(true);
            }
        }

        void hide() {
            for (Node node : List.of(role, header)) {
                node.setVisible(false);
                node.setManaged(false);
            }
        }
    }

    private void bindCharts() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(viewModel.locale());
        for (NumberAxis axis : List.of(countryAxis, operatorAxis)) {
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number number) {
                    return number.doubleValue() == Math.rint(number.doubleValue()) ? numbers.format(number) : "";
                }

                @Override
                public Number fromString(String text) {
                    return null;
                }
            });
        }
        viewModel.countryChartProperty().addListener((observable, before, now) -> viewModel.tasks().inNextFrame(
                countryAxis, () -> show(countryChart, viewModel.countryChartProperty().get())));
        viewModel.operatorChartProperty().addListener((observable, before, now) -> viewModel.tasks().inNextFrame(
                operatorAxis, () -> show(operatorChart, viewModel.operatorChartProperty().get())));
        show(countryChart, viewModel.countryChartProperty().get());
        show(operatorChart, viewModel.operatorChartProperty().get());
    }

    /** Bars from the largest at the top down. */
    private static void show(BarChart<Number, String> chart, List<Breakdown> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Breakdown> bottomUp = new ArrayList<>(bars);
        java.util.Collections.reverse(bottomUp);
        for (Breakdown bar : bottomUp) {
            series.getData().add(new XYChart.Data<>(bar.contacts(), bar.label()));
        }
        chart.getData().setAll(List.of(series));
    }

    private void bindRejects() {
        rejectRows = new RowWindow<>(rejectsTable, rejectsScroll, viewModel.tasks());
        rejectRows.setRows(viewModel.rejectsProperty().get());
        viewModel.rejectsProperty().addListener((observable, before, now) -> viewModel.tasks().inNextFrame(
                rejectsScroll, () -> rejectRows.setRows(viewModel.rejectsProperty().get())));
        rejectsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rejectsTable.setPlaceholder(new Label(resources.getString("wizard.contacts.rejects.empty")));
        String language = viewModel.locale().getLanguage();
        rejectRowColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row()));
        rejectRowColumn.setCellFactory(ignored -> numberCell());
        rejectValueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        rejectReasonColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reasonText(language)));
        addToDoNotCallButton.disableProperty().bind(rejectRows.selectedCountProperty().isEqualTo(0)
                .or(viewModel.workingProperty())
                .or(viewModel.importingProperty()));
        exportRejectsButton.disableProperty().bind(viewModel.workingProperty());
    }

    private void bindSetAside() {
        setAsidePane.visibleProperty().bind(viewModel.splitProperty().isNotNull());
        setAsidePane.managedProperty().bind(setAsidePane.visibleProperty());
        setAsideRows = new RowWindow<>(setAsideTable, setAsideScroll, viewModel.tasks());
        setAsideRows.setRows(viewModel.setAsideProperty().get());
        viewModel.setAsideProperty().addListener((observable, before, now) -> setAsideRows.setRows(now));
        setAsideTable.setPlaceholder(new Label(resources.getString("wizard.contacts.setAside.empty")));
        setAsideRowColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row()));
        setAsideRowColumn.setCellFactory(ignored -> numberCell());
        setAsidePhoneColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().field(ContactField.PHONE)));
        setAsideNumberColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().e164()));
        setAsideCountryColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Countries.name(cell.getValue().region(), viewModel.locale())));
        exportSetAsideButton.disableProperty().bind(viewModel.workingProperty());
    }

    /**
     * A scroll pane caches its whole viewport as one image, so any change inside (a progress bar, a scrolled table)
     * repaints the whole page into that image at every pulse; without the cache JavaFX repaints only what changed.
     */
    private void paintChangesOnly() {
        Node viewport = contactsStep.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    /** A file dropped anywhere on the step is taken when it is one file of a type the step reads. */
    private void bindDrop() {
        contactsStep.setOnDragOver(event -> {
            if (droppedFile(event) != null) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!dropZone.getStyleClass().contains("drop-target")) {
                    dropZone.getStyleClass().add("drop-target");
                }
            }
            event.consume();
        });
        contactsStep.setOnDragExited(event -> dropZone.getStyleClass().remove("drop-target"));
        contactsStep.setOnDragDropped(event -> {
            Path file = droppedFile(event);
            event.setDropCompleted(file != null);
            event.consume();
            dropZone.getStyleClass().remove("drop-target");
            if (file != null) {
                viewModel.chooseFile(file);
            }
        });
    }

    private static Path droppedFile(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) {
            return null;
        }
        Path file = event.getDragboard().getFiles().get(0).toPath();
        return ContactsStepViewModel.canTake(file) ? file : null;
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private <S> TableCell<S, Long> numberCell() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(viewModel.locale());
        return new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : numbers.format(item));
            }
        };
    }

    private static void shown(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private javafx.stage.Window window() {
        return contactsStep.getScene() == null ? null : contactsStep.getScene().getWindow();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = app.vocero.ui.common.FileChoosers.contactFile(
                resources.getString("wizard.contacts.choose.title"), resources.getString("wizard.contacts.choose.filter"),
                resources.getString("wizard.contacts.choose.all"));
        File chosen = files.pick(chooser, window(), false);
        viewModel.chooseFile(chosen == null ? null : chosen.toPath());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void checkAgain() {
        viewModel.checkAgain();
    }

    @FXML
    private void keepOnlyMainCountry() {
        viewModel.keepOnlyMainCountry();
    }

    @FXML
    private void keepAllCountries() {
        viewModel.keepAllCountries();
    }

    @FXML
    private void addToDoNotCall() {
        viewModel.addToDoNotCall(rejectRows.selected());
    }

    @FXML
    private void exportRejects() {
        viewModel.exportRejects(saveTo("wizard.contacts.rejects.exportTitle", "wizard.contacts.rejects.fileName"));
    }

    @FXML
    private void exportSetAside() {
        viewModel.exportSetAside(saveTo("wizard.contacts.setAside.exportTitle", "wizard.contacts.setAside.fileName"));
    }

    private Path saveTo(String titleKey, String fileNameKey) {
        FileChooser chooser = app.vocero.ui.common.FileChoosers.csv(resources.getString(titleKey),
                resources.getString(fileNameKey), resources.getString("wizard.contacts.csvFilter"));
        File chosen = files.pick(chooser, window(), true);
        return chosen == null ? null : chosen.toPath();
    }

    /**
     * A moment after the step is made, while no result is shown, makes and lays out the parts a first result shows —
     * the progress row, the mapping's lines, the two charts, the rejects table — once, hidden, with a row or two of
     * placeholder values, one part every {@link #WARM_UP_APART}; then empties them again. Done cold when a 500,000-row check ends (while the import's code still
     * fills the compiler's queue), each of these parts cost a frame of 20–40 ms of CSS, layout and cell-making on the FX
     * thread, and the frames after them stayed slow (gaps of 50–80 ms, {@code bench wizard-contacts}). Nothing is shown:
     * the parts stay hidden and empty, and a part already showing a result is left alone.
     */
    private void warmUpLater() {
        List<Runnable> parts = new ArrayList<>();
        parts.add(this::warmUpProgress);
        for (ContactField field : ContactField.values()) {
            parts.add(() -> warmUp(columnsPane, () -> fillColumn(field), () -> columnRows.get(field).hide()));
        }
        parts.add(() -> warmUp(countryChart, () -> fillChart(countryChart),
                () -> show(countryChart, viewModel.countryChartProperty().get())));
        parts.add(() -> warmUp(operatorChart, () -> fillChart(operatorChart),
                () -> show(operatorChart, viewModel.operatorChartProperty().get())));
        ObservableList<Reject> rows = rejectsTable.getItems();
        parts.add(() -> warmUp(rejectsPane, () -> rejectsTable.setItems(
                FXCollections.observableArrayList(placeholderRejects())), () -> rejectsTable.setItems(rows)));
        javafx.animation.Timeline later = new javafx.animation.Timeline();
        for (int i = 0; i < parts.size(); i++) {
            Runnable part = parts.get(i);
            Object key = new Object(); // a frame update's key of this view's own
            later.getKeyFrames().add(new javafx.animation.KeyFrame(WARM_UP_AFTER.add(WARM_UP_APART.multiply(i)),
                    event -> viewModel.tasks().inNextFrame(key, part)));
        }
        later.play();
    }

    /** The progress row (hidden until a check starts): laid out, and a bar like its own drawn off screen once. */
    private void warmUpProgress() {
        if (progressRow.isVisible()) {
            return;
        }
        progressRow.resize(Math.max(progressRow.getWidth(), WARM_UP_WIDTH), Math.max(progressRow.getHeight(), 40));
        progressRow.applyCss();
        progressRow.layout();
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(checkProgress.getPrefWidth());
        javafx.scene.Scene offScreen = new javafx.scene.Scene(new HBox(bar, new ProgressBar(0.5)));
        offScreen.getStylesheets().setAll(contactsStep.getStylesheets());
        offScreen.getRoot().applyCss();
        offScreen.getRoot().layout();
        offScreen.getRoot().snapshot(null, null);
    }

    private static void warmUp(Region part, Runnable fill, Runnable empty) {
        if (part.isVisible()) {
            return;
        }
        fill.run();
        part.resize(Math.max(part.getWidth(), WARM_UP_WIDTH), Math.max(part.getHeight(), WARM_UP_HEIGHT));
        part.applyCss();
        part.layout();
        empty.run();
    }

    private void fillColumn(ContactField field) {
        List<String> options = field == ContactField.PHONE ? List.of("1") : List.of("", "1");
        columnRows.computeIfAbsent(field, ColumnRow::new).show(new ColumnChoice(field, options, "1"));
    }

    private static void fillChart(BarChart<Number, String> chart) {
        show(chart, List.of(new Breakdown("1", 2), new Breakdown("2", 1)));
    }

    private static List<Reject> placeholderRejects() {
        app.vocero.domain.RejectReason[] reasons = app.vocero.domain.RejectReason.values();
        List<Reject> rejects = new ArrayList<>();
        for (int i = 0; i < Math.min(WARM_UP_ROWS, reasons.length); i++) {
            rejects.add(new Reject(i + 1L, "1", reasons[i], ""));
        }
        return rejects;
    }

    /** The step's root, for the wizard shell. */
    public Node root() {
        return contactsStep;
    }
}
