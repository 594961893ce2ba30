package app.vocero.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a shared computer, other users cannot read Vocero's data directory or its exports, whatever the umask. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataDirectoryIsTheOwnersOnly() throws Exception {
        Path data = dir.resolve("nueva").resolve("vocero");
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(Files.exists(data.resolve("vocero.mv.db"))).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("vocero.mv.db"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs"))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void anExistingLooseDataDirectoryIsTightened() throws Exception {
        Path data = Files.createDirectory(dir.resolve("suelta"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxr-x"));
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
    }

    @Test
    void aFolderWithOtherFilesIsOnlyWarnedAbout() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("documentos"));
        Files.writeString(shared.resolve("informe.txt"), "x");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(PrivateFiles.secureDirectory(shared)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void exportsAreTheOwnersOnly() throws Exception {
        Path data = dir.resolve("data");
        Path export = dir.resolve("no-llamar.csv");
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH)) {
            app.doNotCall().export(export);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export))).isEqualTo("rw-------");
    }
}
