package app.vocero.ui.campaign.wizard;

import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.campaign.Draft;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one state every wizard step shares (as in JabRef's import wizard: thin pages around one model). The campaign
 * being made is a {@link Draft} — the same record a {@code *.vocero.json} file holds — replaced as a whole on each
 * change, so autosave, pre-flight and "save as" all read one value and going back never loses input.
 *
 * <p>Steps never hold their own copy of what belongs to the draft: they read {@link #draftProperty()} and write
 * through {@link #update}. What the contacts step loaded (the checked contacts, for the message preview and the
 * tag palette) is kept beside the draft, not in it; it is rebuilt from the draft's contact source when a saved
 * draft is reopened. Only the FX thread touches this model.
 */
public final class CampaignWizardModel {

    private final ObjectProperty<Draft> draft = new SimpleObjectProperty<>(emptyDraft());
    private final ReadOnlyObjectWrapper<ImportResult> imported = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.PROVIDER);

    /** A new campaign: version 1, nothing chosen yet. */
    public static Draft emptyDraft() {
        return new Draft(Draft.CURRENT_VERSION, "", null, null, null, null, List.of(), null, Map.of(), Map.of());
    }

    public ObjectProperty<Draft> draftProperty() {
        return draft;
    }

    public Draft draft() {
        return draft.get();
    }

    /** Replaces the draft by {@code change(draft)}; listeners (autosave, validation) fire only on a real change. */
    public void update(UnaryOperator<Draft> change) {
        Draft next = Objects.requireNonNull(change.apply(draft.get()), "a wizard step returned no draft");
        if (!next.equals(draft.get())) {
            draft.set(next);
        }
    }

    /** The result of the contacts step's last check of the draft's contact source; null until there is one. */
    public ReadOnlyObjectProperty<ImportResult> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ImportResult imported() {
        return imported.get();
    }

    public void setImported(ImportResult result) {
        imported.set(result);
    }

    /** The contacts to preview messages with: the last check's accepted contacts, or none yet. */
    public ContactTable contacts() {
        ImportResult result = imported.get();
        return result == null ? ContactTable.empty() : result.contacts();
    }

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public WizardStep step() {
        return step.get();
    }
}
