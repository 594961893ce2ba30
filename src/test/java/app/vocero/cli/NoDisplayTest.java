package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vocero} (the window) where there is no desktop — an SSH session, a server: JavaFX says "Unable to open
 * DISPLAY"; the user reads what to do in their language, never "unexpected error".
 */
class NoDisplayTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int windowWithoutDisplay(String... args) {
        CommandLine commandLine = new VoceroCommand((VoceroCommand.WindowOpener) (dataDirectory, draft, language) -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, Locale.ENGLISH).commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void inSpanishTheWindowSaysItNeedsADesktopAndPointsAtTheCommands() {
        int exit = windowWithoutDisplay("--lang", "es", "--data-dir", dir.toString());

        assertThat(exit).isEqualTo(VoceroCommand.EXIT_UNUSABLE);
        assertThat(err.toString())
                .contains("la ventana necesita un escritorio gráfico", "vocero --help")
                .doesNotContain("inesperado", "unexpected", "Exception");
    }

    @Test
    void inEnglishToo() {
        int exit = windowWithoutDisplay("--lang", "en", "--data-dir", dir.toString(), "campaña.vocero.json");

        assertThat(exit).isEqualTo(VoceroCommand.EXIT_UNUSABLE);
        assertThat(err.toString())
                .contains("the window needs a graphical desktop", "vocero --help")
                .doesNotContain("unexpected", "Exception");
    }
}
