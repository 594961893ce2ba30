package app.vocero.ui.history;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.CampaignSender;
import app.vocero.service.CampaignTracker;
import app.vocero.service.SendRefused;
import app.vocero.ui.common.TaskRunner;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The campaign history and one campaign's page: its journaled requests, its tracking (or why there is none), and
 * the user's decisions about requests that got no answer.
 */
public final class CampaignsViewModel {

    private final CampaignTracker tracker;
    private final CampaignSender sender;
    private final TaskRunner tasks;
    private final ObservableList<CampaignRecord> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignRecord> selected = new SimpleObjectProperty<>();
    private final ObservableList<Submission> requests = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> selectedRequest = new SimpleObjectProperty<>();
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty settleId = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty trackable = new SimpleBooleanProperty(false);
    private Messages messages;

    public CampaignsViewModel(CampaignTracker tracker, CampaignSender sender, TaskRunner tasks, Messages messages) {
        this.tracker = tracker;
        this.sender = sender;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((observable, before, now) -> show(now));
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
    }

    public void refresh() {
        String id = selected.get() == null ? null : selected.get().id();
        campaigns.setAll(tracker.history());
        campaigns.stream().filter(campaign -> campaign.id().equals(id)).findFirst()
                .or(() -> campaigns.stream().findFirst())
                .ifPresent(selected::set);
    }

    private void show(CampaignRecord campaign) {
        status.set("");
        if (campaign == null) {
            requests.clear();
            tracking.set("");
            return;
        }
        tracker.view(campaign.id()).ifPresent(this::show);
    }

    private void show(CampaignTracker.View view) {
        requests.setAll(view.submissions());
        trackable.set(view.unavailable().isEmpty());
        String language = messages.locale().getLanguage();
        if (view.unavailable().isPresent()) {
            tracking.set("es".equals(language) ? view.unavailable().get()[1] : view.unavailable().get()[0]);
        } else if (view.campaign().trackedAt() == null) {
            tracking.set(messages.text("campaigns.tracking.notYet"));
        } else {
            tracking.set(messages.format("campaigns.tracking.counts", view.counts().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", ")),
                    view.outcomes().size()));
        }
    }

    public void refreshTracking() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(progress -> tracker.refresh(campaign.id()), view -> {
            busy.set(false);
            show(view);
        }, this::failed);
    }

    public void resume() {
        CampaignRecord campaign = selected.get();
        if (campaign == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("campaigns.resuming"));
        tasks.run(progress -> sender.resume(campaign.id(), progress), report -> {
            busy.set(false);
            refresh();
            show(report.campaign());
            status.set(messages.text("campaigns.state." + report.campaign().state().name().toLowerCase(java.util.Locale.ROOT)));
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

    /** The id the provider shows for the request being settled as created (optional; some later steps need it). */
    public StringProperty settleIdProperty() {
        return settleId;
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(error instanceof SendRefused ? ((SendRefused) error).message(messages.locale().getLanguage())
                : messages.format("campaigns.failed", error.getMessage()));
    }

    public ObservableList<CampaignRecord> campaigns() {
        return campaigns;
    }

    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(campaigns);
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
                && selected.get().state() == app.vocero.domain.campaign.CampaignState.SENT, selected);
    }

    public StringProperty trackingProperty() {
        return tracking;
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
}
