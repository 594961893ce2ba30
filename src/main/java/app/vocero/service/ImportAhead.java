package app.vocero.service;

import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.DeferredSuppression;
import app.vocero.contacts.ImportOptions;
import app.vocero.contacts.ImportProgress;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ImportResult;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An import started before the data store is open: a command ({@code contacts import}) reads and checks its file
 * on its own thread while the store opens, and hands the result to
 * {@link ContactListService#importFile(ImportAhead, String, Progress)}, which gives it the do-not-call list and
 * saves what was asked. The store's opening (its file lock alone waits 25 ms; H2's mixed-mode connection about
 * 80 ms in all) left a core idle at the start of every one-shot import.
 *
 * <p>The result is the same as {@link ContactListService#importFile(ImportRequest, String, Progress)}'s: the
 * in-order part waits for the do-not-call list before its first lookup ({@link DeferredSuppression}), reading
 * ahead meanwhile. {@link #close()} (the store could not be opened, the command ended) stops the reading.
 */
public final class ImportAhead implements AutoCloseable {

    private final ImportRequest request;
    private final DeferredSuppression doNotCall = new DeferredSuppression();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final FutureTask<ImportResult> reading;

    private ImportAhead(ImportRequest request) {
        this.request = request;
        ImportOptions options = request.options(cancelled::get);
        this.reading = new FutureTask<>(() -> {
            try (RowReader reader = RowReaders.open(request.file(), new ReadOptions(request.sheet()))) {
                return new ContactImporter().importRows(reader, request.file(), options, doNotCall,
                        ImportProgress.NONE);
            }
        });
    }

    /** Starts reading {@code request}'s file now, on a daemon thread. */
    public static ImportAhead start(ImportRequest request) {
        ImportAhead ahead = new ImportAhead(request);
        Thread thread = new Thread(ahead.reading, "vocero-import-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    ImportRequest request() {
        return request;
    }

    /** The result once the do-not-call list is given; the reading's own failure as it was thrown there. */
    ImportResult result(Set<String> doNotCallNumbers) throws ContactFileException {
        doNotCall.give(doNotCallNumbers);
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("Import interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ContactFileException fileProblem) {
                throw fileProblem;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Import failed", cause);
        }
    }

    /** Stops the reading (at its next chunk, or where it waits for the do-not-call list). */
    @Override
    public void close() {
        cancelled.set(true);
        doNotCall.withdraw();
    }
}
