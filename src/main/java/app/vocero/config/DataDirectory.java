package app.vocero.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Vocero keeps its database, logs and settings. The first that is set wins: the {@code --data-dir} option,
 * the {@code VOCERO_HOME} environment variable, then the operating system's place for application data
 * (Linux {@code $XDG_DATA_HOME/vocero} else {@code ~/.local/share/vocero}; Windows {@code %APPDATA%\Vocero};
 * macOS {@code ~/Library/Application Support/Vocero}).
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "VOCERO_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> environment, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String home = blankToNull(environment.get(ENV_VARIABLE));
        if (home != null) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return osDefault(environment, osName, userHome);
    }

    /** The directory for this process: option, environment, then the OS default. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path osDefault(Map<String, String> environment, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Optional.ofNullable(blankToNull(environment.get("APPDATA")))
                    .map(Path::of)
                    .orElse(Path.of(userHome, "AppData", "Roaming"))
                    .resolve("Vocero");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Vocero");
        }
        return Optional.ofNullable(blankToNull(environment.get("XDG_DATA_HOME")))
                .map(Path::of)
                .filter(Path::isAbsolute)
                .orElse(Path.of(userHome, ".local", "share"))
                .resolve("vocero");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
