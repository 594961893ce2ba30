package app.vocero.ui.campaign.wizard;

import app.vocero.domain.campaign.Draft;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A step's completeness read straight from the draft, for a step whose own view model is not wired yet: contacts
 * (the draft names a source) and message (the draft has a message, or the provider needs none).
 */
public final class PlaceholderStepModel implements WizardStepModel {

    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();

    public PlaceholderStepModel(CampaignWizardModel model, Predicate<Draft> done) {
        complete.bind(Bindings.createBooleanBinding(() -> done.test(model.draft()), model.draftProperty()));
    }

    /** The contacts step is complete when the draft names a file with its country, or a saved list. */
    public static PlaceholderStepModel contacts(CampaignWizardModel model) {
        return new PlaceholderStepModel(model, draft -> draft.contacts() != null
                && (draft.contacts().isSavedList() || (draft.contacts().file() != null && draft.contacts().country() != null)));
    }

    /** The message step is complete when the provider plays its own (Meetzy, Smartflo) or the draft has one. */
    public static PlaceholderStepModel message(CampaignWizardModel model) {
        return new PlaceholderStepModel(model, draft -> draft.provider() != null && (draft.message() != null
                || !app.vocero.domain.campaign.ProviderCapabilities.of(draft.provider()).needsMessage()));
    }

    @Override
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
