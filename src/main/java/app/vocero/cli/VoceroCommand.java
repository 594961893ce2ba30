package app.vocero.cli;

import app.vocero.DatabaseChoice;
import app.vocero.VoceroApp;
import app.vocero.config.AppInfo;
import app.vocero.config.DataDirectory;
import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vocero}: without a subcommand it opens the window; subcommands work on the same data directory from the
 * command line.
 */
@Command(name = "vocero",
        mixinStandardHelpOptions = true,
        versionProvider = VoceroCommand.Version.class,
        description = "Vocero: prepare, check and send mass voice-call campaigns. Without a command, opens the window.",
        // the subcommands: CommandTree (built whole, or only those the arguments name)
        usageHelpAutoWidth = true,
        // written out so that it wraps between the options, never inside DRAFT.vocero.json
        customSynopsis = {"vocero [-hV] [--data-dir=DIR] [--db-url=URL] [--lang=es|en]",
                "       [DRAFT.vocero.json] [COMMAND]"})
public final class VoceroCommand implements Callable<Integer> {

    /** Exit code for input Vocero cannot read or a data directory it cannot use. */
    public static final int EXIT_UNUSABLE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(VoceroCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the database, logs and settings (default: $VOCERO_HOME, else the OS's application-data folder).")
    private Path dataDirectoryOption;

    @Option(names = "--lang", paramLabel = "es|en",
            description = "The language of this command's output, or of the window for this run (default: the one chosen in Settings).")
    private Lang languageOption;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "The team's PostgreSQL database for this run (default: $VOCERO_DB_URL, else the one saved with 'vocero team set'; 'local': this computer's own).")
    private String databaseUrlOption;

    /** The languages of {@code --lang}. */
    enum Lang { es, en }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DRAFT.vocero.json",
            description = "A campaign draft to open in the window's wizard (what a double-click on a draft runs).")
    private Path draftFile;

    /**
     * Opens the window on a data directory, with a draft file to open in the wizard or none, in the language
     * {@code --lang} gave for this run or the one chosen in Settings.
     */
    @FunctionalInterface
    public interface WindowOpener {
        int open(Path dataDirectory, Optional<Path> draftFile, Optional<Language> language);
    }

    private final WindowOpener window;
    /** Whether this process runs this one command and exits ({@link #commandLineFor}). */
    private boolean oneCommandProcess;
    private final Locale systemLocale;
    private Locale settingsLanguage;

    public VoceroCommand(Function<Path, Integer> window, Locale systemLocale) {
        this((dataDirectory, draft, language) -> window.apply(dataDirectory), systemLocale);
    }

    public VoceroCommand(WindowOpener window, Locale systemLocale) {
        this.window = window;
        this.systemLocale = systemLocale;
    }

