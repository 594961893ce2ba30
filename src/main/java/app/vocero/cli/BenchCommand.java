package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.bench.ImportBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero bench …}: measures the bars the issues name and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated data (in a temporary data directory; your own data is not touched).")
// its subcommands: CommandTree.ROOT
final class BenchCommand {

    @ParentCommand
    VoceroCommand root;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a generated 500k-row CSV and Parquet and a 100k-row XLSX; prints rows/s, time, peak heap, save time.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rows", description = "Rows of the CSV and Parquet samples (default: ${DEFAULT-VALUE}).")
        int rows = 500_000;

        @Option(names = "--xlsx-rows", description = "Rows of the XLSX sample (default: ${DEFAULT-VALUE}).")
        int xlsxRows = 100_000;

        @Option(names = "--runs", description = "Measured runs after one warm-up; the best is shown (default: ${DEFAULT-VALUE}).")
        int runs = 3;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            inWorkDirectory(bench.root.systemLocale(), (app, work) ->
                    new ImportBenchmark(app.contactLists(), out).run(work, rows, xlsxRows, runs));
            return 0;
        }
    }

    @Command(name = "samples", mixinStandardHelpOptions = true,
            description = "Writes the import benchmark's generated contacts as contacts.csv and contacts.parquet into a folder (for timing a one-shot `contacts import` from outside, as packaging/measure.sh does).")
    static final class Samples implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FOLDER", description = "Where to write the two files (made if missing).")
        Path folder;

        @Option(names = "--rows", description = "Rows of each file (default: ${DEFAULT-VALUE}).")
        int rows = 500_000;

        @Override
        public Integer call() throws Exception {
            Files.createDirectories(folder);
            app.vocero.bench.SampleContacts samples = new app.vocero.bench.SampleContacts(42);
            PrintWriter out = spec.commandLine().getOut();
            out.println(samples.csv(folder.resolve("contacts.csv"), rows));
            out.println(samples.parquet(folder.resolve("contacts.parquet"), rows));
            return 0;
        }
    }

    /** What a benchmark does with its own data directory. */
    interface BenchBody {
        void run(VoceroApp app, Path work) throws Exception;
    }

    /** Runs a benchmark in a temporary data directory of its own, deleted afterwards. */
    static void inWorkDirectory(java.util.Locale locale, BenchBody body) throws Exception {
        Path work = ImportBenchmark.workDirectory();
        try (VoceroApp app = VoceroApp.open(work.resolve("data"), locale)) {
            body.run(app, work);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Command(name = "campaign", mixinStandardHelpOptions = true,
            description = "Saem custom JSON body for 200,000 contacts, Parquet form for 500,000, pre-flight for 500,000.")
    static final class Campaign implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--runs", description = "Measured runs after two warm-ups; the best is shown (default: ${DEFAULT-VALUE}).")
        int runs = 3;

        @Override
        public Integer call() throws Exception {
            new app.vocero.bench.CampaignBenchmark(new app.vocero.provider.saem.SaemPlan(), spec.commandLine().getOut()).run(runs);
            return 0;
        }
    }

    @Command(name = "wizard-contacts", mixinStandardHelpOptions = true,
            description = {"The campaign wizard's contacts step in a real window: checks a generated file (warm-ups, then "
                    + "--runs) and a file of only rejected rows through its view model, scrolls the rejected rows, and "
                    + "prints the longest FX-thread stall (bar: 50 ms).",
                "Needs a display: on a server run it under Xvfb (xvfb-run -a java -jar vocero.jar bench wizard-contacts)."})
    static final class WizardContacts implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rows", description = "Rows of the generated contact file (default: ${DEFAULT-VALUE}).")
        int rows = 500_000;

        @Option(names = "--rejected-rows", description = "Rows of the file whose every row is rejected (default: ${DEFAULT-VALUE}).")
        int rejectedRows = 500_000;

        @Option(names = "--warm-ups", description = "Checks before the measured ones, not counted (default: ${DEFAULT-VALUE}: "
                + "the first check runs cold code, as a supervisor's first file of the day does, and it counts).")
        int warmUps = 0;

        @Option(names = "--runs", description = "Measured checks (default: ${DEFAULT-VALUE}).")
        int runs = 3;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            inWorkDirectory(bench.root.systemLocale(), (app, work) -> {
                app.settings().setDefaultCountry("CO");
                out.printf("Generating samples in %s …%n", work);
                out.flush();
                app.vocero.bench.SampleContacts samples = new app.vocero.bench.SampleContacts(42);
                Path contacts = samples.csv(work.resolve("contactos.csv"), rows);
                Path rejected = samples.rejectedCsv(work.resolve("rechazados.csv"), rejectedRows);
                out.printf("JVM max heap %d MB, %d cores, garbage collector %s, JavaFX platform %s%n",
                        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(java.lang.management.GarbageCollectorMXBean::getName)
                                .collect(java.util.stream.Collectors.joining(" + ")),
                        System.getProperty("glass.platform", "default"));
                new app.vocero.ui.campaign.wizard.contacts.ContactsStepBenchmark(app.contactLists(), app.doNotCall(),
                        app.settings(), out).run(contacts, rows, rejected, rejectedRows, warmUps, runs);
            });
            return 0;
        }
    }

    @Command(name = "team", mixinStandardHelpOptions = true,
            description = {"A team database's bars: a 500,000-contact list saved and loaded, a history of 10,000 "
                    + "campaigns opened and filtered; prints min, median and max.",
                "It fills the database with generated campaigns (kept for the next run): give it one of its own "
                    + "(createdb vocero_bench). The password comes from VOCERO_DB_PASSWORD."})
    static final class Team implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "URL", description = "The database's address, e.g. postgresql://localhost:5432/vocero_bench.")
        String url;

        @Option(names = "--user", description = "The database user (default: VOCERO_DB_USER, else your operating-system user).")
        String user;

        @Option(names = "--contacts", description = "Contacts of the list saved and loaded (default: ${DEFAULT-VALUE}).")
        int contacts = 500_000;

        @Option(names = "--campaigns", description = "Campaigns in the history (default: ${DEFAULT-VALUE}).")
        int campaigns = 10_000;

        @Option(names = "--runs", description = "Measured runs (default: ${DEFAULT-VALUE}).")
        int runs = 3;

        @Override
        public Integer call() throws Exception {
            app.vocero.config.Messages messages = app.vocero.config.Messages.of(bench.root.systemLocale());
            String who = user != null ? user : System.getenv().getOrDefault("VOCERO_DB_USER",
                    System.getProperty("user.name", ""));
            String password = System.getenv().getOrDefault("VOCERO_DB_PASSWORD", "");
            try (app.vocero.store.Database database = app.vocero.store.Database.openTeam(
                    app.vocero.store.TeamAddress.parse(url, messages), who, password.toCharArray(), messages)) {
                new app.vocero.bench.TeamBenchmark(database, spec.commandLine().getOut()).run(contacts, campaigns, runs);
            }
            return 0;
        }
    }
}
