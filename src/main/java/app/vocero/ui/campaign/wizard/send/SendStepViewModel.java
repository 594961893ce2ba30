package app.vocero.ui.campaign.wizard.send;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.CampaignCheck;
import app.vocero.service.CampaignSender;
import app.vocero.service.SendRefused;
import app.vocero.service.SendReport;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.WizardStepModel;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 6: sends the autosaved draft file through {@link CampaignSender} (the command line's sender: journaled,
 * never twice) in the background, with per-request progress; shows each request's outcome and provider ids; for a
 * request that got no answer, the user checks with the provider and says "it was created" or "send it again";
 * then the campaign opens in the history.
 */
public final class SendStepViewModel implements WizardStepModel {

    private final CampaignWizardModel model;
    private final CampaignSender sender;
    private final TaskRunner tasks;
    private final Supplier<Path> draftFile;
    private final Supplier<Optional<CampaignCheck>> lastCheck;
    private final Consumer<String> openInHistory;
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper campaignId = new ReadOnlyStringWrapper();
    private Messages messages;

    /** One journaled request's outcome as shown. */
    public record Outcome(int index, String step, SubmissionState state, String stateText, String ids, String detail) {
        public boolean unknown() {
            return state == SubmissionState.UNKNOWN || state == SubmissionState.PENDING;
        }
    }

    public SendStepViewModel(CampaignWizardModel model, CampaignSender sender, TaskRunner tasks, Supplier<Path> draftFile,
                             Supplier<Optional<CampaignCheck>> lastCheck, Consumer<String> openInHistory, Messages messages) {
        this.model = model;
        this.sender = sender;
        this.tasks = tasks;
        this.draftFile = draftFile;
        this.lastCheck = lastCheck;
        this.openInHistory = openInHistory;
        this.messages = messages;
        model.draftProperty().addListener((observable, before, now) -> {
            if (!sending.get() && campaignId.get() == null) {
                status.set("");
            }
        });
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
    }

    /** What the confirmation repeats: counts and cost from the review's check. */
    public String confirmation() {
        String name = model.draft().name();
        String provider = model.draft().provider() == null ? "" : model.draft().provider().displayName();
        Optional<Estimate> estimate = lastCheck.get().flatMap(CampaignCheck::estimate);
        if (estimate.isEmpty()) {
            return messages.format("wizard.send.confirm.plain", name, provider);
        }
        Estimate e = estimate.get();
        NumberFormat numbers = NumberFormat.getIntegerInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale()));
        String cost = e.cost() == null ? messages.text("wizard.send.confirm.noCost") : money(e);
        return messages.format("wizard.send.confirm.text", name, provider, numbers.format(e.records()),
                numbers.format(e.calls()), e.providerCampaigns(), e.requests(), cost);
    }

    private String money(Estimate e) {
        NumberFormat money = NumberFormat.getCurrencyInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale()));
        try {
            money.setCurrency(java.util.Currency.getInstance(e.currency()));
            return money.format(e.cost());
        } catch (RuntimeException ex) {
            return NumberFormat.getNumberInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale())).format(e.cost()) + " " + e.currency();
        }
    }

    /** Sends the campaign (after the user confirmed). */
    public void send() {
        if (sending.get() || campaignId.get() != null) {
            return;
        }
        Path file = draftFile.get();
        sending.set(true);
        status.set(messages.text("wizard.send.sending"));
        outcomes.clear();
        RunningWork work = tasks.run(progress -> sender.send(file, Optional.empty(), progress), this::finished, this::failed);
        follow(work);
    }

    private void follow(RunningWork work) {
        if (!work.runningProperty().get()) {
            return; // already finished (a runner that works at once)
        }
        progress.unbind();
        progress.bind(work.progressProperty());
        progressText.unbind();
        progressText.bind(work.messageProperty());
    }

    private void finished(SendReport report) {
        sending.set(false);
        progress.unbind();
        progressText.unbind();
        progressText.set("");
        progress.set(1);
        campaignId.set(report.campaign().id());
        show(report);
        CampaignState state = report.campaign().state();
        sent.set(state == CampaignState.SENT);
        status.set(messages.text("wizard.send.state." + state.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void failed(Throwable error) {
        sending.set(false);
        progress.unbind();
        progressText.unbind();
        progressText.set("");
        status.set(error instanceof SendRefused ? ((SendRefused) error).message(messages.locale().getLanguage())
                : messages.format("wizard.send.failed", error.getMessage()));
    }

    private void show(SendReport report) {
        outcomes.setAll(report.submissions().stream().map(this::outcome).toList());
    }

    private Outcome outcome(Submission submission) {
        // what the provider answered, as a sentence in the window's language (the history says it the same way)
        String ids = model.draft().provider() == null ? ""
                : app.vocero.service.ProviderAnswer.describe(model.draft().provider(), submission.providerIds(), messages);
        String detail = inLanguage(submission.errorMessage());
        if (submission.errorCode() != null && submission.state() == SubmissionState.REJECTED) {
            detail = submission.errorCode() + (detail.isEmpty() ? "" : ": " + detail);
        }
        return new Outcome(submission.index(), submission.step(), submission.state(),
                messages.text("wizard.send.outcome." + submission.state().name().toLowerCase(java.util.Locale.ROOT)), ids, detail);
    }

    /** Provider messages are kept as "English\nSpanish": the line of the window's language. */
    private String inLanguage(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n", 2);
        return lines.length == 2 && "es".equals(messages.locale().getLanguage()) ? lines[1] : lines[0];
    }

    /**
     * The user checked with the provider what happened to a request that got no answer: it was created (nothing is
     * sent again) or it was not (it is sent again). Either way the rest of the campaign is then sent.
     */
    public void settle(Outcome outcome, boolean created) {
        String id = campaignId.get();
        if (id == null || sending.get()) {
            return;
        }
        sending.set(true);
        status.set(messages.text(created ? "wizard.send.settled.created" : "wizard.send.settled.again"));
        // settling may ask the provider for an id (a Smartflo list): with the resume, off the FX thread
        RunningWork work = tasks.run(progress -> {
            settleWithSender(id, outcome, created);
            return sender.resume(id, progress);
        }, this::finished, this::failed);
        follow(work);
    }

    /** The one place the wizard calls the sender's settle. */
    private void settleWithSender(String id, Outcome outcome, boolean created) throws SendRefused, InterruptedException {
        sender.settle(id, outcome.index(), created, java.util.Optional.empty());
    }

    public void openInHistory() {
        if (campaignId.get() != null) {
            openInHistory.accept(campaignId.get());
        }
    }

    /** Ready for another campaign (a new draft was opened). */
    public void reset() {
        campaignId.set(null);
        sent.set(false);
        outcomes.clear();
        status.set("");
        progress.unbind();
        progress.set(0);
    }

    public ObservableList<Outcome> outcomes() {
        return outcomes;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty campaignIdProperty() {
        return campaignId.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty completeProperty() {
        return sent.getReadOnlyProperty();
    }
}
