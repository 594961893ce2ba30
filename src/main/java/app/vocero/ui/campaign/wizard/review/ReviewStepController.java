package app.vocero.ui.campaign.wizard.review;

import app.vocero.domain.campaign.Severity;
import app.vocero.service.RequestPreview;
import app.vocero.ui.campaign.wizard.WizardStep;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds step 5: findings (with "Go to step" and a tick for warnings), the estimate and the exact requests. */
public final class ReviewStepController {

    private final ReviewStepViewModel viewModel;
    private final Consumer<WizardStep> goTo;

    @FXML private ResourceBundle resources;
    @FXML private Label reviewStatus;
    @FXML private ProgressIndicator reviewProgress;
    @FXML private VBox findingsBox;
    @FXML private VBox estimateBox;
    @FXML private Label addressLabel;
    @FXML private Accordion requestsAccordion;
    @FXML private Label requestsEmpty;

    public ReviewStepController(ReviewStepViewModel viewModel, Consumer<WizardStep> goTo) {
        this.viewModel = viewModel;
        this.goTo = goTo;
    }

    @FXML
    private void initialize() {
        reviewStatus.textProperty().bind(viewModel.statusProperty());
        reviewProgress.visibleProperty().bind(viewModel.checkingProperty());
        reviewProgress.managedProperty().bind(viewModel.checkingProperty());
        viewModel.findings().addListener((ListChangeListener<ReviewStepViewModel.FindingRow>) change -> findings());
        viewModel.estimate().addListener((ListChangeListener<String>) change -> estimate());
        viewModel.requests().addListener((ListChangeListener<RequestPreview>) change -> requests());
        addressLabel.textProperty().bind(viewModel.addressProperty());
        findings();
        estimate();
        requests();
    }

    private void findings() {
        findingsBox.getChildren().clear();
        int n = 0;
        for (ReviewStepViewModel.FindingRow row : viewModel.findings()) {
            n++;
            Severity severity = row.finding().severity();
            String kind = severity.name().toLowerCase(java.util.Locale.ROOT);
            FontIcon icon = new FontIcon(severity == Severity.ERROR ? "fth-x-circle"
                    : severity == Severity.WARNING ? "fth-alert-triangle" : "fth-info");
            icon.getStyleClass().add("finding-icon");
            Label text = new Label(row.message());
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(10, icon, text);
            line.getStyleClass().addAll("finding", "finding-" + kind);
            line.setId("finding" + n);
            if (severity == Severity.WARNING) {
                CheckBox tick = new CheckBox(resources.getString("wizard.review.acknowledge"));
                tick.setId("acknowledge" + n);
                tick.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                tick.selectedProperty().bindBidirectional(row.acknowledgedProperty());
                line.getChildren().add(tick);
            }
            if (row.step() != WizardStep.REVIEW && severity != Severity.INFO) {
                Button go = new Button(MessageFormat.format(resources.getString("wizard.review.goTo"),
                        row.step().ordinal() + 1, resources.getString(row.step().titleKey())));
                go.setId("goTo" + n);
                go.getStyleClass().add("small");
                go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                go.setOnAction(event -> goTo.accept(row.step()));
                line.getChildren().add(go);
            }
            findingsBox.getChildren().add(line);
        }
        if (n == 0 && viewModel.checkedProperty().get()) {
            Label none = new Label(resources.getString("wizard.review.noFindings"));
            none.getStyleClass().add("text-muted");
            findingsBox.getChildren().add(none);
        }
    }

    private void estimate() {
        estimateBox.getChildren().clear();
        for (String line : viewModel.estimate()) {
            Label label = new Label(line);
            label.setWrapText(true);
            estimateBox.getChildren().add(label);
        }
    }

    private void requests() {
        requestsAccordion.getPanes().clear();
        int n = 1;
        for (RequestPreview request : viewModel.requests()) {
            TextArea text = new TextArea(describe(request));
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(12);
            text.getStyleClass().add("request-text");
            TitledPane pane = new TitledPane("#" + n + "  " + request.step() + " — " + request.method() + " " + request.url(), text);
            pane.setAnimated(false);
            pane.setId("request" + n);
            requestsAccordion.getPanes().add(pane);
            n++;
        }
        requestsEmpty.setVisible(viewModel.requests().isEmpty());
        requestsEmpty.setManaged(requestsEmpty.isVisible());
    }

    private String describe(RequestPreview request) {
        StringBuilder out = new StringBuilder();
        out.append(request.method()).append(' ').append(request.url()).append('\n');
        request.headers().forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        out.append('\n');
        if (request.body() != null) {
            out.append(request.body());
        } else {
            out.append(MessageFormat.format(resources.getString("wizard.review.bodySummary"), request.bytes(),
                    request.records(), request.sha256()));
        }
        return out.toString();
    }

    @FXML
    private void checkAgain() {
        viewModel.check();
    }
}
