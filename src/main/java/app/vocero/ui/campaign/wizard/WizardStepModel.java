package app.vocero.ui.campaign.wizard;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the wizard asks of each step's view model: whether the step is complete, so Next is enabled and the later
 * steps of the breadcrumb become reachable. A step's view model implements it; the wizard never looks inside a step.
 * "Complete" is computed from {@link CampaignWizardModel} (the draft and, for the contacts step, the checked
 * contacts), so going back and forth never changes it on its own.
 */
public interface WizardStepModel {

    /** True when the step has everything the next steps need; observed on the FX thread. */
    ReadOnlyBooleanProperty completeProperty();
}
