package app.vocero.ui.campaign.wizard;

import atlantafx.base.controls.Breadcrumbs;
import atlantafx.base.controls.Breadcrumbs.BreadCrumbItem;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The wizard's frame: a breadcrumb of the six steps (a step can be clicked once every earlier one is complete),
 * the current step's view, Back and Next. Step views are built by the composition root ({@code MainWindow}) and
 * kept, so a step's controls are made once per language.
 */
public final class CampaignWizardController {

    private final CampaignWizardViewModel viewModel;
    private final Function<WizardStep, Parent> stepViews;
    private final Runnable onClose;
    private final Map<WizardStep, Parent> loaded = new EnumMap<>(WizardStep.class);

    @FXML private ResourceBundle resources;
    @FXML private Breadcrumbs<WizardStep> stepsCrumbs;
    @FXML private StackPane stepContent;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Label wizardTitle;
    @FXML private Label saveStatus;

    /**
     * @param stepViews builds the view of a step (called once per step)
     * @param onClose   back to the list of drafts
     */
    public CampaignWizardController(CampaignWizardViewModel viewModel, Function<WizardStep, Parent> stepViews,
                                    Runnable onClose) {
        this.viewModel = viewModel;
        this.stepViews = stepViews;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        BreadCrumbItem<WizardStep> model = Breadcrumbs.buildTreeModel(WizardStep.values());
        stepsCrumbs.setAutoNavigationEnabled(false);
        stepsCrumbs.setCrumbFactory(this::crumb);
        stepsCrumbs.setDividerFactory(item -> item == null || item.isLast() ? null : new FontIcon("fth-chevron-right"));
        stepsCrumbs.setSelectedCrumb(last(model));
        stepsCrumbs.setOnCrumbAction(event -> viewModel.go(event.getSelectedCrumb().getValue()));
        backButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        nextButton.disableProperty().bind(viewModel.canGoNextProperty().not());
        viewModel.model().stepProperty().addListener((observable, before, now) -> show(now));
        viewModel.model().draftProperty().addListener((observable, before, now) -> title());
        nextButton.visibleProperty().bind(viewModel.model().stepProperty().isNotEqualTo(WizardStep.SEND));
        title();
        show(viewModel.model().step());
        viewModel.conflictProperty().addListener((observable, before, now) -> conflict(now));
    }

    /** Another desktop saved the draft meanwhile: say so, and name this version so the list tells the two apart. */
    private void conflict(app.vocero.service.DraftService.Conflict conflict) {
        if (conflict == null) {
            return;
        }
        java.util.Locale locale = resources.getLocale();
        String name = viewModel.model().draft().name() == null || viewModel.model().draft().name().isBlank()
                ? resources.getString("wizard.untitled") : viewModel.model().draft().name();
        String copyName = java.text.MessageFormat.format(resources.getString("drafts.conflict.copyName"), name);
        viewModel.rename(copyName);
        if (conflict.deleted()) {
            saveStatus.setText(java.text.MessageFormat.format(resources.getString("drafts.conflict.deleted"), copyName));
        } else {
            String when = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                    .withLocale(Formats.of(locale)).withZone(java.time.ZoneId.systemDefault())
                    .format(conflict.changedAt().orElseThrow());
            saveStatus.setText(java.text.MessageFormat.format(resources.getString("drafts.conflict.changed"), copyName,
                    conflict.changedBy().orElse(resources.getString("drafts.conflict.someone")), when));
        }
    }

    private static BreadCrumbItem<WizardStep> last(BreadCrumbItem<WizardStep> item) {
        BreadCrumbItem<WizardStep> current = item;
        while (!current.getChildren().isEmpty()) {
            current = (BreadCrumbItem<WizardStep>) current.getChildren().get(0);
        }
        return current;
    }

    private ButtonBase crumb(BreadCrumbItem<WizardStep> item) {
        WizardStep step = item.getValue();
        Button button = new Button((step.ordinal() + 1) + ". " + resources.getString(step.titleKey()));
        button.setId("crumb-" + step.name().toLowerCase(java.util.Locale.ROOT));
        button.getStyleClass().addAll("flat", "wizard-crumb");
        button.disableProperty().bind(viewModel.reachableProperty(step).not());
        Runnable style = () -> {
            button.getStyleClass().removeAll("current", "done");
            WizardStep current = viewModel.model().step();
            if (current == step) {
                button.getStyleClass().add("current");
            } else if (step.ordinal() < current.ordinal()) {
                button.getStyleClass().add("done");
            }
        };
        viewModel.model().stepProperty().addListener((observable, before, now) -> style.run());
        style.run();
        return button;
    }

    private void title() {
        String name = viewModel.model().draft().name();
        wizardTitle.setText(name == null || name.isBlank() ? resources.getString("wizard.untitled") : name);
    }

    private void show(WizardStep step) {
        stepContent.getChildren().setAll(loaded.computeIfAbsent(step, stepViews));
        nextButton.setText(resources.getString(step == WizardStep.REVIEW ? "wizard.nextToSend" : "wizard.next"));
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void closeWizard() {
        viewModel.close();
        onClose.run();
    }

    @FXML
    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("wizard.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("wizard.fileType"),
                "*.vocero.json"));
        String name = viewModel.model().draft().name();
        chooser.setInitialFileName((name == null || name.isBlank() ? "campaña" : name.replaceAll("[\\\\/:*?\"<>|]", "_"))
                + ".vocero.json");
        File file = chooser.showSaveDialog(stepContent.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            viewModel.saveAs(Path.of(file.getPath()));
            saveStatus.setText(java.text.MessageFormat.format(resources.getString("wizard.saveAs.done"), file.getName()));
        } catch (java.io.IOException | RuntimeException e) {
            saveStatus.setText(java.text.MessageFormat.format(resources.getString("wizard.saveAs.failed"), e.getMessage()));
        }
    }
}
