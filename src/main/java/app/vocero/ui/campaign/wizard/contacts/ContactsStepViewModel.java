package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.config.Messages;
import app.vocero.contacts.RejectsCsv;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.Contact;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ImportResult;
import app.vocero.domain.Reject;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.service.ContactListService;
import app.vocero.service.Countries;
import app.vocero.service.CountrySplit;
import app.vocero.service.DoNotCallService;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.service.SettingsService;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.BackgroundWork;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2 of the campaign wizard: where the campaign's contacts come from (a file or a saved list), checked in the
 * background by the same service the Contact lists screen and the command line use, without saving a list. The
 * choice lives in the draft's {@link ContactSource} ({@code model.update}); the check's result goes to
 * {@code model.setImported}, split by country calling code when the user chose to keep only one.
 */
public final class ContactsStepViewModel implements app.vocero.ui.campaign.wizard.WizardStepModel {

    /** The file types the step takes, by extension. */
    public static final Set<String> FILE_TYPES = Set.copyOf(app.vocero.ui.common.FileChoosers.CONTACT_FILE_TYPES);
    private static final int CHART_BARS = 6;

    /** What one check produced: the source it checked, the file's result, its calling codes, the split if chosen. */
    private record Checked(ContactSource source, ImportResult result, Map<String, Long> callingCodes,
                           CountrySplit.Split split, ImportResult called) {
    }

    private final CampaignWizardModel model;
    private final ContactListService contactLists;
    private final DoNotCallService doNotCall;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private Messages messages;

    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CountrySplit.Split> split = new ReadOnlyObjectWrapper<>();
    /** What the campaign calls: the result, or the result with only the kept country when split. */
    private ImportResult called;
    private Map<String, Long> callingCodes = Map.of();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty ready = new SimpleStringProperty("");
    private final StringProperty invalid = new SimpleStringProperty("");
    private final StringProperty duplicates = new SimpleStringProperty("");
    private final StringProperty suppressed = new SimpleStringProperty("");
    private final StringProperty setAsideCount = new SimpleStringProperty("");
    private final StringProperty splitOffer = new SimpleStringProperty("");
    private final StringProperty splitExplanation = new SimpleStringProperty("");
    private final BooleanProperty splitOffered = new SimpleBooleanProperty(false);
    private final StringProperty splitDone = new SimpleStringProperty("");
    private final BooleanProperty savedList = new SimpleBooleanProperty(false);
    private final ObjectProperty<Countries.Country> country = new SimpleObjectProperty<>();
    private final ObservableList<Countries.Country> countries = FXCollections.observableArrayList();
    private final ObservableList<ContactListSummary> lists = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ObservableList<Reject>> rejects =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Contact>> setAside =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObjectProperty<List<Breakdown>> countryChart = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Breakdown>> operatorChart = new SimpleObjectProperty<>(List.of());
    private RunningWork running;
    private int generation;
    private boolean showingColumns;

    public ContactsStepViewModel(CampaignWizardModel model, ContactListService contactLists, DoNotCallService doNotCall,
                                 SettingsService settings, TaskRunner tasks, Messages messages) {
        this.model = model;
        this.contactLists = contactLists;
        this.doNotCall = doNotCall;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        sortCountries();
        String written = Optional.ofNullable(model.draft().contacts()).map(ContactSource::country)
                .orElse(settings.defaultCountry());
        country.set(Countries.region(written).flatMap(this::countryOf)
                .or(() -> countryOf("CO")).orElse(null));
        model.draftProperty().addListener((observable, before, now) -> draftChanged(before, now));
        refreshTexts();
    }

