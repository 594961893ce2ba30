package app.vocero.ui.contacts;

import app.vocero.config.Messages;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ImportResult;
import app.vocero.domain.Reject;
import app.vocero.service.ContactListService;
import app.vocero.service.Countries;
import app.vocero.service.ImportOutcome;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.service.SettingsService;
import app.vocero.ui.common.BackgroundWork;
import app.vocero.ui.common.Breakdown;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved contact lists, importing a new one in the background (progress, cancel), and the report of the list
 * chosen: counts, rejected rows, charts by country and operator, exports, rename and delete.
 */
public final class ContactListsViewModel {

    /** Bars in a chart before the rest are summed as "others". */
    static final int CHART_BARS = 8;

    private final ContactListService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final ObservableList<ContactListSummary> lists = FXCollections.observableArrayList();
    private final StringProperty country = new SimpleStringProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ContactListSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> report = new SimpleObjectProperty<>();
    private final StringProperty reportTitle = new SimpleStringProperty("");
    private final StringProperty reportDetails = new SimpleStringProperty("");
    private final StringProperty ready = new SimpleStringProperty("");
    private final StringProperty invalid = new SimpleStringProperty("");
    private final StringProperty duplicates = new SimpleStringProperty("");
    private final StringProperty suppressed = new SimpleStringProperty("");
    private final StringProperty rejectsNote = new SimpleStringProperty("");
    private final ObjectProperty<List<Reject>> rejects = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Breakdown>> countryChart = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Breakdown>> operatorChart = new SimpleObjectProperty<>(List.of());
    private Messages messages;
    private RunningWork running;
    /** The list whose report is shown, and whether that report holds every rejected row (a fresh import does). */
    private ContactListSummary reportOf;
    private boolean allRejects;
    private int loading;

