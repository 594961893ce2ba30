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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero bench …}: measures the bars the issues name and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated data (in a temporary data directory; your own data is not touched).",
        subcommands = {BenchCommand.Import.class, BenchCommand.Campaign.class})
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
            Path work = ImportBenchmark.workDirectory();
            try (VoceroApp app = VoceroApp.open(work.resolve("data"), bench.root.systemLocale())) {
                new ImportBenchmark(app.contactLists(), out).run(work, rows, xlsxRows, runs);
            } finally {
                deleteTree(work);
            }
            return 0;
        }

        private static void deleteTree(Path root) throws java.io.IOException {
            try (Stream<Path> paths = Files.walk(root)) {
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
}
