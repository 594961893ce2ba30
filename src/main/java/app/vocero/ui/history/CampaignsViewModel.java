package app.vocero.ui.history;

import app.vocero.config.Messages;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.CallOutcome;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.HistoryFilter;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.CallAgain;
import app.vocero.service.CampaignReport;
import app.vocero.service.CampaignSender;
import app.vocero.service.CampaignTracker;
import app.vocero.service.CloneCampaign;
import app.vocero.service.ProviderAnswer;
import app.vocero.service.SendRefused;
import app.vocero.service.TrackingSummary;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The campaign history and one campaign's details: the list (searched and filtered), its journaled requests in
 * words, its tracking (outcomes translated, "not called yet" apart, one line per number), its message and windows,
 * and what can be made of it — a clone, a call-again draft, a report — besides the decisions about requests that got
 * no answer.
 */
public final class CampaignsViewModel {

    /** One tracked number. */
    public record OutcomeRow(String phone, String name, CallOutcome outcome, String outcomeText, String status,
                             String detail) {
    }

    /** One slice of the outcomes chart. */
    public record Slice(CallOutcome outcome, String label, long calls) {
    }

    private final CampaignTracker tracker;
    private final CampaignSender sender;
    private final CloneCampaign cloner;
    private final CallAgain callAgain;
    private final CampaignReport report;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<CampaignRecord> campaigns = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ProviderId> providerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignState> stateFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final StringProperty byFilter = new SimpleStringProperty();
    private final ObservableList<String> senders = FXCollections.observableArrayList();
    private final StringProperty sentBy = new SimpleStringProperty("");
    private final StringProperty updated = new SimpleStringProperty("");
    private final StringProperty shown = new SimpleStringProperty("");
    private final ObjectProperty<CampaignRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Submission> requests = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> selectedRequest = new SimpleObjectProperty<>();
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty notCalled = new SimpleStringProperty("");
    private final StringProperty trackedAt = new SimpleStringProperty("");
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Slice> slices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty windows = new SimpleStringProperty("");
    private final IntegerProperty toCallAgain = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty newDraft = new SimpleStringProperty();
    private final StringProperty settleId = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty trackable = new SimpleBooleanProperty(false);
    private Consumer<String> draftOpener = id -> { };
    private Messages messages;
    private List<CampaignRecord> all = List.of();

    /** The history without clone, call again and export (they need the draft and list services). */
    public CampaignsViewModel(CampaignTracker tracker, CampaignSender sender, TaskRunner tasks, Messages messages) {
        this(tracker, sender, null, null, null, tasks, messages, Clock.systemDefaultZone());
    }

    public CampaignsViewModel(CampaignTracker tracker, CampaignSender sender, CloneCampaign cloner, CallAgain callAgain,
                              CampaignReport report, TaskRunner tasks, Messages messages, Clock clock) {
        this.tracker = tracker;
        this.sender = sender;
        this.cloner = cloner;
        this.callAgain = callAgain;
        this.report = report;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        selected.addListener((observable, before, now) -> {
            if (before == null || now == null || !before.id().equals(now.id())) {
                status.set(""); // what was said of another campaign
            }
            show(now);
        });
        search.addListener((observable, before, now) -> applyFilter());
        providerFilter.addListener((observable, before, now) -> applyFilter());
        stateFilter.addListener((observable, before, now) -> applyFilter());
        fromFilter.addListener((observable, before, now) -> applyFilter());
        toFilter.addListener((observable, before, now) -> applyFilter());
        byFilter.addListener((observable, before, now) -> applyFilter());
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        if (selected.get() != null) {
            show(selected.get());
        }
    }

    /** Where "Open in the wizard" takes a new draft's id (the window's New campaign section). */
    public void useDraftOpener(Consumer<String> opener) {
        this.draftOpener = opener;
    }

    /** Reads the history again, keeps the selection when it is still shown, and says when. */
    public void refresh() {
        show(tracker.history());
    }

    /**
     * The same, with the database read off the FX thread: for the screen shown again from the sidebar, where a long
     * history must not hold the window (tests' synchronous runner makes it immediate).
     */
    public void refreshInBackground() {
        tasks.run(progress -> tracker.history(), this::show,
                problem -> status.set(messages.format("history.refreshFailed", String.valueOf(problem.getMessage()))));
    }

