package app.vocero;

import app.vocero.cli.VoceroCommand;
import app.vocero.ui.Desktop;
import app.vocero.ui.common.PassphraseDialog;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry point ({@code java -jar vocero.jar}). Not a JavaFX {@code Application}, so a plain jar on the class
 * path starts. No arguments (or only {@code --data-dir}) opens the window; anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Locale systemLocale = Locale.getDefault();
        int exitCode = new VoceroCommand((VoceroCommand.WindowOpener) (dataDirectory, draftFile) ->
                openWindow(dataDirectory, draftFile, systemLocale), systemLocale)
                .commandLine()
                .execute(args);
        System.exit(exitCode);
    }

    static int openWindow(Path dataDirectory, java.util.Optional<Path> draftFile, Locale systemLocale) {
        // JavaFX starts on its own thread while this one opens the data directory
        Desktop.startToolkitEarly();
        VoceroApp app;
        java.util.concurrent.atomic.AtomicReference<Locale> language = new java.util.concurrent.atomic.AtomicReference<>(systemLocale);
        try {
            app = VoceroApp.open(dataDirectory, systemLocale, new PassphraseDialog(() -> language.get()));
            language.set(app.settings().language().locale());
        } catch (app.vocero.config.StartupException e) {
            Desktop.showStartupError(e.getMessage(), systemLocale);
            return VoceroCommand.EXIT_UNUSABLE;
        }
        try (app) {
            return new Desktop(app.uiServices()).run(draftFile);
        }
    }
}
