package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.cli.VoceroCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's training run records the classes its commands load for the start-up archive; a command that fails
 * (an example list moved, a word renamed) archives less without a sound, and every later start of that command pays.
 * Each training command must succeed on the shipped examples.
 */
class LauncherTrainingTest {

    @TempDir
    Path dir;

    private final String compactTime = System.getProperty("h2.maxCompactTime");

    @AfterEach
    void restore() {
        // commandLineFor is the launcher's: a process running one command (this JVM runs many tests)
        if (compactTime == null) {
            System.clearProperty("h2.maxCompactTime");
        }
    }

    @Test
    void everyTrainingCommandSucceedsOnTheShippedExamples() {
        Path draft = Path.of("assets", "examples", "saem.vocero.json").toAbsolutePath();
        List<String[]> commands = Launcher.trainingCommands(dir.resolve("data").toString(), draft.toString());

        assertThat(commands).anySatisfy(args -> assertThat(String.join(" ", args)).contains(".parquet"));
        for (String[] args : commands) {
            for (String word : args) {
                if (word.contains("contactos")) {
                    assertThat(Path.of(word)).as("example list %s", word).isRegularFile();
                }
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = new VoceroCommand(path -> 0, Locale.ENGLISH)
                    .commandLineFor(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
            assertThat(exit).as("%s%n%s%s", String.join(" ", args), out, err).isZero();
        }
        assertThat(Files.exists(dir.resolve("data"))).isTrue();
    }
}
