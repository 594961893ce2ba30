package app.vocero.service;

import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.ImportOptions;
import app.vocero.contacts.ImportReportJson;
import app.vocero.contacts.Suppression;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportReport;
import app.vocero.domain.ImportResult;
import app.vocero.domain.Operator;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import java.util.ArrayList;
import app.vocero.store.ContactListRepository;
import app.vocero.store.DoNotCallRepository;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Importing contact files, and the saved contact lists that campaigns call. */
public final class ContactListService {

    private static final Logger LOG = LoggerFactory.getLogger(ContactListService.class);

    private final ContactListRepository lists;
    private final DoNotCallRepository doNotCall;
    private final ContactImporter importer;
    private final Clock clock;
    private final Operator operator;

    /** Saving lists from this desktop: each says this OS user and computer made it. */
    public ContactListService(ContactListRepository lists, DoNotCallRepository doNotCall, ContactImporter importer,
                              Clock clock) {
        this(lists, doNotCall, importer, clock, Operator.thisDesktop());
    }

    /** Saving lists as {@code operator}: tests play several desktops sharing one database. */
    public ContactListService(ContactListRepository lists, DoNotCallRepository doNotCall, ContactImporter importer,
                              Clock clock, Operator operator) {
        this.operator = operator;
        this.lists = lists;
        this.doNotCall = doNotCall;
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * Reads and checks a file against the do-not-call list and, when asked, saves the callable contacts as a list
     * (all of it or nothing).
     *
     * @param language {@code es} or {@code en}: the language of the reject reasons saved with the report
     * @throws ContactFileException when the file cannot be read (nothing is saved)
     * @throws java.util.concurrent.CancellationException when the user cancelled (nothing is saved)
     * @throws IllegalArgumentException when the country is neither an ISO region nor a dialing prefix
     */
    public ImportOutcome importFile(ImportRequest request, String language, Progress progress)
            throws ContactFileException {
        Set<String> suppressed = doNotCall.numbers();
        Suppression suppression = suppressed.isEmpty() ? Suppression.NONE : suppressed::contains;
        ImportOptions options = request.options(progress::isCancelled);
        ImportResult result;
        try (RowReader reader = RowReaders.open(request.file(), new ReadOptions(request.sheet()))) {
            result = importer.importRows(reader, request.file(), options, suppression,
                    rowsDone -> progress.update(rowsDone, -1, null));
        } catch (OutOfMemoryError e) {
            // the readers are bounded per row and cell, but a whole list can still outgrow a small heap: what was
            // read is garbage now; the database was not being written, so it is untouched
            throw outOfMemory(request.file());
        }
        return finish(request, result, language, progress);
    }

    /**
     * The same as {@link #importFile(ImportRequest, String, Progress)} for an import that started reading before
     * this service existed ({@link ImportAhead}: a command, while the data store opened): gives it the do-not-call
     * list, waits for it, and saves what its request asks.
     */
    public ImportOutcome importFile(ImportAhead ahead, String language, Progress progress) throws ContactFileException {
        ImportRequest request = ahead.request();
        ImportResult result;
        try {
            result = ahead.result(doNotCall.numbers());
        } catch (OutOfMemoryError e) {
            throw outOfMemory(request.file()); // as above: nothing was being written
        } finally {
            ahead.close(); // a failure before the result: the reading stops
        }
        return finish(request, result, language, progress);
    }

    private ImportOutcome finish(ImportRequest request, ImportResult result, String language, Progress progress)
            throws ContactFileException {
        LOG.info("Imported {}: {} rows, {} callable in {} ms", request.file(), result.rows(), result.uniqueValid(),
                result.elapsedMs());
        if (!request.save()) {
            return new ImportOutcome(result, Optional.empty(), 0);
        }
        progress.checkCancelled();
        long started = System.nanoTime();
        ContactListSummary summary = new ContactListSummary(UUID.randomUUID().toString(), request.listName(),
                request.file().toAbsolutePath().toString(), result.format(), request.country(), clock.instant(),
                result.rows(), result.invalid(), result.duplicates(), result.suppressed(), result.uniqueValid(), operator);
        try {
            lists.save(summary, ImportReportJson.toJson(result.report(language)), result.contacts(), result.rejects());
        } catch (OutOfMemoryError e) {
            throw outOfMemory(request.file()); // encoded before the database is written: nothing was saved
        }
        return new ImportOutcome(result, Optional.of(summary), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Saves contacts Vocero picked itself (the numbers a campaign calls again) as a new list, with a report that
     * counts them all as callable.
     *
     * @param source what the list was made from, shown where a list's source file is
     */
    public ContactListSummary saveContacts(String name, ContactTable contacts, String source, String country) {
        java.util.Map<String, Long> countries = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> operators = new java.util.LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            countries.merge(contacts.region(i), 1L, Long::sum);
            operators.merge(contacts.carrier(i), 1L, Long::sum);
        }
        ImportResult result = new ImportResult(source, "vocero", "UTF-8", contacts.size(), 0, contacts.size(), 0, 0, 0,
                contacts.size(), java.util.Map.of(), countries, operators, List.of(), contacts, 0);
        ContactListSummary summary = new ContactListSummary(UUID.randomUUID().toString(), name, source, "vocero",
                country, clock.instant(), contacts.size(), 0, 0, 0, contacts.size(), operator);
        lists.save(summary, ImportReportJson.toJson(result.report("en")), contacts);
        return summary;
    }

    private static ContactFileException outOfMemory(Path file) {
        LOG.warn("{}: not enough memory for this list ({} MB at most)", file, Runtime.getRuntime().maxMemory() >> 20);
        return ContactFileException.outOfMemory(file, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Newest first. */
    public List<ContactListSummary> lists() {
        return lists.all();
    }

    /** A list by its id, or by its name when no id matches (the newest of that name). */
    public Optional<ContactListSummary> find(String idOrName) {
        Optional<ContactListSummary> byId = lists.find(idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        return lists.all().stream().filter(list -> list.name().equalsIgnoreCase(idOrName)).findFirst();
    }

    public Optional<ImportReport> report(String id) {
        return lists.reportJson(id).map(ImportReportJson::fromJson);
    }

    /**
     * Every rejected row of a saved list; empty for a list saved before Vocero kept them all (its report keeps the
     * first {@value ImportReport#REJECTS_SHOWN}).
     */
    public Optional<List<Reject>> rejects(String id) {
        return lists.rejects(id);
    }

    public Optional<ContactTable> contacts(String id) {
        return lists.contacts(id);
    }

    /**
     * A saved list as an import result, for a campaign that calls it: the counts and breakdowns saved with it, its
     * contacts, and the rejected rows its report kept (the first {@value ImportReport#REJECTS_SHOWN}).
     */
    public Optional<ImportResult> savedResult(String id) {
        Optional<ContactListSummary> summary = lists.find(id);
        Optional<ImportReport> report = report(id);
        Optional<ContactTable> table = contacts(id);
        if (summary.isEmpty() || report.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        ImportReport saved = report.get();
        List<Reject> rejects = new ArrayList<>();
        for (ImportReport.RejectedRow row : saved.rejects()) {
            RejectReason reason = RejectReason.fromCode(row.reasonCode());
            rejects.add(new Reject(row.row(), row.value(), reason, detail(reason, row.reason())));
        }
        return Optional.of(new ImportResult(summary.get().sourceFile(), saved.format(), saved.encoding(), saved.rows(),
                saved.blankRows(), saved.valid(), saved.invalid(), saved.duplicates(), saved.suppressed(),
                saved.uniqueValid(), saved.columns(), saved.countries(), saved.operators(), rejects, table.get(),
                saved.elapsedMs()));
    }

    /** What a saved reason text filled in ({@code 12} of "duplicate of row 12"), in whichever language it was saved. */
    static String detail(RejectReason reason, String text) {
        for (String language : List.of("en", "es")) {
            String[] around = reason.text(language, "\u0000").split("\u0000", -1);
            if (around.length == 2 && text.startsWith(around[0]) && text.endsWith(around[1])
                    && text.length() >= around[0].length() + around[1].length()) {
                return text.substring(around[0].length(), text.length() - around[1].length());
            }
        }
        return null;
    }

    /** Deletes a list. Campaigns sent from it keep their own copy of its contacts (see {@link #campaignsUsing}). */
    public boolean delete(String id) {
        return lists.delete(id);
    }

    /** The longest name a list may have. */
    public static final int NAME_LIMIT = 255;

    /**
     * Gives a list another name (trimmed; control characters dropped). Campaigns refer to a list by its id, so
     * drafts and the history keep working.
     *
     * @return the renamed list, or empty when there is no such list
     * @throws IllegalArgumentException when the name is blank or longer than {@value #NAME_LIMIT} characters
     */
    public Optional<ContactListSummary> rename(String id, String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.length() > NAME_LIMIT) {
            throw new IllegalArgumentException(clean.isEmpty() ? "blank" : "too long");
        }
        if (!lists.rename(id, clean)) {
            return Optional.empty();
        }
        return lists.find(id);
    }

    /** The names of the campaigns in the history that were sent from this list, newest first. */
    public List<String> campaignsUsing(String id) {
        return lists.find(id).map(list -> lists.campaignsUsing(list.id(), list.name())).orElse(List.of());
    }

    /** Writes rejected rows as {@code contacts import --rejects} does: formula-safe CSV, 0600. */
    public void exportRejects(List<Reject> rejects, Path file, String language) throws java.io.IOException {
        app.vocero.contacts.RejectsCsv.write(rejects, file, language);
    }

    /**
     * Writes contacts ready to call, every column included, as a CSV Excel opens and Vocero imports back
     * ({@code row;phone;number;country;…}, formula-safe, UTF-8 with BOM), readable by its owner only (0600).
     */
    public void exportContacts(ContactTable contacts, Path file) throws java.io.IOException {
        CountrySplit.writeCsv(contacts, file);
        app.vocero.config.PrivateFiles.restrict(file);
    }
}
