package app.vocero.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String HOME = "/home/ana";

    @Test
    void optionWinsOverEnvironment() {
        Path chosen = DataDirectory.resolve(Path.of("/srv/vocero"), Map.of("VOCERO_HOME", "/opt/v"), "Linux", HOME);
        assertThat(chosen).isEqualTo(Path.of("/srv/vocero"));
    }

    @Test
    void voceroHomeWinsOverTheOsDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("VOCERO_HOME", "/opt/v", "XDG_DATA_HOME", "/x"), "Linux", HOME))
                .isEqualTo(Path.of("/opt/v"));
    }

    @Test
    void blankVoceroHomeIsIgnored() {
        assertThat(DataDirectory.resolve(null, Map.of("VOCERO_HOME", " "), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "vocero"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/vocero"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "vocero"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming", "Vocero"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Vocero"));
    }
}
