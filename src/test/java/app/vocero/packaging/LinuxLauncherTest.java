package app.vocero.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/linux/make-launcher.sh}: the script it writes in place of jpackage's native launcher starts the
 * image's Java with exactly the class path, options and main class of the launcher's {@code .cfg}, from wherever it
 * is called (a symbolic link such as {@code /usr/bin/vocero}, a folder with spaces), and passes every argument on
 * untouched. The image's "java" here is a script that prints what it was given.
 */
class LinuxLauncherTest {

    private static final Path SCRIPT = Path.of("packaging/linux/make-launcher.sh");

    @TempDir
    Path temp;
    private Path image;

    @BeforeEach
    void anImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/bin/sh")), "a Unix shell");
        image = temp.resolve("my apps/Vocero");
        Path java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/Vocero.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/vocero.jar",
                "app.mainclass=app.vocero.Launcher",
                "app.classpath=$APPDIR/lib/h2-2.3.232.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:+UseParallelGC",
                "java-options=-XX:SharedArchiveFile=$APPDIR/vocero.jsa",
                "java-options=-Xlog:aot*=off,cds*=off",
                "java-options=-Dodd=a\"b`c\\d$HOME",
                ""), StandardCharsets.UTF_8);
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/Vocero"), "native launcher");
    }

    @Test
    void theScriptStartsTheImagesJavaWithTheCfgsClassPathOptionsAndEveryArgument() throws Exception {
        List<String> made = run(List.of("sh", SCRIPT.toAbsolutePath().toString(), image.toString()));
        assertThat(made.get(made.size() - 1)).contains("is a script now");
        Path launcher = image.resolve("bin/Vocero");
        assertThat(Files.readString(launcher)).startsWith("#!/bin/bash").doesNotContain("native launcher");

        String appdir = image.resolve("lib/app").toRealPath().toString();
        List<String> started = run(List.of(launcher.toString(), "contacts", "import", "mis contactos.csv", "*", "$HOME"));

        assertThat(started).containsExactly(
                "-Djpackage.app-path=" + launcher.toRealPath(),
                "-XX:TieredStopAtLevel=1",
                "-Djpackage.app-version=0.1.0",
                "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + appdir + "/vocero.jsa",
                "-Xlog:aot*=off,cds*=off",
                "-Dodd=a\"b`c\\d$HOME",
                "-cp", appdir + "/vocero.jar:" + appdir + "/lib/h2-2.3.232.jar",
                "app.vocero.Launcher",
                "contacts", "import", "mis contactos.csv", "*", "$HOME");
    }

    @Test
    void throughASymbolicLinkTheScriptFindsItsImage() throws Exception {
        run(List.of("sh", SCRIPT.toAbsolutePath().toString(), image.toString()));
        Path link = temp.resolve("usr bin/vocero");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, image.resolve("bin/Vocero"));

        List<String> started = run(List.of(link.toString(), "--version"));

        String appdir = image.resolve("lib/app").toRealPath().toString();
        assertThat(started).contains("-cp", appdir + "/vocero.jar:" + appdir + "/lib/h2-2.3.232.jar");
        assertThat(started.get(started.size() - 1)).isEqualTo("--version");
    }

    @Test
    void commandsRunWithTheClientCompilerTheWindowWithTheOptimizingOneLaterBenchWithJavasDefaults() throws Exception {
        run(List.of("sh", SCRIPT.toAbsolutePath().toString(), image.toString()));
        String launcher = image.resolve("bin/Vocero").toString();
        String c1 = "-XX:TieredStopAtLevel=1";
        String c2Later = "-XX:Tier4InvocationThreshold=50000";

        assertThat(run(List.of(launcher, "--data-dir", "history", "contacts", "lists"))).contains(c1).doesNotContain(c2Later);
        assertThat(run(List.of(launcher, "--lang=es", "history"))).contains(c1);
        assertThat(run(List.of(launcher, "--version"))).contains(c1);
        assertThat(run(List.of(launcher))).contains(c2Later).doesNotContain(c1);
        assertThat(run(List.of(launcher, "--data-dir", "/tmp/x y", "--db-url", "local"))).contains(c2Later).doesNotContain(c1);
        assertThat(run(List.of(launcher, "/home/ana/campaña.vocero.json"))).contains(c2Later).doesNotContain(c1);
        assertThat(run(List.of(launcher, "bench", "import"))).doesNotContain(c1, c2Later);
    }

    @Test
    void theWindowRunsWithG1CommandsAndBenchWithTheCfgsParallelCollector() throws Exception {
        run(List.of("sh", SCRIPT.toAbsolutePath().toString(), image.toString()));
        String launcher = image.resolve("bin/Vocero").toString();
        String parallel = "-XX:+UseParallelGC";
        String g1 = "-XX:+UseG1GC";

        assertThat(run(List.of(launcher))).contains(g1).doesNotContain(parallel);
        assertThat(run(List.of(launcher, "--lang", "es", "/home/ana/campaña.vocero.json"))).contains(g1)
                .doesNotContain(parallel);
        assertThat(run(List.of(launcher, "contacts", "import", "x.csv"))).contains(parallel).doesNotContain(g1);
        assertThat(run(List.of(launcher, "--version"))).contains(parallel).doesNotContain(g1);
        assertThat(run(List.of(launcher, "bench", "wizard-contacts"))).contains(parallel).doesNotContain(g1);
        // the collector takes the .cfg option's place: the options around it keep their order
        List<String> window = run(List.of(launcher));
        assertThat(window.indexOf(g1)).isEqualTo(window.indexOf("-Djpackage.app-version=0.1.0") + 1);
    }

    @Test
    void commandsMapTheCommandsArchiveTheWindowAndBenchTheWindowsAndWithoutItTheWindowsForAll() throws Exception {
        run(List.of("sh", SCRIPT.toAbsolutePath().toString(), image.toString()));
        String launcher = image.resolve("bin/Vocero").toString();
        String appdir = image.resolve("lib/app").toRealPath().toString();
        String windows = "-XX:SharedArchiveFile=" + appdir + "/vocero.jsa";
        String commands = "-XX:SharedArchiveFile=" + appdir + "/vocero-commands.jsa";

        // before the commands' archive is made (or where it could not be): every run maps the window's
        assertThat(run(List.of(launcher, "contacts", "lists"))).contains(windows).doesNotContain(commands);

        Files.writeString(image.resolve("lib/app/vocero-commands.jsa"), "archive");
        assertThat(run(List.of(launcher, "contacts", "import", "x.parquet"))).contains(commands).doesNotContain(windows);
        assertThat(run(List.of(launcher, "--version"))).contains(commands);
        assertThat(run(List.of(launcher, "--lang", "es", "history"))).contains(commands);
        assertThat(run(List.of(launcher))).contains(windows).doesNotContain(commands);
        assertThat(run(List.of(launcher, "/home/ana/campaña.vocero.json"))).contains(windows);
        assertThat(run(List.of(launcher, "bench", "wizard-contacts"))).contains(windows).doesNotContain(commands);
        // the archive takes the .cfg option's place
        List<String> command = run(List.of(launcher, "history"));
        assertThat(command.indexOf(commands)).isEqualTo(command.indexOf("-XX:+UseParallelGC") + 1);
    }

    private static List<String> run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }
}
