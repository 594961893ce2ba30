package app.vocero.contacts;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadLimits;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports the rows of a contact file: finds the column roles, checks every phone number (in chunks, on every core),
 * then in file order drops invalid numbers, repeats (the first occurrence wins) and numbers on the do-not-call list,
 * and keeps the rest in a {@link ContactTable}.
 *
 * <p>Counting rules: {@code rows} are non-blank data rows (no header); {@code invalid} rows have a missing or
 * invalid number; {@code duplicates} are valid rows whose E.164 appeared earlier; {@code suppressed} are valid,
 * first-seen rows on the do-not-call list; {@code valid = rows - invalid};
 * {@code unique_valid = valid - duplicates - suppressed}.
 */
public final class ContactImporter {

    static final int CHUNK_ROWS = 4096;
    /**
     * Chunks read and checked ahead of the in-order part while the do-not-call list is not there yet (a command
     * reading its file while its data store opens, about a tenth of a second): 65,536 rows, a few tens of MB for
     * a contact file's rows. The bound is only reached when the store is slow to give the list (a passphrase being
     * typed, a distant team database); rows so large that it does not fit the heap end the import as any import
     * that outgrows it does: a clear message naming the file, nothing saved.
     */
    public static final int CHUNKS_AHEAD_WHILE_WAITING = 16;

    private final int threads;

    /**
     * One checking thread fewer than the cores: the reading thread keeps one busy. On the 2-core machines we measure
     * on, one checker imports 500,000 rows as fast as two, and the window stays smoother while it runs (the contacts
     * step's benchmark: repeated checks 28 ms instead of 45–73 ms longest pulse gap).
     */
    public ContactImporter() {
        this(Runtime.getRuntime().availableProcessors() - 1);
    }

