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
    void langGivesTheWindowItsLanguageForThisRun() {
        List<java.util.Optional<app.vocero.config.Language>> languages = new ArrayList<>();
        VoceroCommand.WindowOpener opener = (dataDirectory, draft, language) -> {
            languages.add(language);
            return 0;
        };

        assertThat(new VoceroCommand(opener, Locale.ENGLISH).commandLine()
                .execute("--lang", "es", "--data-dir", dir.toString())).isZero();
        assertThat(new VoceroCommand(opener, Locale.ENGLISH).commandLine()
                .execute("--data-dir", dir.toString())).isZero();

        assertThat(languages).containsExactly(java.util.Optional.of(app.vocero.config.Language.SPANISH),
                java.util.Optional.empty());
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

    @Test
    void aDraftFileArgumentOpensTheWindowOnIt() {
        List<java.util.Optional<Path>> drafts = new ArrayList<>();
        CommandLine commandLine = new VoceroCommand((VoceroCommand.WindowOpener) (dataDirectory, draft, language) -> {
            windowsOpened.add(dataDirectory);
            drafts.add(draft);
            return 0;
        }, Locale.ENGLISH).commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        Path draft = dir.resolve("Campaña marzo.vocero.json");

        assertThat(commandLine.execute("--data-dir", dir.toString(), draft.toString())).isZero();
        assertThat(commandLine.execute()).isZero();

        assertThat(windowsOpened).containsExactly(dir, DataDirectoryOf.defaultOne());
        assertThat(drafts).containsExactly(java.util.Optional.of(draft.toAbsolutePath()), java.util.Optional.empty());
    }

    @Test
    void aRelativeDraftPathIsMadeAbsolute() {
        List<java.util.Optional<Path>> drafts = new ArrayList<>();
        CommandLine commandLine = new VoceroCommand((VoceroCommand.WindowOpener) (dataDirectory, draft, language) -> {
            drafts.add(draft);
            return 0;
        }, Locale.ENGLISH).commandLine();

        assertThat(commandLine.execute("--data-dir", dir.toString(), "borrador.vocero.json")).isZero();

        assertThat(drafts).containsExactly(java.util.Optional.of(Path.of("borrador.vocero.json").toAbsolutePath()));
    }

    @Test
    void aSubcommandNameIsStillASubcommandNotADraft() {
        assertThat(run("--data-dir", dir.toString(), "contacts", "lists")).isZero();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void twoDraftsAreAUsageError() {
        assertThat(run("a.vocero.json", "b.vocero.json")).isEqualTo(2);
        assertThat(windowsOpened).isEmpty();
    }

    /** The data directory a bare {@code vocero} uses here. */
    private static final class DataDirectoryOf {
        static Path defaultOne() {
            return app.vocero.config.DataDirectory.resolve(null);
        }
    }
}