    /** The language changed: later texts in the new one, and the shown ones again. */
    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        sortCountries();
        refreshTexts();
    }

    /**
     * The step is shown: loads the saved lists and, when the draft names contacts that were not checked yet (a draft
     * reopened), checks them.
     */
    public void enter() {
        refreshLists();
        if (model.draft().contacts() != null && model.imported() == null && !importing.get()) {
            check(null);
        }
    }

    public void refreshLists() {
        lists.setAll(contactLists.lists());
    }

    /** Whether a dropped file is one the step takes. */
    public static boolean canTake(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && FILE_TYPES.contains(name.substring(dot + 1));
    }

    /** The user chose or dropped a file: it becomes the draft's contacts (no column choices yet) and is checked. */
    public void chooseFile(Path file) {
        if (file == null) {
            return;
        }
        String countryCode = country.get() == null ? settings.defaultCountry() : country.get().region();
        model.update(draft -> withContacts(draft, new ContactSource(file.toAbsolutePath().toString(), null,
                countryCode, Map.of(), null, Map.of())));
        check(null);
    }

    /** The user picked a saved list. */
    public void chooseList(ContactListSummary list) {
        if (list == null) {
            return;
        }
        model.update(draft -> withContacts(draft, new ContactSource(null, list.id(), null, Map.of(), null, Map.of())));
        check(null);
    }

    /** The country of numbers written without their code; a file is checked again with it. */
    public void chooseCountry(Countries.Country chosen) {
        if (chosen == null) {
            return;
        }
        country.set(chosen);
        ContactSource current = model.draft().contacts();
        if (current != null && !current.isSavedList()
                && !chosen.region().equals(Countries.region(current.country()).orElse(null))) {
            model.update(draft -> withContacts(draft, new ContactSource(current.file(), null, chosen.region(),
                    current.columns(), current.sheet(), current.extra())));
            check(null);
        }
    }

    /**
     * The user read {@code field} from another column ({@code ""}: from none): written into the draft's columns
     * (role key → header, what the command line's {@code --column} takes) and checked again at once.
     */
    public void chooseColumn(ContactField field, String header) {
        ContactSource current = model.draft().contacts();
        if (current == null || current.isSavedList() || field == ContactField.PHONE && (header == null || header.isBlank())) {
            return;
        }
        String wanted = header == null ? "" : header;
        Map<String, String> chosen = new LinkedHashMap<>(current.columns());
        if (!wanted.isEmpty()) {
            chosen.entrySet().removeIf(entry -> entry.getValue().equals(wanted) && !entry.getKey().equals(field.key()));
        }
        chosen.put(field.key(), wanted);
        if (chosen.equals(current.columns())) {
            return;
        }
        model.update(draft -> withContacts(draft, new ContactSource(current.file(), null, current.country(), chosen,
                current.sheet(), current.extra())));
        check(null);
    }

    /** One click: keep only the numbers of the most common calling code; the others are set aside and listed. */
    public void keepOnlyMainCountry() {
        if (callingCodes.size() < 2 || result.get() == null) {
            return;
        }
        String main = callingCodes.keySet().iterator().next();
        model.update(draft -> withContacts(draft, CountrySplit.choose(draft.contacts(), main)));
        check(result.get());
    }

    /** Calls every number again, the set-aside ones included. */
    public void keepAllCountries() {
        if (model.draft().contacts() == null || result.get() == null) {
            return;
        }
        model.update(draft -> withContacts(draft, CountrySplit.choose(draft.contacts(), null)));
        check(result.get());
    }

    /** Checks the draft's contacts again (after a cancel, or when the file changed on disk). */
    public void checkAgain() {
        if (model.draft().contacts() != null) {
            check(null);
        }
    }

    public void cancel() {
        if (running != null && importing.get()) {
            running.cancel();
            generation++;
            finished();
            status.set(messages.text("wizard.contacts.cancelled"));
            refreshTexts();
        }
    }

    /** Writes every rejected row and its reason as the command line's {@code --rejects} does (formula-safe CSV). */
    public void exportRejects(Path file) {
        ImportResult shown = result.get();
        if (file == null || shown == null) {
            return;
        }
        String language = language();
        background(progress -> {
            RejectsCsv.write(shown.rejects(), file, language);
            return shown.rejects().size();
        }, written -> notice.set(messages.format("wizard.contacts.rejects.exported", written, file.getFileName())));
    }

    /** Writes the set-aside contacts, every column included, so they can be called in a campaign of their own. */
    public void exportSetAside(Path file) {
        CountrySplit.Split shown = split.get();
        if (file == null || shown == null) {
            return;
        }
        background(progress -> {
            CountrySplit.writeCsv(shown.setAside(), file);
            return shown.setAside().size();
        }, written -> notice.set(messages.format("wizard.contacts.setAside.exported", written, file.getFileName())));
    }

    /** Adds the selected rejected rows' numbers to the do-not-call list, then checks the contacts again. */
    public void addToDoNotCall(List<Reject> selected) {
        ContactSource current = model.draft().contacts();
        if (selected == null || selected.isEmpty() || current == null) {
            return;
        }
        Set<String> numbers = new LinkedHashSet<>();
        selected.forEach(reject -> numbers.add(reject.value()));
        String countryCode = current.isSavedList() || current.country() == null
                ? (country.get() == null ? settings.defaultCountry() : country.get().region()) : current.country();
        String language = language();
        background(progress -> doNotCall.add(new ArrayList<>(numbers), countryCode, language), change -> {
            String done = messages.format("wizard.contacts.dnc.added", change.changed());
            if (!change.invalid().isEmpty()) {
                done = done + " " + messages.format("wizard.contacts.dnc.invalid", change.invalid().size());
            }
            if (current.isSavedList()) {
                done = done + " " + messages.text("wizard.contacts.dnc.savedList");
            }
            notice.set(done);
            check(null);
        });
    }

    private <T> void background(BackgroundWork<T> work, Consumer<T> done) {
        error.set("");
        notice.set("");
        working.set(true);
        tasks.run(work, value -> {
            working.set(false);
            done.accept(value);
        }, problem -> {
            working.set(false);
            error.set(messages.format("wizard.contacts.failed", problem.getMessage()));
        });
    }

    private void check(ImportResult reuse) {
        ContactSource checking = model.draft().contacts();
        if (checking == null) {
            return;
        }
        if (running != null && importing.get()) {
            running.cancel();
        }
        int mine = ++generation;
        model.setImported(null);
        error.set("");
        importing.set(true);
        progress.set(-1);
        String language = language();
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        String name = describe(checking);
        String reading = messages.format("wizard.contacts.reading", name);
        status.set(reading);
        refreshTexts();
        running = tasks.run(taskProgress -> {
            taskProgress.update(0, -1, reading);
            ImportResult full = reuse != null ? reuse : read(checking, language, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    taskProgress.update(done, total, messages.format("wizard.contacts.progress", name,
                            numbers.format(done)));
                }

                @Override
                public boolean isCancelled() {
                    return taskProgress.isCancelled();
                }
            });
            taskProgress.checkCancelled();
            if (reuse == null && !checking.isSavedList() && checking.country() != null) {
                settings.setDefaultCountry(checking.country()); // the next file starts with it, as in Contact lists
            }
            Map<String, Long> codes = CountrySplit.callingCodes(full.contacts());
            CountrySplit.Split chosen = CountrySplit.chosen(checking)
                    .map(code -> CountrySplit.keepOnly(full.contacts(), code)).orElse(null);
            return new Checked(checking, full, codes, chosen,
                    chosen == null ? full : CountrySplit.applied(full, chosen));
        }, checked -> {
            if (mine == generation) {
                checked(checked);
            }
        }, problem -> {
            if (mine == generation) {
                failed(problem);
            }
        });
        // A JavaFX task reports "running" only a pulse later; what matters is that it has not finished yet (the
        // synchronous runner of the tests finishes before it returns).
        if (importing.get() && mine == generation) {
            progress.bind(running.progressProperty());
            status.bind(running.messageProperty());
        }
    }

    private ImportResult read(ContactSource checking, String language, Progress progress) throws ContactFileException {
        if (checking.isSavedList()) {
            return contactLists.savedResult(checking.list()).orElseThrow(() -> new IllegalArgumentException(
                    messages.format("wizard.contacts.listGone", checking.list())));
        }
        Map<ContactField, String> roles = new EnumMap<>(ContactField.class);
        checking.columns().forEach((role, header) -> ContactField.fromKey(role).ifPresent(field -> roles.put(field, header)));
        ImportRequest request = new ImportRequest(Path.of(checking.file()), checking.country(), roles,
                Optional.ofNullable(checking.sheet()), Optional.empty(), false);
        return contactLists.importFile(request, language, progress).result();
    }

    private void checked(Checked checked) {
        finished();
        status.set("");
        callingCodes = checked.callingCodes();
        called = checked.called();
        split.set(checked.split());
        // JavaFX tells listeners only of a value that is not equals() to the last: a record holding 500,000 rejects
        // would be compared element by element on the FX thread (tens of ms). Clearing first makes it O(1).
        result.set(null);
        result.set(checked.result());
        savedList.set(checked.source().isSavedList());
        rejects.set(FXCollections.emptyObservableList());
        rejects.set(FXCollections.observableList(checked.result().rejects()));
        setAside.set(checked.split() == null ? FXCollections.observableArrayList()
                : FXCollections.observableList(new ContactRows(checked.split().setAside())));
        showColumns(checked);
        model.setImported(null); // as above: never a deep comparison of two imports
        model.setImported(checked.called());
        refreshTexts();
    }

    private void failed(Throwable problem) {
        finished();
        status.set("");
        if (problem instanceof CancellationException) {
            status.set(messages.text("wizard.contacts.cancelled"));
            refreshTexts();
            return;
        }
        called = null;
        result.set(null);
        split.set(null);
        callingCodes = Map.of();
        rejects.set(FXCollections.observableArrayList());
        setAside.set(FXCollections.observableArrayList());
        columns.clear();
        error.set(problem instanceof ContactFileException
                ? ((ContactFileException) problem).message(language())
                : problem instanceof IllegalArgumentException ? problem.getMessage()
                : messages.format("wizard.contacts.unexpected", String.valueOf(problem)));
        refreshTexts();
    }

    private void finished() {
        progress.unbind();
        status.unbind();
        importing.set(false);
    }

    /** The mapping lines: every role, with the file's columns to choose from and the one the check used. */
    private void showColumns(Checked checked) {
        List<String> headers = new ArrayList<>(checked.result().columns().values());
        checked.result().contacts().customNames().forEach(name -> {
            if (!headers.contains(name)) {
                headers.add(name);
            }
        });
        List<ColumnChoice> lines = new ArrayList<>();
        showingColumns = true;
        for (ContactField field : ContactField.values()) {
            List<String> options = new ArrayList<>();
            if (field != ContactField.PHONE) {
                options.add("");
            }
            options.addAll(headers);
            String used = checked.result().columns().getOrDefault(field.key(), "");
            ColumnChoice line = new ColumnChoice(field, options, used);
            line.headerProperty().addListener((observable, before, now) -> {
                if (!showingColumns && now != null && !now.equals(before)) {
                    chooseColumn(field, now);
                }
            });
            lines.add(line);
        }
        if (!sameChoices(lines)) {
            columns.setAll(lines);
        }
        showingColumns = false;
    }

    /** Whether the mapping shown already offers these columns with these choices (then the view keeps its lines). */
    private boolean sameChoices(List<ColumnChoice> lines) {
        if (lines.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            ColumnChoice shown = columns.get(i);
            ColumnChoice wanted = lines.get(i);
            if (shown.field() != wanted.field() || !shown.headers().equals(wanted.headers())
                    || !java.util.Objects.equals(shown.headerProperty().get(), wanted.headerProperty().get())) {
                return false;
            }
        }
        return true;
    }

    private void draftChanged(Draft before, Draft now) {
        if (before == null || now == null || before.provider() != now.provider()) {
            refreshTexts();
        }
    }

    /** Every text the step shows, in the current language, from the current state. */
    private void refreshTexts() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        ImportResult shown = result.get();
        CountrySplit.Split chosen = split.get();
        ContactSource current = model.draft().contacts();
        source.set(current == null ? "" : messages.format("wizard.contacts.source", describe(current)));
        if (shown == null) {
            for (StringProperty card : List.of(ready, invalid, duplicates, suppressed, setAsideCount)) {
                card.set("");
            }
            setIfChanged(countryChart, List.of());
            setIfChanged(operatorChart, List.of());
        } else {
            ready.set(numbers.format(chosen == null ? shown.uniqueValid() : chosen.kept().size()));
            invalid.set(numbers.format(shown.invalid()));
            duplicates.set(numbers.format(shown.duplicates()));
            suppressed.set(numbers.format(shown.suppressed()));
            setAsideCount.set(chosen == null ? "" : numbers.format(chosen.setAside().size()));
            setIfChanged(countryChart, bars(called.countries(), region -> Countries.name(region, messages.locale())));
            setIfChanged(operatorChart, bars(called.operators(), operator -> "unknown".equals(operator)
                    ? messages.text("wizard.contacts.chart.unknownOperator") : operator));
        }
        boolean needsSplit = shown != null && chosen == null && callingCodes.size() > 1
                && CountrySplit.required(model.draft().provider());
        splitOffered.set(needsSplit);
        if (needsSplit) {
            String main = callingCodes.keySet().iterator().next();
            long kept = callingCodes.get(main);
            long others = shown.uniqueValid() - kept;
            splitOffer.set(messages.format("wizard.contacts.split.keep", main, numbers.format(kept), others,
                    numbers.format(others)));
            splitExplanation.set(messages.format("wizard.contacts.split.why", describeCodes(shown, numbers),
                    model.draft().provider().displayName()));
        } else {
            splitOffer.set("");
            splitExplanation.set("");
        }
        splitDone.set(chosen == null ? "" : messages.format("wizard.contacts.split.done", chosen.callingCode(),
                numbers.format(chosen.kept().size()), chosen.setAside().size(), numbers.format(chosen.setAside().size())));
        long callable = shown == null ? 0 : chosen == null ? shown.uniqueValid() : chosen.kept().size();
        complete.set(shown != null && !importing.get() && callable > 0 && !needsSplit);
        hint.set(hintText(current, shown, callable, needsSplit, numbers));
    }

    private String hintText(ContactSource current, ImportResult shown, long callable, boolean needsSplit,
                            NumberFormat numbers) {
        if (importing.get()) {
            return "";
        }
        if (current == null) {
            return messages.text("wizard.contacts.hint.choose");
        }
        if (!error.get().isEmpty()) {
            return messages.text("wizard.contacts.hint.error");
        }
        if (shown == null) {
            return messages.text("wizard.contacts.hint.notChecked");
        }
        if (callable == 0) {
            return messages.text(current.isSavedList() ? "wizard.contacts.hint.noneInList" : "wizard.contacts.hint.none");
        }
        if (needsSplit) {
            return messages.format("wizard.contacts.hint.split", model.draft().provider().displayName());
        }
        return messages.format("wizard.contacts.hint.ready", callable, numbers.format(callable));
    }

    /** {@code Colombia +57: 21; Estados Unidos +1: 1}, from the result's countries. */
    private String describeCodes(ImportResult shown, NumberFormat numbers) {
        List<String> parts = new ArrayList<>();
        shown.countries().forEach((region, count) -> parts.add(Countries.name(region, messages.locale()) + " +"
                + Countries.callingCode(region) + ": " + numbers.format(count)));
        return String.join("; ", parts);
    }

    /** A chart is redrawn only when its bars change (checking the same file again changes nothing). */
    private static void setIfChanged(ObjectProperty<List<Breakdown>> chart, List<Breakdown> bars) {
        if (!bars.equals(chart.get())) {
            chart.set(bars);
        }
    }

    private List<Breakdown> bars(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        List<Breakdown> bars = new ArrayList<>();
        long others = 0;
        int index = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (index++ < CHART_BARS) {
                bars.add(new Breakdown(label.apply(entry.getKey()), entry.getValue()));
            } else {
                others += entry.getValue();
            }
        }
        if (others > 0) {
            bars.add(new Breakdown(messages.text("wizard.contacts.chart.others"), others));
        }
        return List.copyOf(bars);
    }

    private String describe(ContactSource contacts) {
        if (contacts.isSavedList()) {
            return lists.stream().filter(list -> list.id().equals(contacts.list())).map(ContactListSummary::name)
                    .findFirst().or(() -> contactLists.find(contacts.list()).map(ContactListSummary::name))
                    .orElse(contacts.list());
        }
        Path file = Path.of(contacts.file()).getFileName();
        return file == null ? contacts.file() : file.toString();
    }

    private Optional<Countries.Country> countryOf(String region) {
        return countries.stream().filter(candidate -> candidate.region().equals(region)).findFirst();
    }

    private void sortCountries() {
        Locale locale = messages.locale();
        Collator collator = Collator.getInstance(locale);
        List<Countries.Country> sorted = new ArrayList<>(Countries.supported());
        sorted.sort(Comparator.comparing(candidate -> candidate.displayName(locale), collator));
        countries.setAll(sorted);
    }

    private String language() {
        return messages.locale().getLanguage();
    }

    private static Draft withContacts(Draft draft, ContactSource contacts) {
        return new Draft(draft.version(), draft.name(), draft.provider(), draft.account(), contacts, draft.message(),
                draft.schedules(), draft.timezone(), draft.options(), draft.extra());
    }

    /** True when the draft's contacts were checked, at least one can be called, and no country split is pending. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** The file's (or saved list's) check as a whole, before any country split; null until there is one. */
    /** The runner of this step's work, also used by its view to spread heavy screen updates over frames. */
    TaskRunner tasks() {
        return tasks;
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The country split the draft keeps, or null. */
    public ReadOnlyObjectProperty<CountrySplit.Split> splitProperty() {
        return split.getReadOnlyProperty();
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** An export or do-not-call change is running. */
    public BooleanProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** What to do next, in the user's words. */
    public StringProperty hintProperty() {
        return hint;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty readyProperty() {
        return ready;
    }

    public StringProperty invalidProperty() {
        return invalid;
    }

    public StringProperty duplicatesProperty() {
        return duplicates;
    }

    public StringProperty suppressedProperty() {
        return suppressed;
    }

    public StringProperty setAsideCountProperty() {
        return setAsideCount;
    }

    public StringProperty splitOfferProperty() {
        return splitOffer;
    }

    public StringProperty splitExplanationProperty() {
        return splitExplanation;
    }

    public BooleanProperty splitOfferedProperty() {
        return splitOffered;
    }

    public StringProperty splitDoneProperty() {
        return splitDone;
    }

    public BooleanProperty savedListProperty() {
        return savedList;
    }

    public ObjectProperty<Countries.Country> countryProperty() {
        return country;
    }

    public ObservableList<Countries.Country> countries() {
        return countries;
    }

    public ObservableList<ContactListSummary> lists() {
        return lists;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The rejected rows, a view over the result's list (no copy, however many). */
    public ObjectProperty<ObservableList<Reject>> rejectsProperty() {
        return rejects;
    }

    /** The set-aside contacts, a view over the split's table. */
    public ObjectProperty<ObservableList<Contact>> setAsideProperty() {
        return setAside;
    }

    public ObjectProperty<List<Breakdown>> countryChartProperty() {
        return countryChart;
    }

    public ObjectProperty<List<Breakdown>> operatorChartProperty() {
        return operatorChart;
    }

    public Locale locale() {
        return messages.locale();
    }

    public String text(String key) {
        return messages.text(key);
    }
}
