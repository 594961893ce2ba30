package app.vocero.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/linux/repack-deb.sh}, which the installer profile runs on the {@code .deb} jpackage made: the
 * package comes out packed again, with the draft's file type named in Spanish beside jpackage's English description
 * (once, however often it runs), and everything else as it was. Needs {@code dpkg-deb} and {@code fakeroot}.
 */
class RepackDebTest {

    private static final Path SCRIPT = Path.of("packaging/linux/repack-deb.sh");
    private static final String MIME_INFO = """
            <?xml version="1.0" ?>
            <mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
              <mime-type type="application/x-vocero-draft+json">
                <comment>Vocero campaign draft</comment>
                <glob pattern="*.vocero.json"></glob>
              </mime-type>
            </mime-info>
            """;

    @TempDir
    Path temp;

    @Test
    void theDraftsFileTypeGetsItsSpanishNameOnce() throws Exception {
        assumeTrue(onPath("dpkg-deb") && onPath("fakeroot") && onPath("sh"), "dpkg-deb and fakeroot");
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("DEBIAN"));
        Files.writeString(root.resolve("DEBIAN/control"), String.join("\n",
                "Package: vocero", "Version: 0.1.0", "Architecture: amd64", "Maintainer: Vocero",
                "Description: test", ""));
        Path lib = Files.createDirectories(root.resolve("opt/vocero/lib"));
        Files.writeString(lib.resolve("vocero-Vocero-MimeInfo.xml"), MIME_INFO);
        Files.writeString(lib.resolve("other.txt"), "sin cambios ñ\n");
        Path dist = Files.createDirectories(temp.resolve("dist"));
        run("fakeroot", "dpkg-deb", "-b", root.toString(), dist.resolve("vocero_0.1.0_amd64.deb").toString());

        run("sh", SCRIPT.toAbsolutePath().toString(), dist.toString());
        run("sh", SCRIPT.toAbsolutePath().toString(), dist.toString());

        Path out = temp.resolve("out");
        run("dpkg-deb", "-x", dist.resolve("vocero_0.1.0_amd64.deb").toString(), out.toString());
        String mime = Files.readString(out.resolve("opt/vocero/lib/vocero-Vocero-MimeInfo.xml"), StandardCharsets.UTF_8);
        assertThat(mime).contains("""
                    <comment>Vocero campaign draft</comment>
                    <comment xml:lang="es">Borrador de campaña de Vocero</comment>
                    <glob pattern="*.vocero.json"></glob>
                """);
        assertThat(mime.split("<comment", -1)).hasSize(3);
        assertThat(Files.readString(out.resolve("opt/vocero/lib/other.txt"), StandardCharsets.UTF_8))
                .isEqualTo("sin cambios ñ\n");
        assertThat(String.join("\n", run("dpkg-deb", "--info", dist.resolve("vocero_0.1.0_amd64.deb").toString())))
                .contains("Package: vocero");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private List<String> run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output;
    }
}
