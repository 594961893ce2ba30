package app.vocero.bench;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.service.ContactListService;
import app.vocero.service.ImportOutcome;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code vocero bench import}: generates a 500k-row CSV (Windows-1252, {@code ;}) and Parquet file and a 100k-row
 * XLSX, imports each (two warm-up imports, then measured runs) through the same service the app uses, and prints rows/s,
 * elapsed time, peak heap and the time to save the list. Figures, not pass/fail: the bars are in the README.
 */
public final class ImportBenchmark {

    /** One measured import. */
    public record Figure(String format, int rows, long importMs, double rowsPerSecond, long peakHeapMb, long saveMs,
                         long callable) {
    }

    /** The JIT needs a couple of imports before the code is compiled: what a working session sees. */
    static final int WARM_UP_RUNS = 2;

    private final ContactListService contactLists;
    private final PrintWriter out;

    public ImportBenchmark(ContactListService contactLists, PrintWriter out) {
        this.contactLists = contactLists;
        this.out = out;
    }

    public List<Figure> run(Path workDirectory, int rows, int xlsxRows, int measuredRuns)
            throws IOException, ContactFileException {
        SampleContacts samples = new SampleContacts(42);
        out.printf("Generating samples in %s …%n", workDirectory);
        out.flush();
        Path csv = samples.csv(workDirectory.resolve("contactos.csv"), rows);
        Path parquet = samples.parquet(workDirectory.resolve("contactos.parquet"), rows);
        Path xlsx = samples.xlsx(workDirectory.resolve("contactos.xlsx"), xlsxRows);
        out.printf("JVM max heap %d MB, %d cores, garbage collector %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
                        .stream().map(java.lang.management.GarbageCollectorMXBean::getName)
                        .collect(java.util.stream.Collectors.joining(" + ")));
        out.printf("%-8s %9s %10s %12s %10s %9s %9s%n", "format", "rows", "import ms", "rows/s", "peak heap", "save ms",
                "callable");
        List<Figure> figures = new ArrayList<>();
        for (Path file : List.of(parquet, csv, xlsx)) {
            figures.add(measure(file, file == xlsx ? xlsxRows : rows, measuredRuns));
        }
        return figures;
    }

    private Figure measure(Path file, int rows, int measuredRuns) throws ContactFileException {
        for (int warmUp = 0; warmUp < WARM_UP_RUNS; warmUp++) {
            importOnce(file, false);
        }
        long bestMs = Long.MAX_VALUE;
        long peak = 0;
        long callable = 0;
        for (int run = 0; run < measuredRuns; run++) {
            System.gc();
            try (HeapSampler heap = new HeapSampler()) {
                long started = System.nanoTime();
                callable = importOnce(file, false).result().uniqueValid();
                bestMs = Math.min(bestMs, (System.nanoTime() - started) / 1_000_000);
                peak = Math.max(peak, heap.peakBytes());
            }
        }
        System.gc();
        long saveMs = importOnce(file, true).saveMs();
        String name = file.getFileName().toString();
        Figure figure = new Figure(name.substring(name.lastIndexOf('.') + 1), rows, bestMs,
                rows * 1000.0 / Math.max(1, bestMs), peak >> 20, saveMs, callable);
        out.printf("%-8s %9d %10d %12.0f %7d MB %9d %9d%n", figure.format(), figure.rows(), figure.importMs(),
                figure.rowsPerSecond(), figure.peakHeapMb(), figure.saveMs(), figure.callable());
        out.flush();
        return figure;
    }

    private ImportOutcome importOnce(Path file, boolean save) throws ContactFileException {
        ImportRequest request = new ImportRequest(file, "CO", Map.of(), Optional.empty(),
                Optional.of("bench " + file.getFileName()), save);
        return contactLists.importFile(request, "en", Progress.NONE);
    }

    /** Samples the used heap every few milliseconds: the peak includes garbage not yet collected. */
    private static final class HeapSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running) {
                    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakBytes() {
            Runtime runtime = Runtime.getRuntime();
            return Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }

    /** A fresh folder for the samples. */
    public static Path workDirectory() throws IOException {
        return Files.createTempDirectory("vocero-bench");
    }
}