    private void show(List<CampaignRecord> history) {
        all = history;
        total.set(all.size());
        List<String> people = HistoryFilter.senders(all);
        if (!people.equals(senders)) {
            senders.setAll(people);
        }
        applyFilter();
        updated.set(messages.format("history.updated", time(clock.instant())));
    }

    /** Refresh, as the button does: the list, the selected campaign, and a line saying what was found. */
    public void refreshFromButton() {
        refresh();
        status.set(messages.format("history.refreshed", time(clock.instant()), all.size()));
    }

    public HistoryFilter filter() {
        return new HistoryFilter(search.get(), providerFilter.get(), stateFilter.get(), fromFilter.get(),
                toFilter.get(), clock.getZone(), byFilter.get());
    }

    public void clearFilter() {
        search.set("");
        providerFilter.set(null);
        stateFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
        byFilter.set(null);
    }

    private void applyFilter() {
        String id = selected.get() == null ? null : selected.get().id();
        List<CampaignRecord> matching = filter().apply(all);
        campaigns.setAll(matching);
        shown.set(messages.format("history.shown", matching.size(), all.size()));
        Optional<CampaignRecord> keep = matching.stream().filter(campaign -> campaign.id().equals(id)).findFirst()
                .or(() -> matching.stream().findFirst());
        if (keep.isPresent() && keep.get().equals(selected.get())) {
            show(keep.get()); // the same record: read its journal and tracking again
        } else {
            selected.set(keep.orElse(null));
        }
    }

    private String time(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(HistoryFormats.locale(messages.locale())).withZone(clock.getZone()).format(instant);
    }

    /** What the details pane shows, read off the FX thread. */
    private record Details(CampaignTracker.View view, Optional<Draft> draft, List<OutcomeRow> rows, int toCallAgain) {
    }

    private void show(CampaignRecord campaign) {
        newDraft.set(null);
        if (campaign == null) {
            summary.set("");
            sentBy.set("");
            requests.clear();
            outcomes.clear();
            slices.clear();
            tracking.set("");
            notCalled.set("");
            trackedAt.set("");
            message.set("");
            windows.set("");
            toCallAgain.set(0);
            return;
        }
        summary.set(messages.format("history.summary", campaign.provider().displayName(), campaign.account(),
                campaign.contacts(), state(campaign.state())));
        sentBy.set(campaign.sentBy() == null ? messages.text("who.sentBy.unknown")
                : messages.format("who.sentBy", campaign.sentBy().display()));
        Messages language = messages;
        tasks.run(progress -> details(campaign.id(), language), details -> {
            if (details != null && selected.get() != null && selected.get().id().equals(details.view().campaign().id())) {
                show(details);
            }
        }, this::failed);
    }

    private Details details(String campaignId, Messages language) {
        Optional<CampaignTracker.View> view = tracker.view(campaignId);
        if (view.isEmpty()) {
            return null;
        }
        Optional<Draft> draft;
        try {
            draft = tracker.sentDraft(campaignId);
        } catch (IllegalStateException e) {
            draft = Optional.empty();
        }
        Map<String, String[]> tracked = view.get().outcomes();
        Map<String, String> names = new HashMap<>();
        Set<String> again = new HashSet<>();
        if (!tracked.isEmpty()) {
            ContactTable contacts = tracker.contacts(campaignId).orElse(ContactTable.empty());
            for (int i = 0; i < contacts.size(); i++) {
                String number = contacts.e164(i);
                if (tracked.containsKey(number)) {
                    names.putIfAbsent(number, (contacts.field(ContactField.NAME, i) + " "
                            + contacts.field(ContactField.LAST_NAME, i)).trim());
                    if (CallOutcome.of(tracked.get(number)[0]).callAgain()) {
                        again.add(number);
                    }
                }
            }
        }
        List<OutcomeRow> rows = new ArrayList<>(tracked.size());
        tracked.forEach((phone, outcome) -> {
            CallOutcome kind = CallOutcome.of(outcome[0]);
            rows.add(new OutcomeRow(phone, names.getOrDefault(phone, ""), kind, outcomeText(kind, language),
                    statusText(outcome[0], language),
                    ProviderAnswer.detail(outcome.length > 1 ? outcome[1] : null, language)));
        });
        return new Details(view.get(), draft, rows, again.size());
    }

    private void show(Details details) {
        CampaignTracker.View view = details.view();
        requests.setAll(view.submissions());
        trackable.set(view.unavailable().isEmpty());
        outcomes.setAll(details.rows());
        toCallAgain.set(details.toCallAgain());
        showTracking(view);
        showDraft(details.draft());
    }

