package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Language;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's passphrase dialog asks for the language each time: a switch in Settings applies at once. */
class LauncherLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theDialogsLanguageFollowsSettingsWithoutARestart() throws Exception {
        AtomicReference<VoceroApp> opened = new AtomicReference<>();
        Supplier<Locale> language = Launcher.chosenLanguage(opened, Locale.ENGLISH);
        assertThat(language.get().getLanguage()).as("before the data directory is open: the system's").isEqualTo("en");
        try (VoceroApp app = VoceroApp.open(dir, Locale.ENGLISH)) {
            opened.set(app);
            app.settings().setLanguage(Language.SPANISH);
            assertThat(language.get().getLanguage()).isEqualTo("es");
            app.settings().setLanguage(Language.ENGLISH);
            assertThat(language.get().getLanguage()).isEqualTo("en");
        }
    }
}