    /** The command line with every command, with errors turned into one-line messages and exit codes. */
    public CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The command line with every command, printing to these writers, control characters removed. */
    public CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(this);
        CommandTree.addAll(commandLine, CommandTree.ROOT);
        return configured(commandLine, out, err);
    }

    /**
     * The command line for running {@code args} once: the commands they name only (a command's start does not pay
     * for building the ~40 others), the whole tree where they ask for help or name no known command — what it
     * prints and how it fails are those of {@link #commandLine()}.
     */
    public CommandLine commandLineFor(String[] args) {
        return commandLineFor(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** {@link #commandLineFor(String[])} printing to these writers, control characters removed. */
    public CommandLine commandLineFor(String[] args, PrintWriter out, PrintWriter err) {
        oneCommandProcess = true;
        CommandLine commandLine = new CommandLine(this);
        CommandTree.addFor(commandLine, args);
        return configured(commandLine, out, err);
    }

    private CommandLine configured(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(new PlainText(out), true));
        commandLine.setErr(new PrintWriter(new PlainText(err), true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> handle(e, line, messages()));
        commandLine.setParameterExceptionHandler(this::badArguments);
        // help in the chosen language, put in place when help is printed (--lang is known once the line is parsed):
        // commands that print no help do not pay for it
        // (once per language: a page of help creates a Help for every command it lists)
        java.util.concurrent.atomic.AtomicReference<Locale> translatedTo = new java.util.concurrent.atomic.AtomicReference<>();
        commandLine.setHelpFactory((spec, colors) -> {
            Messages messages = messages();
            if (!messages.locale().equals(translatedTo.getAndSet(messages.locale()))) {
                CommandHelp.translate(commandLine, messages);
            }
            return new CommandLine.Help(spec, colors);
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (databaseUrlOption != null) {
            System.setProperty(DatabaseChoice.URL_PROPERTY, databaseUrlOption); // for the window's opening
        }
        return window.open(dataDirectory(), Optional.ofNullable(draftFile).map(file -> file.toAbsolutePath().normalize()),
                Optional.ofNullable(languageOption).map(lang -> Language.fromCode(lang.name())));
    }

    public Path dataDirectory() {
        return DataDirectory.resolve(dataDirectoryOption);
    }

    /** Opens the data directory for a subcommand; the caller closes it. */
    public VoceroApp openApp() throws StartupException {
        // --lang words the startup messages; the computer's country stays the default country of a first start
        Locale locale = languageOption == null ? systemLocale
                : new Locale(languageOption.name(), systemLocale.getCountry());
        oneCommand();
        // the terminal's passphrase prompt and its refusals: --lang, else the language chosen in Settings
        VoceroApp app = VoceroApp.open(dataDirectory(), locale, new ConsolePassphrase(System.getenv(), System.console(),
                () -> messages().locale()), DatabaseChoice.commandLine(databaseUrlOption));
        settingsLanguage = app.settings().language().locale();
        return app;
    }

    /** Opens the data directory on this computer's own database only, whatever team database is set (vocero team). */
    VoceroApp openLocalApp() throws StartupException {
        Locale locale = languageOption == null ? systemLocale
                : new Locale(languageOption.name(), systemLocale.getCountry());
        oneCommand();
        VoceroApp app = VoceroApp.open(dataDirectory(), locale, new ConsolePassphrase(System.getenv(), System.console(),
                () -> messages().locale()), DatabaseChoice.localOnly());
        settingsLanguage = app.settings().language().locale();
        return app;
    }

    /** A process that runs one command exits right after it: no time spent tidying the database file at its end. */
    private void oneCommand() {
        if (oneCommandProcess) {
            app.vocero.store.Database.withoutCompactionAtShutdown();
        }
    }

    /** The address given with {@code --db-url}, or null. */
    String databaseUrl() {
        return databaseUrlOption;
    }

    /** The texts of this command: {@code --lang}, else the language chosen in Settings. */
    public Messages messages(VoceroApp app) {
        if (languageOption != null) {
            return Messages.of(Locale.forLanguageTag(languageOption.name()));
        }
        return Messages.of(app.settings().language().locale());
    }

    /** The language code ({@code es}, {@code en}) of this command's texts: {@code --lang}, else Settings. */
    public String language(VoceroApp app) {
        return messages(app).locale().getLanguage().isEmpty() ? "en" : messages(app).locale().getLanguage();
    }

    /**
     * The texts before (or without) the data directory: {@code --lang}; else the language of Settings once a
     * command opened it; else the computer's language.
     */
    public Messages messages() {
        if (languageOption != null) {
            return Messages.of(Locale.forLanguageTag(languageOption.name()));
        }
        return Messages.of(settingsLanguage != null ? settingsLanguage : systemLocale);
    }

    public Locale systemLocale() {
        return systemLocale;
    }

    /** Wrong arguments: one line naming the problem and where the help is, exit 2 (not a page of usage). */
    private int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        Messages messages = messages();
        command.getErr().println("vocero: " + CommandHelp.explain(e, messages) + " " + messages.format("cli.error.seeHelp",
                command.getCommandSpec().qualifiedName() + " --help"));
        return EXIT_UNUSABLE;
    }

    private static int handle(Exception e, CommandLine commandLine, Messages messages) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof StartupException) {
            err.println("vocero: " + e.getMessage());
            return EXIT_UNUSABLE;
        }
        Locale locale = messages.locale();
        java.util.Optional<String> said = UserErrors.message(e, locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        if (said.isPresent()) {
            LOG.info("Command refused: {}", said.get());
            err.println("vocero: " + said.get());
            return EXIT_UNUSABLE;
        }
        LOG.error("Command failed", e);
        err.println("vocero: " + messages.format("cli.error.unexpected", String.valueOf(e)));
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