    private void showTracking(CampaignTracker.View view) {
        slices.clear();
        notCalled.set("");
        trackedAt.set("");
        if (view.unavailable().isPresent()) {
            String[] reason = view.unavailable().get();
            tracking.set("es".equals(messages.locale().getLanguage()) ? reason[1] : reason[0]);
            return;
        }
        if (view.campaign().trackedAt() == null) {
            tracking.set(messages.text("history.tracking.notYet"));
            return;
        }
        trackedAt.set(messages.format("history.tracking.asOf", dateTime(view.campaign().trackedAt())));
        TrackingSummary summary = TrackingSummary.of(view.counts(), messages);
        tracking.set(summary.outcomes().isEmpty() ? messages.text("history.tracking.none") : summary.outcomes());
        if (summary.notCalled() > 0) {
            notCalled.set(messages.format("history.tracking.notCalled", summary.notCalled()));
        }
        summary.byOutcome().forEach((kind, calls) -> slices.add(new Slice(kind, messages.format("history.chart.slice",
                outcomeText(kind, messages), calls), calls)));
    }

    private void showDraft(Optional<Draft> sent) {
        if (sent.isEmpty()) {
            message.set("");
            windows.set("");
            return;
        }
        Draft draft = sent.get();
        message.set(HistoryFormats.message(draft, messages));
        windows.set(HistoryFormats.windows(draft, messages));
    }

    private String dateTime(java.time.Instant instant) {
        return HistoryFormats.dateTime(messages.locale(), clock.getZone()).format(instant);
    }

    static String statusText(String status, Messages messages) {
        return TrackingSummary.statusText(status, messages);
    }

    static String outcomeText(CallOutcome outcome, Messages messages) {
        return TrackingSummary.outcomeText(outcome, messages);
    }

    String state(CampaignState state) {
        return messages.text("campaigns.state." + state.name().toLowerCase(Locale.ROOT));
    }

    /** The provider's answer to a request, in words. */
    public String answer(Submission submission) {
        CampaignRecord campaign = selected.get();
        ProviderId provider = campaign == null ? ProviderId.SAEM : campaign.provider();
        return ProviderAnswer.describe(provider, submission, messages);
    }

