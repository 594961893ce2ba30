package app.vocero.ui.campaign.wizard;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Stands in for a step built elsewhere (contacts, message) until its own view is wired in {@code MainWindow}: says
 * the step is coming. Replaced by one line there ({@code ContactsStepController}, {@code MessageStepController}).
 */
public final class StepPlaceholderController {

    private final WizardStep step;

    @FXML private ResourceBundle resources;
    @FXML private Label placeholderTitle;

    public StepPlaceholderController(WizardStep step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        placeholderTitle.setText(java.text.MessageFormat.format(resources.getString("wizard.placeholder"),
                resources.getString(step.titleKey())));
    }
}
