package app.vocero.ui.settings;

import app.vocero.config.AppInfo;
import app.vocero.config.Language;
import app.vocero.service.SettingsService;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The settings a user can change, saved as soon as they change. */
public final class SettingsViewModel {

    private final ObjectProperty<Language> language;
    private final Path dataDirectory;
    private final Path logFile;

    public SettingsViewModel(SettingsService settings, Path dataDirectory, Path logFile) {
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.language = new SimpleObjectProperty<>(settings.language());
        language.addListener((observable, before, now) -> {
            if (now != null) {
                settings.setLanguage(now);
            }
        });
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