    public void refreshTracking() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("history.tracking.asking"));
        tasks.run(progress -> tracker.refresh(campaign.id()), view -> {
            busy.set(false);
            refresh();
            long numbers = view.outcomes().size();
            status.set(messages.format("history.tracking.refreshed", time(clock.instant()), numbers));
        }, this::failed);
    }

    public void resume() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("campaigns.resuming"));
        tasks.run(progress -> sender.resume(campaign.id(), progress), result -> {
            busy.set(false);
            refresh();
            status.set(state(result.campaign().state()));
        }, this::failed);
    }

    /** The user checked with the provider what happened to the selected unknown request. */
    public void settle(boolean created) {
        CampaignRecord campaign = selected.get();
        Submission request = selectedRequest.get();
        if (campaign == null || request == null) {
            return;
        }
        String id = settleId.get() == null ? "" : settleId.get().trim();
        busy.set(true);
        tasks.run(progress -> {
            // may ask the provider for the id of what was created (a Smartflo list): never on the FX thread
            sender.settle(campaign.id(), request.index(), created, created && !id.isEmpty() ? Optional.of(id) : Optional.empty());
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            settleId.set("");
            show(campaign);
            status.set(messages.text(created ? "campaigns.settled.created" : "campaigns.settled.sendAgain"));
        }, this::failed);
    }

    /** A new wizard draft with what the selected campaign was sent with. */
    public void cloneSelected() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || cloner == null || busy.get()) {
            return;
        }
        String name = messages.format("history.clone.name", campaign.name());
        busy.set(true);
        tasks.run(progress -> cloner.cloneAsDraft(campaign.id(), name), made -> {
            busy.set(false);
            newDraft.set(made.id());
            status.set(messages.format("history.cloned", made.name(), made.file().toString()));
        }, this::failed);
    }

    /** A new wizard draft calling only the numbers that did not answer, were busy or failed. */
    public void callAgainSelected() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || callAgain == null || busy.get()) {
            return;
        }
        String name = messages.format("history.callAgain.name", campaign.name());
        busy.set(true);
        tasks.run(progress -> callAgain.prepare(campaign.id(), name), made -> {
            busy.set(false);
            if (made.draftId().isEmpty()) {
                status.set(messages.text("history.callAgain.none"));
                return;
            }
            newDraft.set(made.draftId().get());
            status.set(messages.format("history.callAgain.done", made.draftName(), made.contacts(),
                    made.draftFile().map(Path::toString).orElse("")));
        }, this::failed);
    }

    /** Opens the draft just made in the wizard. */
    public void openNewDraft() {
        if (newDraft.get() != null) {
            draftOpener.accept(newDraft.get());
        }
    }

    /** The report file's suggested name. */
    public String reportFileName() {
        CampaignRecord campaign = selected.get();
        String name = campaign == null ? "" : campaign.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").trim();
        return messages.format("history.export.fileName", name.isEmpty() ? "vocero" : name);
    }

    /** Writes the selected campaign's report (CSV, formula-safe, the owner's eyes only). */
    public void exportReport(Path file) {
        CampaignRecord campaign = selected.get();
        if (campaign == null || report == null || file == null) {
            return;
        }
        Messages language = messages;
        busy.set(true);
        tasks.run(progress -> report.write(campaign.id(), file, language), lines -> {
            busy.set(false);
            status.set(messages.format("history.exported", file.toString(), lines));
        }, this::failed);
    }

    /** The id the provider shows for the request being settled as created (optional; some later steps need it). */
    public StringProperty settleIdProperty() {
        return settleId;
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(error instanceof SendRefused ? ((SendRefused) error).message(messages.locale().getLanguage())
                : messages.format("campaigns.failed", String.valueOf(error.getMessage())));
    }

    public ObservableList<CampaignRecord> campaigns() {
        return campaigns;
    }

    /** No campaign in the history at all (not: none matching the filter). */
    public BooleanBinding emptyProperty() {
        return total.isEqualTo(0);
    }

    public ObjectProperty<CampaignRecord> selectedProperty() {
        return selected;
    }

    public ObservableList<Submission> requests() {
        return requests;
    }

    public ObjectProperty<Submission> selectedRequestProperty() {
        return selectedRequest;
    }

    public BooleanBinding unknownSelectedProperty() {
        return Bindings.createBooleanBinding(() -> selectedRequest.get() != null
                && (selectedRequest.get().state() == SubmissionState.UNKNOWN
                || selectedRequest.get().state() == SubmissionState.PENDING), selectedRequest);
    }

    /** Whether the selected campaign has nothing left to send. */
    public BooleanBinding sentProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().state() == CampaignState.SENT, selected);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ProviderId> providerFilterProperty() {
        return providerFilter;
    }

    public ObjectProperty<CampaignState> stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    /**
     * Whose campaigns to show: a user name of {@link #senders()}, or {@code null} for everyone's.
     */
    public StringProperty byFilterProperty() {
        return byFilter;
    }

    /** The people who sent campaigns of the history, each once, in alphabetical order. */
    public ObservableList<String> senders() {
        return senders;
    }

    /** "Sent by ana @ PC-VENTAS-3" for the selected campaign, or that it was not recorded. */
    public StringProperty sentByProperty() {
        return sentBy;
    }

    /** "Updated 10:42": when the list was last read. */
    public StringProperty updatedProperty() {
        return updated;
    }

    /** "3 of 7 campaigns". */
    public StringProperty shownProperty() {
        return shown;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The outcomes per provider status in words, or why there are none. */
    public StringProperty trackingProperty() {
        return tracking;
    }

    /** "Not called yet: 3", apart from the outcomes; empty when none waits. */
    public StringProperty notCalledProperty() {
        return notCalled;
    }

    /** "as of 6 Dec 2026, 10:42"; empty before the first tracking. */
    public StringProperty trackedAtProperty() {
        return trackedAt;
    }

    public ObservableList<OutcomeRow> outcomes() {
        return outcomes;
    }

    public ObservableList<Slice> slices() {
        return slices;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty windowsProperty() {
        return windows;
    }

    /** How many numbers "Call again" would call. */
    public IntegerProperty toCallAgainProperty() {
        return toCallAgain;
    }

    /** The id of the draft just made by Clone or Call again; {@code null} when none. */
    public StringProperty newDraftProperty() {
        return newDraft;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Whether the provider has a tracking API to ask. */
    public BooleanProperty trackableProperty() {
        return trackable;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public boolean canCloneAndExport() {
        return cloner != null && report != null;
    }
}
