package app.vocero;

import app.vocero.cli.VoceroCommand;
import app.vocero.config.StartTrace;
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
        boolean training = args.length == 3 && args[0].equals("--data-dir");
        if (training && TRAINING_COMMANDS.equals(System.getProperty(TRAINING))) {
            trainCommands(args[1], args[2], systemLocale);
            System.exit(0);
        }
        EarlyWindow.startIfWindow(args); // the window's toolkit starts while the command line is parsed
        int exitCode = command(systemLocale).commandLineFor(args).execute(args);
        if (training && Boolean.getBoolean(TRAINING)) {
            trainCommands(args[1], args[2], systemLocale);
        }
        System.exit(exitCode);
    }

    /** The language chosen in Settings now (the system's until the data directory is open). */
    static java.util.function.Supplier<Locale> chosenLanguage(java.util.concurrent.atomic.AtomicReference<VoceroApp> opened,
                                                             Locale systemLocale) {
        return () -> opened.get() == null ? systemLocale : opened.get().settings().language().locale();
    }

    /**
     * The installer's training runs for the start-up cache, {@code -Dvocero.training=… --data-dir DIR DRAFT}:
     * {@code true} — after the window has shown the draft and closed, the everyday commands run in the same process,
     * so the window's cache holds what they load too (the wizard imports lists as the commands do); {@code commands}
     * — only the commands, no window (Linux: the commands' own archive, beside the window's). Their output is
     * dropped.
     */
    static final String TRAINING = "vocero.training";
    static final String TRAINING_COMMANDS = "commands";

    /** The command line's root, which opens the window when no subcommand is named. */
    private static VoceroCommand command(Locale systemLocale) {
        return new VoceroCommand((VoceroCommand.WindowOpener) (dataDirectory, draftFile, language) ->
                openWindow(dataDirectory, draftFile, language.map(lang -> new Locale(lang.code(), systemLocale.getCountry()))
                        .orElse(systemLocale), language), systemLocale);
    }

    private static void trainCommands(String dataDirectory, String draft, Locale systemLocale) {
        java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
        for (String[] args : trainingCommands(dataDirectory, draft)) {
            // as main runs a command: what a command's start loads is archived with it (none of these opens a window)
            EarlyWindow.startIfWindow(args);
            command(systemLocale).commandLineFor(args, nowhere, nowhere).execute(args);
        }
    }

    /**
     * The training run's commands, each with {@code --data-dir}. The example lists sit beside the draft
     * ({@code assets/examples/}); a command that fails there archives less, silently, so a test runs each one.
     */
    static java.util.List<String[]> trainingCommands(String dataDirectory, String draft) {
        String contacts = Path.of(draft).resolveSibling("contactos.csv").toString();
        // a check-only import of each other example list: the Parquet reader (parquet-java, its Thrift footer and
        // shaded JSON mapper, zstd: 1,200 classes) and the rejected rows' path are archived too; without them a
        // one-shot Parquet import loaded those classes from the jars (archived: 0.86 of its CPU, 0.85 of its time)
        String parquet = Path.of(draft).resolveSibling("contactos-con-errores.parquet").toString();
        String withErrors = Path.of(draft).resolveSibling("contactos-con-errores.csv").toString();
        String[][] commands = {{"contacts", "import", contacts, "--country", "CO"},
                {"contacts", "import", parquet, "--country", "CO", "--no-save"},
                {"contacts", "import", withErrors, "--country", "CO", "--no-save"},
                {"contacts", "lists"}, {"history"}, {"campaign", "validate", draft},
                {"contacts", "lists", "--json"}, {"history", "--json"},
                // the whole command tree (a command builds only its own: the others' classes are archived by this)
                {"--help"}};
        java.util.List<String[]> result = new java.util.ArrayList<>();
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            args[0] = "--data-dir";
            args[1] = dataDirectory;
            System.arraycopy(command, 0, args, 2, command.length);
            result.add(args);
        }
        return result;
    }

    /**
     * @param systemLocale the computer's locale, its language replaced by {@code --lang}'s when given (the words of a
     *                     failed start and of the passphrase asked before the data directory is open)
     * @param language     {@code --lang}: the window's language for this run (Settings' choice is left as it was)
     */
    static int openWindow(Path dataDirectory, java.util.Optional<Path> draftFile, Locale systemLocale,
                          java.util.Optional<app.vocero.config.Language> language) {
        StartTrace.mark("openWindow");
        // JavaFX starts on its own thread while this one opens the data directory
        Desktop.startToolkitEarly();
        VoceroApp app;
        // the dialog asks for the language each time: a language chosen in Settings applies at once
        java.util.concurrent.atomic.AtomicReference<VoceroApp> opened = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            app = VoceroApp.openWindow(dataDirectory, systemLocale, new PassphraseDialog(chosenLanguage(opened, systemLocale)));
            language.ifPresent(app.settings()::useForThisRun);
            opened.set(app);
            StartTrace.mark("app open");
        } catch (app.vocero.config.StartupException e) {
            Desktop.showStartupError(e.getMessage(), systemLocale);
            return VoceroCommand.EXIT_UNUSABLE;
        }
        try (app) {
            return new Desktop(app.uiServices()).run(draftFile);
        }
    }
}
