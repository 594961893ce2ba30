package app.vocero.ui.campaign.wizard.review;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import app.vocero.service.AccountService;
import app.vocero.service.CampaignCheck;
import app.vocero.service.CampaignService;
import app.vocero.service.RequestPreview;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.WizardStep;
import app.vocero.ui.campaign.wizard.WizardStepModel;
import app.vocero.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5: the command line's own pre-flight ({@link CampaignService#check}) on the autosaved draft file, in the
 * background; errors block sending, each warning needs a tick; the estimate; the exact requests to the account's
 * address, secrets masked. A change to the draft makes the review stale until it is checked again.
 */
public final class ReviewStepViewModel implements WizardStepModel {

    private final CampaignWizardModel model;
    private final CampaignService campaigns;
    private final AccountService accounts;
    /** The requests as they leave with the draft's account: its own address, never the official one by default. */
    private final app.vocero.service.CampaignSender sender;
    private final TaskRunner tasks;
    private final Supplier<Path> draftFile;
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final ObservableList<String> estimate = FXCollections.observableArrayList();
    private final ObservableList<RequestPreview> requests = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private Messages messages;
    private CampaignCheck last;
    private int generation;

    /** A finding as the review shows it: its text in the window's language and the step that owns its field. */
    public static final class FindingRow {
        private final Finding finding;
        private final String message;
        private final WizardStep step;
        private final BooleanProperty acknowledged = new SimpleBooleanProperty(false);

        FindingRow(Finding finding, String message, WizardStep step) {
            this.finding = finding;
            this.message = message;
            this.step = step;
        }

        public Finding finding() {
            return finding;
        }

        public String message() {
            return message;
        }

        /** The step where this is fixed; {@link WizardStep#REVIEW} when no earlier step owns it. */
        public WizardStep step() {
            return step;
        }

        public BooleanProperty acknowledgedProperty() {
            return acknowledged;
        }
    }

    /** @param draftFile writes the pending autosave and gives the draft's file (what the sender will read) */
    public ReviewStepViewModel(CampaignWizardModel model, CampaignService campaigns, AccountService accounts,
                               app.vocero.service.CampaignSender sender, TaskRunner tasks, Supplier<Path> draftFile,
                               Messages messages) {
        this.model = model;
        this.campaigns = campaigns;
        this.sender = sender;
        this.accounts = accounts;
        this.tasks = tasks;
        this.draftFile = draftFile;
        this.messages = messages;
        model.draftProperty().addListener((observable, before, now) -> stale());
        model.stepProperty().addListener((observable, before, now) -> {
            if (now == WizardStep.REVIEW) {
                check();
            }
        });
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        if (last != null) {
            show(last, requests.stream().toList());
        }
    }

    private void stale() {
        generation++;
        checked.set(false);
        complete.set(false);
    }

    /** Runs the pre-flight on the draft as saved now. */
    public void check() {
        Draft draft = model.draft();
        Path file = draftFile.get();
        int mine = ++generation;
        checking.set(true);
        checked.set(false);
        complete.set(false);
        status.set(messages.text("wizard.review.checking"));
        java.util.Optional<Account> account = draft.account() == null ? java.util.Optional.empty() : accounts.find(draft.account());
        String base = account.map(Account::baseUrl).orElse(null);
        boolean sandbox = account.map(Account::sandbox).orElse(false);
        tasks.run(progress -> {
            CampaignCheck check = campaigns.check(file, progress);
            return new Result(check, sender.previews(check, java.util.Optional.ofNullable(draft.account())));
        }, result -> {
            if (mine != generation) {
                return;
            }
            checking.set(false);
            last = result.check;
            address.set(base == null ? "" : sandbox ? messages.text("wizard.review.address.sandbox")
                    : messages.format("wizard.review.address", base));
            show(result.check, result.previews);
            checked.set(true);
            updateComplete();
        }, error -> {
            checking.set(false);
            status.set(messages.format("wizard.review.failed", error.getMessage()));
        });
    }

    private record Result(CampaignCheck check, List<RequestPreview> previews) {
    }

