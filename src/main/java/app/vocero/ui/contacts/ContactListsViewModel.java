package app.vocero.ui.contacts;

import app.vocero.config.Messages;
import app.vocero.contacts.ImportSummary;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ContactListSummary;
import app.vocero.service.ContactListService;
import app.vocero.service.ImportOutcome;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.service.SettingsService;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved contact lists and importing a new one in the background, with progress and cancel. */
public final class ContactListsViewModel {

    private final ContactListService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final ObservableList<ContactListSummary> lists = FXCollections.observableArrayList();
    private final StringProperty country = new SimpleStringProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty lastReport = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Messages messages;
    private RunningWork running;

    public ContactListsViewModel(ContactListService service, SettingsService settings, TaskRunner tasks,
                                 Messages messages) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.country.set(settings.defaultCountry());
    }

    /** The language changed: later texts in the new one. */
    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
    }

    public void refresh() {
        lists.setAll(service.lists());
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
        lastReport.set("");
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
        lastReport.set(ImportSummary.text(outcome.result().report(messages.locale().getLanguage()),
                messages.locale().getLanguage()));
        status.set(messages.format("contactLists.import.done", outcome.result().uniqueValid()));
        refresh();
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

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty lastReportProperty() {
        return lastReport;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
