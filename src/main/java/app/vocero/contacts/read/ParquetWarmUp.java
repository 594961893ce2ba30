package app.vocero.contacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a one-shot {@code contacts import} of a Parquet file: reads a small Parquet file shipped with the app
 * ({@value #SAMPLE}: 32 rows of a text phone, a repeated name and an optional whole number, uncompressed) on a
 * second thread while the command opens the data store, so that the reader's classes are loaded and initialized
 * before the real file needs them. A cold process spends about half a second there — parquet-hadoop's footer class
 * alone builds a JSON mapper of 370 classes in its static initializer — and none of it depends on the user's file.
 * On two cores the store's opening leaves one idle: the cold 500,000-row Parquet import took 0.89 of its time
 * (medians of 10 rotated runs). It never reads the user's file (a hostile one is read once, by the import,
 * within its limits) and never fails the import: what it has not finished is waited for or done by the import.
 * <p>The sample was written by {@link ParquetContactsWriter} ({@code ParquetWarmUpTest} reads it back).
 */
public final class ParquetWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ParquetWarmUp.class);
    static final String SAMPLE = "warm-up.parquet";

    private ParquetWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread when {@code file}'s name ends in {@code .parquet}.
     *
     * @return the thread, or empty for any other file
     */
    public static Optional<Thread> startFor(Path file) {
        if (!isParquet(file)) {
            return Optional.empty();
        }
        Thread thread = new Thread(ParquetWarmUp::quietly, "vocero-parquet-warm-up");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    static boolean isParquet(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    private static void quietly() {
        try {
            readSample();
        } catch (Exception | LinkageError | OutOfMemoryError | StackOverflowError e) {
            // only time is at stake: the import reads and reports as it always does
            LOG.debug("Parquet warm-up skipped: {}", e.toString());
        }
    }

    /**
     * Copies the sample to a temporary file, reads every row, deletes the file.
     *
     * @return the rows read (32)
     */
    public static int readSample() throws IOException, ContactFileException {
        return readSample(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #readSample()} with the temporary copy in {@code directory}. */
    static int readSample(Path directory) throws IOException, ContactFileException {
        Path copy = Files.createTempFile(directory, "vocero-warm-up", ".parquet");
        try {
            try (InputStream sample = ParquetWarmUp.class.getResourceAsStream(SAMPLE)) {
                if (sample == null) {
                    throw new IOException("No " + SAMPLE + " beside " + ParquetWarmUp.class.getName());
                }
                Files.copy(sample, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            int rows = 0;
            try (ParquetRowReader reader = ParquetRowReader.open(copy)) {
                while (reader.next() != null) {
                    rows++;
                }
            }
            return rows;
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
