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
        int exitCode = new VoceroCommand(dataDirectory -> openWindow(dataDirectory, systemLocale), systemLocale)
                .commandLine()
                .execute(args);
        System.exit(exitCode);
    }

    /** The language chosen in Settings now (the system's until the data directory is open). */
    static java.util.function.Supplier<Locale> chosenLanguage(java.util.concurrent.atomic.AtomicReference<VoceroApp> opened,
                                                             Locale systemLocale) {
        return () -> opened.get() == null ? systemLocale : opened.get().settings().language().locale();
    }

    static int openWindow(Path dataDirectory, Locale systemLocale) {
        VoceroApp app;
        // the dialog asks for the language each time: a language chosen in Settings applies at once
        java.util.concurrent.atomic.AtomicReference<VoceroApp> opened = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            app = VoceroApp.openWindow(dataDirectory, systemLocale, new PassphraseDialog(chosenLanguage(opened, systemLocale)));
            opened.set(app);
        } catch (app.vocero.config.StartupException e) {
            Desktop.showStartupError(e.getMessage(), systemLocale);
            return VoceroCommand.EXIT_UNUSABLE;
        }
        try (app) {
            return new Desktop(app.uiServices()).run();
        }
    }
}
