package app.vocero.ui.campaign.wizard.schedule;

import app.vocero.domain.campaign.ProviderCapabilities;
import app.vocero.domain.campaign.ProviderCapabilities.Kind;
import app.vocero.domain.campaign.RetryCondition;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds step 4: windows, time zone, retries and the provider's options, validated as the user types. */
public final class ScheduleStepController {

    private final ScheduleStepViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<ZoneChoice> zoneChoice;
    @FXML private VBox windowsBox;
    @FXML private Button addWindowButton;
    @FXML private Label windowsHint;
    @FXML private Spinner<Integer> retriesSpinner;
    @FXML private Label retriesHint;
    @FXML private VBox conditionsBox;
    @FXML private FlowPane conditionsPane;
    @FXML private VBox intervalsBox;
    @FXML private TextField intervalsField;
    @FXML private TitledPane optionsPane;
    @FXML private GridPane optionsGrid;

    public ScheduleStepController(ScheduleStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        zoneChoice.setItems(viewModel.zones());
        zoneChoice.valueProperty().bindBidirectional(viewModel.zoneProperty());
        zoneChoice.setVisibleRowCount(14);
        viewModel.windows().addListener((ListChangeListener<WindowRow>) change -> windows());
        addWindowButton.disableProperty().bind(viewModel.canAddProperty().not());
        retriesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, ProviderCapabilities.MAX_RETRIES));
        retriesSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.retriesProperty());
        for (RetryCondition condition : RetryCondition.values()) {
            CheckBox box = new CheckBox(viewModel.conditionLabel(condition));
            box.setId("retry-" + condition.key());
            box.selectedProperty().bindBidirectional(viewModel.conditionProperty(condition));
            conditionsPane.getChildren().add(box);
        }
        conditionsBox.disableProperty().bind(viewModel.retriesProperty().isEqualTo(0));
        intervalsField.textProperty().bindBidirectional(viewModel.intervalsProperty());
        validation.registerValidator(intervalsField, false, (Control control, String text) -> ValidationResult.fromErrorIf(control,
                resources.getString("wizard.schedule.intervals.invalid"),
                intervalsBox.isVisible() && viewModel.retriesProperty().get() > 0
                        && (ScheduleStepViewModel.parseIntervals(text) == null || ScheduleStepViewModel.parseIntervals(text).isEmpty())));
        viewModel.capabilitiesProperty().addListener((observable, before, now) -> provider(now));
        viewModel.options().addListener((ListChangeListener<ScheduleStepViewModel.OptionField>) change -> options());
        provider(viewModel.capabilitiesProperty().get());
        windows();
        options();
    }

    /** The step's validation, for tests: what is marked and with which message. */
    ValidationSupport validation() {
        return validation;
    }

    private void provider(ProviderCapabilities caps) {
        boolean retries = caps != null && caps.retries();
        retriesSpinner.setDisable(!retries);
        retriesHint.setText(caps == null ? "" : resources.getString("wizard.schedule.retries.hint." + caps.provider().key()));
        conditionsBox.setVisible(caps == null || caps.retryConditions());
        conditionsBox.setManaged(conditionsBox.isVisible());
        intervalsBox.setVisible(caps != null && caps.retryIntervals());
        intervalsBox.setManaged(intervalsBox.isVisible());
        windowsHint.setText(caps == null ? "" : resources.getString("wizard.schedule.windows.hint." + caps.provider().key()));
        optionsPane.setText(caps == null ? resources.getString("wizard.schedule.options")
                : MessageFormat.format(resources.getString("wizard.schedule.options.of"), caps.provider().displayName()));
    }

    private void windows() {
        windowsBox.getChildren().clear();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(app.vocero.ui.campaign.wizard.Formats.of(resources.getLocale()));
        int n = 1;
        for (WindowRow row : viewModel.windows()) {
            Label title = new Label(MessageFormat.format(resources.getString("wizard.schedule.window"), n));
            title.getStyleClass().add("window-title");
            title.setMinWidth(80);
            DatePicker startDate = datePicker(format, "startDate" + n);
            startDate.valueProperty().bindBidirectional(row.startDateProperty());
            TextField startTime = timeField(row.startTimeProperty().get(), "startTime" + n);
            startTime.textProperty().bindBidirectional(row.startTimeProperty());
            DatePicker endDate = datePicker(format, "endDate" + n);
            endDate.valueProperty().bindBidirectional(row.endDateProperty());
            TextField endTime = timeField(row.endTimeProperty().get(), "endTime" + n);
            endTime.textProperty().bindBidirectional(row.endTimeProperty());
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.setId("removeWindow" + n);
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new javafx.scene.control.Tooltip(resources.getString("wizard.schedule.removeWindow")));
            remove.setOnAction(event -> viewModel.removeWindow(row));
            Label until = new Label(resources.getString("wizard.schedule.until"));
            HBox line = new HBox(8, title, startDate, startTime, until, endDate, endTime, remove);
            line.getStyleClass().add("window-line");
            Label warning = new Label();
            warning.setId("windowWarning" + n);
            warning.getStyleClass().add("window-warning");
            warning.setGraphic(new FontIcon("fth-alert-triangle"));
            warning.setWrapText(true);
            warning.textProperty().bind(row.warningProperty());
            warning.visibleProperty().bind(row.warningProperty().isNotEmpty());
            warning.managedProperty().bind(warning.visibleProperty());
            Label problem = new Label();
            problem.setId("windowProblem" + n);
            problem.getStyleClass().add("window-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(row.problemProperty());
            problem.visibleProperty().bind(row.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            VBox card = new VBox(4, line, warning, problem);
            card.getStyleClass().add("window-card");
            windowsBox.getChildren().add(card);
            validation.registerValidator(startTime, false, (Control control, String text) -> ValidationResult.fromErrorIf(control,
                    resources.getString("wizard.schedule.time.invalid"), WindowRow.time(text) == null));
            validation.registerValidator(endTime, false, (Control control, String text) -> ValidationResult.fromErrorIf(control,
                    resources.getString("wizard.schedule.time.invalid"), WindowRow.time(text) == null));
            n++;
        }
    }

    private DatePicker datePicker(DateTimeFormatter format, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        app.vocero.ui.common.CalendarLanguage.follow(picker, resources.getLocale());
        picker.setPrefWidth(170); // "Dec 10, 2026" and "10 dic. 2026" whole
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text, format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        return picker;
    }

    private static TextField timeField(String text, String id) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setPromptText("08:00");
        return field;
    }

    private void options() {
        optionsGrid.getChildren().clear();
        int row = 0;
        for (ScheduleStepViewModel.OptionField field : viewModel.options()) {
            String key = field.spec().key();
            Label label = new Label(resources.getString("wizard.schedule.option." + key) + (field.spec().required() ? " *" : ""));
            label.getStyleClass().add("field-label");
            Control control;
            if (field.spec().kind() == Kind.BOOLEAN) {
                CheckBox box = new CheckBox();
                box.setSelected("true".equalsIgnoreCase(field.valueProperty().get()));
                box.selectedProperty().addListener((observable, was, now) -> field.valueProperty().set(String.valueOf(now)));
                field.valueProperty().addListener((observable, was, now) -> box.setSelected("true".equalsIgnoreCase(now)));
                control = box;
            } else if (field.spec().kind() == Kind.CHOICE) {
                ComboBox<String> choice = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(field.spec().choices()));
                choice.valueProperty().bindBidirectional(field.valueProperty());
                control = choice;
            } else {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(field.valueProperty());
                text.setPrefColumnCount(22);
                control = text;
            }
            control.setId("option-" + key);
            validation.registerValidator(control, false, (Control c, Object value) -> ValidationResult.fromErrorIf(c,
                    resources.getString("wizard.schedule.option." + key + ".invalid"), !field.valid()));
            Label help = new Label(resources.getString("wizard.schedule.option." + key + ".help"));
            help.getStyleClass().addAll("text-muted", "field-help");
            help.setWrapText(true);
            optionsGrid.addRow(row++, label, control, help);
        }
        if (viewModel.options().stream().anyMatch(field -> !field.valid())) {
            optionsPane.setExpanded(true);
        }
    }

    @FXML
    private void addWindow() {
        viewModel.addWindow();
    }
}
