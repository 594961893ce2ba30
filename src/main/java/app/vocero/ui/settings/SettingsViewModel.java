package app.vocero.ui.settings;

import app.vocero.config.AppInfo;
import app.vocero.config.Language;
import app.vocero.service.SettingsService;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The settings a user can change, saved as soon as they change. */
public final class SettingsViewModel {

    private final ObjectProperty<Language> language;
    private final SettingsService settings;
    private final StringProperty callingFrom = new SimpleStringProperty();
    private final StringProperty callingTo = new SimpleStringProperty();
    private final StringProperty callingHoursProblem = new SimpleStringProperty("");
    private final Path dataDirectory;
    private final Path logFile;

    public SettingsViewModel(SettingsService settings, Path dataDirectory, Path logFile) {
        this.settings = settings;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        callingFrom.set(settings.callingHours().from().toString());
        callingTo.set(settings.callingHours().to().toString());
        this.language = new SimpleObjectProperty<>(settings.language());
        language.addListener((observable, before, now) -> {
            if (now != null) {
                settings.setLanguage(now);
            }
        });
    }

    /** Saves the calling hours typed ({@code HH:MM}); a problem is shown instead of saving when they do not make sense. */
    public boolean applyCallingHours() {
        try {
            settings.setCallingHours(LocalTime.parse(callingFrom.get().trim()), LocalTime.parse(callingTo.get().trim()));
            callingHoursProblem.set("");
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            callingHoursProblem.set("problem");
            return false;
        }
    }

    public StringProperty callingFromProperty() {
        return callingFrom;
    }

    public StringProperty callingToProperty() {
        return callingTo;
    }

    /** Non-empty while the typed hours cannot be saved. */
    public StringProperty callingHoursProblemProperty() {
        return callingHoursProblem;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public String dataDirectory() {
        return dataDirectory.toString();
    }

    public String logFile() {
        return logFile.toString();
    }

    public String version() {
        return AppInfo.version();
    }
}
