package app.vocero.ui.donotcall;

import app.vocero.config.Messages;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.DoNotCallEntry;
import app.vocero.domain.ImportResult;
import app.vocero.service.DoNotCallService;
import app.vocero.service.Progress;
import app.vocero.service.SettingsService;
import app.vocero.ui.common.BackgroundWork;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The do-not-call list as a screen: search, add typed numbers, remove chosen ones, import a file, export — through
 * the same {@link DoNotCallService} as {@code vocero contacts dnc}. Reading and writing run in the background.
 */
public final class DoNotCallViewModel {

    private final DoNotCallService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty();
    private final ObjectProperty<List<DoNotCallEntry>> shown = new SimpleObjectProperty<>(List.of());
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private List<DoNotCallEntry> all = List.of();
    private Messages messages;
    private RunningWork running;

    public DoNotCallViewModel(DoNotCallService service, SettingsService settings, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.country.set(settings.defaultCountry());
        search.addListener((observable, before, now) -> filter());
        texts();
    }

    /** The language changed: the counts and later messages in the new one. */
    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        texts();
    }

    public Locale locale() {
        return messages.locale();
    }

    /** Reads the list again (in the background). */
    public void refresh() {
        tasks.run(taskProgress -> service.entries(), entries -> {
            all = List.copyOf(entries);
            filter();
        }, problem -> error.set(messages.format("doNotCall.failed", problem.getMessage())));
    }

    /** Every number whose digits hold the searched digits, or whose source holds the searched text. */
    private void filter() {
        String wanted = search.get() == null ? "" : search.get().strip();
        if (wanted.isEmpty()) {
            shown.set(all);
        } else {
            String digits = wanted.replaceAll("\\D", "");
            String text = wanted.toLowerCase(Locale.ROOT);
            List<DoNotCallEntry> matching = new ArrayList<>();
            for (DoNotCallEntry entry : all) {
                if ((!digits.isEmpty() && entry.e164().contains(digits))
                        || (entry.source() != null && entry.source().toLowerCase(Locale.ROOT).contains(text))) {
                    matching.add(entry);
                }
            }
            shown.set(List.copyOf(matching));
        }
        texts();
    }

    private void texts() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        boolean searching = search.get() != null && !search.get().isBlank();
        count.set(searching
                ? messages.format("doNotCall.count.found", shown.get().size(), numbers.format(shown.get().size()),
                all.size(), numbers.format(all.size()))
                : messages.format("doNotCall.count", all.size(), numbers.format(all.size())));
        placeholder.set(messages.text(searching ? "doNotCall.table.noMatch" : "doNotCall.table.empty"));
    }

    /** Adds the typed numbers (separated by commas, semicolons or lines); invalid ones are named with their reason. */
    public void add() {
        List<String> numbers = typedNumbers(typed.get());
        if (numbers.isEmpty()) {
            error.set(messages.text("doNotCall.add.nothing"));
            return;
        }
        String code = countryCode();
        if (code == null) {
            return;
        }
        String language = messages.locale().getLanguage();
        background(taskProgress -> service.add(numbers, code, language), change -> {
            notice.set(messages.format("doNotCall.add.done", change.changed(), numbers(change.changed())));
            invalid(change.invalid());
            if (change.invalid().isEmpty()) {
                typed.set("");
            }
            refresh();
        });
    }

    /** The question asked before removing numbers. */
    public String removeQuestion(List<DoNotCallEntry> chosen) {
        if (chosen.size() == 1) {
            return messages.format("doNotCall.remove.questionOne", chosen.get(0).e164());
        }
        return messages.format("doNotCall.remove.question", chosen.size(), numbers(chosen.size()));
    }

    /** Removes the chosen numbers (the user was asked first): campaigns may call them again. */
    public void remove(List<DoNotCallEntry> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        List<String> numbers = chosen.stream().map(DoNotCallEntry::e164).toList();
        String language = messages.locale().getLanguage();
        String code = country.get() == null || country.get().isBlank() ? settings.defaultCountry() : country.get().trim();
        background(taskProgress -> service.remove(numbers, code, language), change -> {
            notice.set(messages.format("doNotCall.remove.done", change.changed(), numbers(change.changed())));
            refresh();
        });
    }

    /** Adds every valid number of a contact file, in the background with progress and cancel. */
    public void importFile(Path file) {
        if (file == null || importing.get()) {
            return;
        }
        String code = countryCode();
        if (code == null) {
            return;
        }
        error.set("");
        notice.set("");
        importing.set(true);
        progress.set(-1);
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
        String reading = messages.format("doNotCall.import.reading", file.getFileName());
        status.set(reading);
        running = tasks.run(taskProgress -> {
            taskProgress.update(0, -1, reading);
            int before = service.entries().size();
            ImportResult result = service.importFile(file, code, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    taskProgress.update(done, total, messages.format("doNotCall.import.progress",
                            file.getFileName(), numbers.format(done)));
                }

                @Override
                public boolean isCancelled() {
                    return taskProgress.isCancelled();
                }
            });
            return new Imported(result, service.entries().size() - before);
        }, imported -> {
            finished();
            status.set("");
            notice.set(messages.format("doNotCall.import.done", imported.added(), numbers.format(imported.added()),
                    file.getFileName(), imported.result().invalid(), numbers.format(imported.result().invalid())));
            refresh();
        }, problem -> {
            finished();
            if (problem instanceof CancellationException) {
                status.set(messages.text("doNotCall.import.cancelled"));
                return;
            }
            status.set("");
            error.set(problem instanceof ContactFileException
                    ? ((ContactFileException) problem).message(messages.locale().getLanguage())
                    : problem instanceof IllegalArgumentException ? problem.getMessage()
                    : messages.format("doNotCall.failed", problem.getMessage()));
        });
        if (running.runningProperty().get()) {
            progress.bind(running.progressProperty());
            status.bind(running.messageProperty());
        }
    }

    private record Imported(ImportResult result, int added) {
    }

    public void cancel() {
        if (running != null && importing.get()) {
            running.cancel();
            finished();
            status.set(messages.text("doNotCall.import.cancelled"));
        }
    }

    private void finished() {
        progress.unbind();
        status.unbind();
        importing.set(false);
    }

    /** Writes the whole list as CSV ({@code number;added_at;source}, 0600), as {@code contacts dnc export} does. */
    public void export(Path file) {
        if (file == null) {
            return;
        }
        background(taskProgress -> service.export(file), written -> notice.set(
                messages.format("doNotCall.export.done", written, numbers(written), file.getFileName())));
    }

    /** The numbers typed in the box: one per comma, semicolon or line. */
    static List<String> typedNumbers(String text) {
        List<String> numbers = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;\\n\\r]+")) {
                if (!part.isBlank()) {
                    numbers.add(part.strip());
                }
            }
        }
        return numbers;
    }

    private String countryCode() {
        String code = country.get() == null ? "" : country.get().trim();
        if (code.isEmpty()) {
            error.set(messages.text("doNotCall.noCountry"));
            return null;
        }
        return code;
    }

    private void invalid(Map<String, String> invalid) {
        if (!invalid.isEmpty()) {
            List<String> parts = new ArrayList<>();
            invalid.forEach((number, reason) -> parts.add(number + " (" + reason + ")"));
            error.set(messages.format("doNotCall.add.invalid", invalid.size(), String.join("; ", parts)));
        }
    }

    private String numbers(long value) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(value);
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
            error.set(problem instanceof IllegalArgumentException ? problem.getMessage()
                    : messages.format("doNotCall.failed", problem.getMessage()));
        });
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<List<DoNotCallEntry>> shownProperty() {
        return shown;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty placeholderProperty() {
        return placeholder;
    }

    public BooleanProperty workingProperty() {
        return working;
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

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }
}
