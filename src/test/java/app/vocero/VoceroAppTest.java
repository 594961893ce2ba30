package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoceroAppTest {

    @TempDir
    Path dir;

    @Test
    void opensTheDataDirectoryWithDatabaseAndLog() throws Exception {
        Path data = dir.resolve("nested/data");
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH)) {
            assertThat(app.dataDirectory()).isEqualTo(data);
            assertThat(data.resolve("vocero.mv.db")).exists();
            assertThat(app.logFile()).isEqualTo(data.resolve("logs/vocero.log")).exists();
        }
    }

    @Test
    void aSecondWindowOnTheSameDirectoryIsToldWhy() throws Exception {
        try (VoceroApp first = VoceroApp.openWindow(dir, Locale.ENGLISH, creating -> java.util.Optional.empty())) {
            assertThatThrownBy(() -> VoceroApp.openWindow(dir, Locale.ENGLISH, creating -> java.util.Optional.empty()))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("already open")
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("--data-dir");
        }
        try (VoceroApp again = VoceroApp.openWindow(dir, Locale.ENGLISH, creating -> java.util.Optional.empty())) {
            assertThat(again.dataDirectory()).isEqualTo(dir);
        }
    }

    @Test
    void aCommandOpensBesideTheWindowAndBothSeeTheSameData() throws Exception {
        try (VoceroApp window = VoceroApp.openWindow(dir, Locale.ENGLISH, creating -> java.util.Optional.empty());
             VoceroApp command = VoceroApp.open(dir, Locale.ENGLISH)) {
            command.settings().setLanguage(app.vocero.config.Language.SPANISH);
            assertThat(window.settings().language()).isEqualTo(app.vocero.config.Language.SPANISH);
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsExplained() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> VoceroApp.open(file, Locale.ENGLISH))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("cannot write in the data folder");
    }
}