    /** @param threads how many threads check numbers (at least 1) */
    public ContactImporter(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * @throws ContactFileException  when the file cannot be read, has no phone column, names an unknown column or
     *                               has no contacts (only a header, or zero rows: {@code empty}, {@code import.noContacts})
     * @throws CancellationException when {@link ImportOptions#cancelled()} said yes
     */
    public ImportResult importRows(RowReader reader, Path file, ImportOptions options, Suppression suppression,
                                   ImportProgress progress) throws ContactFileException {
        long started = System.nanoTime();
        Suppression doNotCall = suppression == null ? Suppression.NONE : suppression;
        ImportProgress listener = progress == null ? ImportProgress.NONE : progress;
        PhoneNumbers phones = new PhoneNumbers(options.defaultCountry());
        ColumnRoles roles;
        SourceRow firstDataRow = null;
        Optional<List<String>> declared = reader.declaredColumns();
        if (declared.isPresent()) {
            roles = ColumnRoles.fromDeclared(declared.get(), options.roleOverrides(), file);
        } else {
            SourceRow first = reader.next();
            if (first == null) {
                throw ContactFileException.of(file, "empty", "import.noRows");
            }
            roles = ColumnRoles.detect(first, options.roleOverrides(), phones, file);
            firstDataRow = roles.hasHeaderRow() ? null : first;
        }
        if (!options.keepContacts()) {
            reader.checkOnly(roles.phoneColumn()); // a dry run keeps no contact: only the numbers are read as they are
        }
        Merge merge = new Merge(roles, doNotCall, options.keepContacts());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        try {
            List<SourceRow> rows = new ArrayList<>(CHUNK_ROWS);
            if (firstDataRow != null) {
                rows.add(firstDataRow);
            }
            boolean more = true;
            while (more) {
                checkCancelled(options);
                SourceRow row;
                while (rows.size() < CHUNK_ROWS && (row = reader.next()) != null) {
                    rows.add(row);
                }
                more = rows.size() == CHUNK_ROWS;
                if (!rows.isEmpty()) {
                    List<SourceRow> chunk = rows;
                    int phoneColumn = roles.phoneColumn();
                    pending.add(pool.submit(() -> Chunk.check(chunk, phoneColumn, phones)));
                    rows = new ArrayList<>(CHUNK_ROWS);
                }
                while (pending.size() > (doNotCall.isReady() ? threads * 2 : CHUNKS_AHEAD_WHILE_WAITING)
                        || (!more && !pending.isEmpty())) {
                    checkCancelled(options);
                    merge.add(await(pending.removeFirst()));
                    listener.rowsDone(merge.rows);
                }
            }
        } finally {
            pending.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
        listener.rowsDone(merge.rows);
        if (merge.rows == 0) {
            // a header without rows, a zero-row Parquet/JSON/XLSX: nothing to import is an unusable file, not an
            // empty list saved with success
            throw ContactFileException.of(file, "empty", "import.noContacts");
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return merge.result(file, reader, elapsedMs);
    }

    private static void checkCancelled(ImportOptions options) {
        if (options.cancelled().getAsBoolean()) {
            throw new CancellationException("Import cancelled");
        }
    }

    /** A checked chunk; the checking thread's failure as it was thrown there (an OutOfMemoryError stays one). */
    static Chunk await(Future<Chunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error error) {
                throw error; // the service turns running out of memory into its message; wrapped, it would not
            }
            throw new IllegalStateException("Checking numbers failed", cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "vocero-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A chunk of rows with the verdict on each one's phone cell and, for a valid one, its E.164 digits as a number
     * (the key of {@link FirstSeen} and of the contact table), read here on a checking thread rather than in the
     * in-order part, the one thread every row goes through.
     */
    record Chunk(List<SourceRow> rows, PhoneCheck[] checks, long[] e164Digits) {
        static Chunk check(List<SourceRow> rows, int phoneColumn, PhoneNumbers phones) {
            PhoneCheck[] checks = new PhoneCheck[rows.size()];
            long[] e164Digits = new long[checks.length];
            for (int i = 0; i < checks.length; i++) {
                PhoneCheck check = phones.check(rows.get(i).cell(phoneColumn));
                checks[i] = check;
                if (check.valid()) {
                    e164Digits[i] = FirstSeen.keyOf(check.e164());
                }
            }
            return new Chunk(rows, checks, e164Digits);
        }
    }

    /** The in-order part: counts, first-seen numbers, suppression, rejects and the contact table. */
    private static final class Merge {
        private final ColumnRoles roles;
        private final Suppression suppression;
        /** False for a check-only import: accepted rows are counted, not copied into the table. */
        private final boolean keepContacts;
        private final FirstSeen firstSeen = new FirstSeen(1 << 16);
        private final ContactTable.Builder contacts;
        private final int[] fieldColumns;
        private final int[] customColumns;
        private final Map<String, long[]> countries = new HashMap<>();
        private final Map<String, long[]> operators = new HashMap<>();
        private final List<Reject> rejects = new ArrayList<>();
        /** One row's values on their way into the table, which copies them: reused rather than made per row. */
        private final String[] fields;
        private final String[] customs;
        private long rows;
        private long invalid;
        private long duplicates;
        private long suppressed;

        Merge(ColumnRoles roles, Suppression suppression, boolean keepContacts) {
            this.roles = roles;
            this.suppression = suppression;
            this.keepContacts = keepContacts;
            this.contacts = ContactTable.builder(roles.roles().keySet(), roles.customNames());
            List<ContactField> order = contacts.fieldOrder();
            this.fieldColumns = order.stream().mapToInt(field -> roles.roles().get(field)).toArray();
            this.customColumns = roles.customColumns().stream().mapToInt(Integer::intValue).toArray();
            this.fields = new String[fieldColumns.length];
            this.customs = new String[customColumns.length];
        }

        void add(Chunk chunk) {
            int phoneColumn = roles.phoneColumn();
            for (int i = 0; i < chunk.checks.length; i++) {
                SourceRow row = chunk.rows.get(i);
                PhoneCheck check = chunk.checks[i];
                rows++;
                if (!check.valid()) {
                    invalid++;
                    rejects.add(new Reject(row.number(), echoed(row, phoneColumn), check.reason(), check.region()));
                    continue;
                }
                long e164Digits = chunk.e164Digits[i];
                long firstRow = firstSeen.firstRowOrPut(e164Digits, row.number());
                if (firstRow >= 0) {
                    duplicates++;
                    rejects.add(new Reject(row.number(), echoed(row, phoneColumn), RejectReason.DUPLICATE,
                            String.valueOf(firstRow)));
                } else if (suppression.isSuppressed(check.e164())) {
                    suppressed++;
                    rejects.add(new Reject(row.number(), echoed(row, phoneColumn), RejectReason.SUPPRESSED, null));
                } else {
                    keep(row, check, e164Digits);
                }
            }
        }

        /** A cell as reports show it: cut to {@link ReadLimits#MAX_ECHOED_CHARS} characters. */
        private static String echoed(SourceRow row, int column) {
            return ReadLimits.echoed(row.cell(column));
        }

        private void keep(SourceRow row, PhoneCheck check, long e164Digits) {
            if (keepContacts) {
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = row.cell(fieldColumns[f]);
                }
                for (int c = 0; c < customs.length; c++) {
                    customs[c] = row.cell(customColumns[c]);
                }
                contacts.add(row.number(), check, e164Digits, fields, customs);
            }
            countries.computeIfAbsent(check.region(), key -> new long[1])[0]++;
            operators.computeIfAbsent(check.carrier(), key -> new long[1])[0]++;
        }

        ImportResult result(Path file, RowReader reader, long elapsedMs) {
            long valid = rows - invalid;
            return new ImportResult(file == null ? "" : file.toString(), reader.format(), reader.encoding(), rows,
                    reader.blankRows(), valid, invalid, duplicates, suppressed, valid - duplicates - suppressed,
                    echoed(roles.byRoleKey()), mostFirst(countries), mostFirst(operators), rejects, contacts.build(),
                    elapsedMs);
        }

        private static Map<String, String> echoed(Map<String, String> columns) {
            Map<String, String> shown = new LinkedHashMap<>();
            columns.forEach((role, header) -> shown.put(role, ReadLimits.echoed(header)));
            return shown;
        }

        private static Map<String, Long> mostFirst(Map<String, long[]> counts) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()[0]));
            return sorted;
        }
    }
}