    private void show(CampaignCheck check, List<RequestPreview> previews) {
        String language = messages.locale().getLanguage();
        List<FindingRow> rows = new ArrayList<>();
        for (Finding finding : check.findings()) {
            FindingRow row = new FindingRow(finding, finding.message(language), owner(finding.field()));
            row.acknowledgedProperty().addListener((observable, was, now) -> updateComplete());
            rows.add(row);
        }
        rows.sort((a, b) -> Integer.compare(rank(a.finding().severity()), rank(b.finding().severity())));
        findings.setAll(rows);
        requests.setAll(previews);
        estimate.setAll(estimateLines(check));
        long errors = rows.stream().filter(row -> row.finding().isError()).count();
        long warnings = rows.stream().filter(row -> row.finding().severity() == Severity.WARNING).count();
        status.set(errors > 0 ? messages.format("wizard.review.errors", errors)
                : warnings > 0 ? messages.format("wizard.review.warnings", warnings) : messages.text("wizard.review.clean"));
    }

    private static int rank(Severity severity) {
        return severity == Severity.ERROR ? 0 : severity == Severity.WARNING ? 1 : 2;
    }

    private void updateComplete() {
        complete.set(checked.get() && findings.stream().noneMatch(row -> row.finding().isError())
                && findings.stream().filter(row -> row.finding().severity() == Severity.WARNING)
                .allMatch(row -> row.acknowledgedProperty().get()));
    }

    /** The step whose page holds a finding's field ({@code schedules[1].end} → schedule). */
    public static WizardStep owner(String field) {
        if (field == null || field.isEmpty()) {
            return WizardStep.REVIEW;
        }
        if (field.equals("name") || field.equals("provider") || field.equals("account") || field.equals("version")) {
            return WizardStep.PROVIDER;
        }
        if (field.startsWith("contacts")) {
            return WizardStep.CONTACTS;
        }
        if (field.startsWith("message") || field.startsWith("options.generateAudio")) {
            return WizardStep.MESSAGE;
        }
        if (field.startsWith("schedules") || field.startsWith("timezone") || field.startsWith("options")) {
            return WizardStep.SCHEDULE;
        }
        return WizardStep.REVIEW;
    }

    List<String> estimateLines(CampaignCheck check) {
        List<String> lines = new ArrayList<>();
        if (check.estimate().isEmpty()) {
            lines.add(messages.text("wizard.review.estimate.none"));
            return lines;
        }
        Estimate e = check.estimate().get();
        NumberFormat numbers = NumberFormat.getIntegerInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale()));
        Draft draft = check.reading().draft();
        String provider = draft.provider() == null ? "" : draft.provider().displayName();
        lines.add(messages.format("wizard.review.estimate.contacts", numbers.format(e.records())));
        lines.add(e.requestsCounted() ? messages.format("wizard.review.estimate.requests", numbers.format(e.requests()))
                : messages.text("accounts.estimate.requestsUncounted"));
        int windows = draft.schedules().size();
        if (windows > 1 && e.providerCampaigns() == windows) {
            lines.add(messages.format("wizard.review.estimate.campaignsPerWindow", windows, e.providerCampaigns(), provider));
        } else {
            lines.add(messages.format("wizard.review.estimate.campaigns", e.providerCampaigns(), provider));
        }
        lines.add(messages.format("wizard.review.estimate.calls", numbers.format(e.calls())));
        if (e.totalSeconds() != null) {
            long minutes = Math.round(e.totalSeconds() / 60.0);
            lines.add(messages.format("wizard.review.estimate.duration", minutes / 60, minutes % 60,
                    e.secondsPerCall() == null ? "?" : numbers.format(Math.round(e.secondsPerCall()))));
        } else {
            lines.add(messages.text("wizard.review.estimate.durationUnknown"));
        }
        lines.add(cost(e.cost(), e.currency()));
        return lines;
    }

    private String cost(BigDecimal amount, String currency) {
        if (amount == null) {
            return messages.text("wizard.review.estimate.noPrice");
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale()));
        try {
            money.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            return messages.format("wizard.review.estimate.cost", NumberFormat.getNumberInstance(app.vocero.ui.campaign.wizard.Formats.of(messages.locale())).format(amount)
                    + " " + (currency == null ? "" : currency));
        }
        return messages.format("wizard.review.estimate.cost", money.format(amount));
    }

    /** The last check's counts and cost, for the Send step's confirmation; empty before a check. */
    public java.util.Optional<CampaignCheck> lastCheck() {
        return java.util.Optional.ofNullable(last);
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public ObservableList<String> estimate() {
        return estimate;
    }

    public ObservableList<RequestPreview> requests() {
        return requests;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The account's address the requests go to. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
