package app.vocero.ui.campaign;

import app.vocero.campaign.DraftException;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.service.DraftService;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.CampaignWizardViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The New campaign section: the saved drafts (continue, duplicate, delete), a new campaign, a draft file opened
 * from anywhere, and — while one is being edited — the wizard.
 */
public final class NewCampaignViewModel {

    private final DraftService drafts;
    private final CampaignWizardViewModel wizard;
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DraftRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private Messages messages;

    /**
     * One saved draft as the list shows it, its texts already in the window's language.
     *
     * @param changedBy who saved it last ({@code user@computer}) when that was someone else (a team's shared drafts);
     *                  empty otherwise
     */
    public record DraftRow(String id, String name, String provider, String contacts, String changed, Instant changedAt,
                           String changedBy) {
    }

    public NewCampaignViewModel(DraftService drafts, CampaignWizardViewModel wizard, Messages messages) {
        this.drafts = drafts;
        this.wizard = wizard;
        this.messages = messages;
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        refresh();
    }

    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().id();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(app.vocero.ui.campaign.wizard.Formats.of(messages.locale())).withZone(ZoneId.systemDefault());
        rows.setAll(drafts.list().stream().map(saved -> new DraftRow(saved.id(),
                saved.draft().name() == null || saved.draft().name().isBlank() ? messages.text("wizard.untitled") : saved.draft().name(),
                saved.draft().provider() == null ? "" : saved.draft().provider().displayName(),
                contacts(saved), format.format(saved.changed()), saved.changed(), saved.changedBy().orElse(""))).toList());
        shared.set(rows.stream().anyMatch(row -> !row.changedBy().isEmpty()));
        selected.set(rows.stream().filter(row -> row.id().equals(keep)).findFirst().orElse(null));
    }

    private String contacts(DraftService.Saved saved) {
        ContactSource source = saved.draft().contacts();
        if (source == null) {
            return "";
        }
        if (source.isSavedList()) {
            if (saved.contacts().isPresent()) {
                return messages.format("drafts.contacts.listCount", source.list(), java.text.NumberFormat
                        .getIntegerInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale()))
                        .format(saved.contacts().getAsLong()));
            }
            return messages.format("drafts.contacts.list", source.list());
        }
        return source.file() == null ? "" : Path.of(source.file()).getFileName().toString();
    }

    public void newCampaign() {
        wizard.startNew(CampaignWizardModel.emptyDraft());
        editing.set(true);
        status.set("");
    }

    public void continueSelected() {
        DraftRow row = selected.get();
        if (row != null && wizard.open(row.id())) {
            editing.set(true);
            status.set("");
        }
    }

    public void duplicateSelected() {
        DraftRow row = selected.get();
        if (row == null) {
            return;
        }
        String copy = drafts.duplicate(row.id(), messages.format("drafts.copyName", row.name()));
        refresh();
        rows.stream().filter(candidate -> candidate.id().equals(copy)).findFirst().ifPresent(selected::set);
        status.set(messages.format("drafts.duplicated", row.name()));
    }

    public void deleteSelected() {
        DraftRow row = selected.get();
        if (row == null) {
            return;
        }
        drafts.delete(row.id());
        refresh();
        status.set(messages.format("drafts.deleted", row.name()));
    }

    /** Opens a {@code *.vocero.json} from anywhere: it is copied into the drafts and the wizard continues it. */
    public void openFile(Path file) {
        try {
            String id = drafts.importFile(file);
            refresh();
            if (wizard.open(id)) {
                editing.set(true);
                status.set("");
            }
        } catch (DraftException e) {
            status.set(messages.format("drafts.openFailed", e.getMessage()));
        }
    }

    /** Back from the wizard to the list. */
    public void showList() {
        editing.set(false);
        refresh();
    }

    public ObservableList<DraftRow> drafts() {
        return rows;
    }

    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(rows);
    }

    public ObjectProperty<DraftRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    /** Whether a draft of the list was last changed by another user or computer: the list then says who. */
    public javafx.beans.property.ReadOnlyBooleanProperty sharedProperty() {
        return shared;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