    public ContactListsViewModel(ContactListService service, SettingsService settings, TaskRunner tasks,
                                 Messages messages) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.country.set(settings.defaultCountry());
        selected.addListener((observable, before, now) -> show(now));
    }

    /** The language changed: the report's texts and later messages in the new one. */
    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        reportTexts();
    }

    public java.util.Locale locale() {
        return messages.locale();
    }

    /** Reads the lists again; the chosen one stays chosen while it exists. */
    public void refresh() {
        List<ContactListSummary> now = service.lists();
        lists.setAll(now);
        ContactListSummary chosen = selected.get();
        if (chosen != null) {
            Optional<ContactListSummary> same = now.stream().filter(list -> list.id().equals(chosen.id())).findFirst();
            if (same.isEmpty()) {
                selected.set(null);
            } else if (!same.get().equals(chosen)) {
                reportOf = same.get(); // renamed: same report, new name
                selected.set(same.get());
                reportTexts();
            }
        }
    }

    /** Imports a file chosen by the user; {@code null} (dialog cancelled) does nothing. */
    public void importFile(Path file) {
        if (file == null || importing.get()) {
            return;
        }
        String countryCode = country.get() == null ? "" : country.get().trim();
        if (countryCode.isEmpty()) {
            error.set(messages.text("contactLists.import.noCountry"));
            return;
        }
        error.set("");
        notice.set("");
        importing.set(true);
        progress.set(-1);
        String language = messages.locale().getLanguage();
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        String reading = messages.format("contactLists.import.reading", file.getFileName());
        status.set(reading);
        running = tasks.run(taskProgress -> {
            taskProgress.update(0, -1, reading);
            return service.importFile(ImportRequest.of(file, countryCode), language, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    taskProgress.update(done, total, messages.format("contactLists.import.progress",
                            file.getFileName(), numbers.format(done)));
                }

                @Override
                public boolean isCancelled() {
                    return taskProgress.isCancelled();
                }
            });
        }, this::imported, this::failed);
        if (running.runningProperty().get()) {
            progress.bind(running.progressProperty());
            status.bind(running.messageProperty());
        }
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
            finished();
            status.set(messages.text("contactLists.import.cancelled"));
        }
    }

    private void imported(ImportOutcome outcome) {
        finished();
        outcome.saved().ifPresent(list -> settings.setDefaultCountry(list.defaultCountry()));
        status.set(messages.format("contactLists.import.done", outcome.result().uniqueValid()));
        lists.setAll(service.lists());
        // as the database keeps it (its time to the microsecond), so that it is the same row as in the table
        ContactListSummary saved = outcome.saved().flatMap(made -> lists.stream()
                .filter(list -> list.id().equals(made.id())).findFirst()).orElse(outcome.saved().orElse(null));
        // the fresh import holds every rejected row: show it as it is rather than the saved report (first 100)
        loading++;
        reportOf = saved;
        allRejects = true;
        report.set(outcome.result());
        reportTexts();
        selected.set(saved);
    }

    private void failed(Throwable problem) {
        finished();
        if (problem instanceof CancellationException) {
            status.set(messages.text("contactLists.import.cancelled"));
            return;
        }
        String reason = problem instanceof ContactFileException
                ? ((ContactFileException) problem).message(messages.locale().getLanguage())
                : problem instanceof IllegalArgumentException
                ? problem.getMessage() : messages.format("contactLists.import.unexpected", problem);
        error.set(reason);
        status.set("");
    }

    private void finished() {
        progress.unbind();
        status.unbind();
        importing.set(false);
    }

    /** Shows the report of a saved list (read in the background); null shows none. */
    private void show(ContactListSummary list) {
        if (list == null) {
            reportOf = null;
            report.set(null);
            reportTexts();
            return;
        }
        if (reportOf != null && reportOf.id().equals(list.id()) && report.get() != null) {
            return;
        }
        int mine = ++loading;
        reportOf = list;
        allRejects = false;
        report.set(null);
        reportTexts();
        tasks.run(taskProgress -> service.savedResult(list.id()).map(saved -> service.rejects(list.id())
                .map(every -> withRejects(saved, every)).orElse(saved)), result -> {
            if (mine == loading) {
                report.set(result.orElse(null));
                allRejects = result.map(shown -> shown.rejects().size()
                        >= shown.invalid() + shown.duplicates() + shown.suppressed()).orElse(false);
                reportTexts();
            }
        }, problem -> {
            if (mine == loading) {
                error.set(messages.format("contactLists.report.failed", list.name()));
            }
        });
    }

    private static ImportResult withRejects(ImportResult saved, List<Reject> every) {
        return new ImportResult(saved.file(), saved.format(), saved.encoding(), saved.rows(), saved.blankRows(),
                saved.valid(), saved.invalid(), saved.duplicates(), saved.suppressed(), saved.uniqueValid(),
                saved.columns(), saved.countries(), saved.operators(), every, saved.contacts(), saved.elapsedMs());
    }

    /** Every text of the report, in the current language, from the current state. */
    private void reportTexts() {
        ImportResult shown = report.get();
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        if (shown == null) {
            for (StringProperty text : List.of(reportTitle, reportDetails, ready, invalid, duplicates, suppressed,
                    rejectsNote)) {
                text.set("");
            }
            rejects.set(List.of());
            countryChart.set(List.of());
            operatorChart.set(List.of());
            return;
        }
        String file = Optional.ofNullable(Path.of(shown.file()).getFileName()).map(Path::toString).orElse(shown.file());
        reportTitle.set(reportOf == null ? file : reportOf.name());
        String when = reportOf == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(app.vocero.ui.campaign.wizard.Formats.of(messages.locale())).withZone(ZoneId.systemDefault())
                .format(reportOf.importedAt());
        String details = messages.format("contactLists.report.details", file, shown.format().toUpperCase(),
                shown.encoding() == null ? "" : shown.encoding(), shown.rows(), numbers.format(shown.rows()), when);
        reportDetails.set(reportOf == null ? details : details + " · " + (reportOf.madeBy() == null
                ? messages.text("who.importedBy.unknown") : messages.format("who.importedBy", reportOf.madeBy().display())));
        ready.set(numbers.format(shown.uniqueValid()));
        invalid.set(numbers.format(shown.invalid()));
        duplicates.set(numbers.format(shown.duplicates()));
        suppressed.set(numbers.format(shown.suppressed()));
        if (!rejects.get().equals(shown.rejects())) {
            rejects.set(shown.rejects());
        }
        long rejected = shown.invalid() + shown.duplicates() + shown.suppressed();
        rejectsNote.set(!allRejects && rejected > shown.rejects().size()
                ? messages.format("contactLists.rejects.kept", shown.rejects().size(),
                numbers.format(shown.rejects().size()), numbers.format(rejected))
                : "");
        countryChart.set(Breakdown.bars(shown.countries(), region -> Countries.name(region, messages.locale()),
                CHART_BARS, messages.text("contactLists.chart.others")));
        operatorChart.set(Breakdown.bars(shown.operators(), operator -> "unknown".equals(operator)
                ? messages.text("contactLists.chart.unknownOperator") : operator, CHART_BARS,
                messages.text("contactLists.chart.others")));
    }

    /** A file name to offer for an export of the chosen list ({@code cobranza-rechazados.csv}). */
    public String exportName(String key) {
        String name = reportTitle.get().isEmpty() ? "contacts" : reportTitle.get();
        return messages.format(key, name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"));
    }

    /** Writes the rejected rows shown as the command line's {@code --rejects} does (formula-safe CSV, 0600). */
    public void exportRejects(Path file) {
        ImportResult shown = report.get();
        if (file == null || shown == null) {
            return;
        }
        String language = messages.locale().getLanguage();
        List<Reject> rows = shown.rejects();
        background(taskProgress -> {
            service.exportRejects(rows, file, language);
            return rows.size();
        }, written -> notice.set(messages.format("contactLists.rejects.exported", written, numbers(written),
                file.getFileName())));
    }

    /** Writes the contacts ready to call, every column included (formula-safe CSV, 0600). */
    public void exportReady(Path file) {
        ImportResult shown = report.get();
        if (file == null || shown == null) {
            return;
        }
        background(taskProgress -> {
            service.exportContacts(shown.contacts(), file);
            return shown.contacts().size();
        }, written -> notice.set(messages.format("contactLists.ready.exported", written, numbers(written),
                file.getFileName())));
    }

    /** The question asked before deleting the chosen list: its name, size, and the campaigns sent from it. */
    public String deleteQuestion() {
        ContactListSummary list = selected.get();
        if (list == null) {
            return "";
        }
        String question = messages.format("contactLists.delete.question", list.name(), list.contacts(),
                numbers(list.contacts()));
        List<String> campaigns = service.campaignsUsing(list.id());
        if (!campaigns.isEmpty()) {
            question = question + "\n\n" + messages.format("contactLists.delete.usedBy", campaigns.size(),
                    String.join(", ", campaigns.subList(0, Math.min(3, campaigns.size())))
                            + (campaigns.size() > 3 ? ", …" : ""));
        }
        return question;
    }

    /** Deletes the chosen list (the user was asked first). */
    public void deleteSelected() {
        ContactListSummary list = selected.get();
        if (list == null) {
            return;
        }
        error.set("");
        if (service.delete(list.id())) {
            notice.set(messages.format("contactLists.delete.done", list.name()));
        }
        refresh();
    }

    /** Gives the chosen list another name; a blank or too long name is explained and changes nothing. */
    public boolean rename(String name) {
        ContactListSummary list = selected.get();
        if (list == null || name == null) {
            return false;
        }
        error.set("");
        try {
            Optional<ContactListSummary> renamed = service.rename(list.id(), name);
            if (renamed.isEmpty()) {
                error.set(messages.format("contactLists.rename.gone", list.name()));
            } else {
                notice.set(messages.format("contactLists.rename.done", list.name(), renamed.get().name()));
            }
            refresh();
            return renamed.isPresent();
        } catch (IllegalArgumentException e) {
            error.set(messages.format("contactLists.rename.invalid", ContactListService.NAME_LIMIT));
            return false;
        }
    }

    private String numbers(long count) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(count);
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
            error.set(messages.format("contactLists.export.failed", problem.getMessage()));
        });
    }

    public ObservableList<ContactListSummary> lists() {
        return lists;
    }

    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(lists);
    }

    public StringProperty countryProperty() {
        return country;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

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

    public ObjectProperty<ContactListSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ImportResult> reportProperty() {
        return report;
    }

    public StringProperty reportTitleProperty() {
        return reportTitle;
    }

    public StringProperty reportDetailsProperty() {
        return reportDetails;
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

    public StringProperty rejectsNoteProperty() {
        return rejectsNote;
    }

    public ObjectProperty<List<Reject>> rejectsProperty() {
        return rejects;
    }

    public ObjectProperty<List<Breakdown>> countryChartProperty() {
        return countryChart;
    }

    public ObjectProperty<List<Breakdown>> operatorChartProperty() {
        return operatorChart;
    }
}
