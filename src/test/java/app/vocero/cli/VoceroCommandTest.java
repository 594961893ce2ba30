package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VoceroCommandTest {

    @TempDir
    Path dir;

    private final List<Path> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new VoceroCommand(path -> {
            windowsOpened.add(path);
            return 0;
        }, Locale.ENGLISH).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheOptionsAndOpensNoWindow() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: vocero").contains("--data-dir").contains("--version");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Vocero 0.1.0");
    }

    @Test
    void noArgumentsOpensTheWindow() {
        assertThat(run()).isZero();
        assertThat(windowsOpened).hasSize(1);
    }

    @Test
    void dataDirOptionIsWhereTheWindowOpens() {
        Path chosen = dir.resolve("elsewhere");
        assertThat(run("--data-dir", chosen.toString())).isZero();
        assertThat(windowsOpened).containsExactly(chosen);
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
        assertThat(windowsOpened).isEmpty();
    }
}
