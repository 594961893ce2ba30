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
import app.vocero.store.ContactListRepository;
import app.vocero.store.DoNotCallRepository;
import java.time.Clock;
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

    public ContactListService(ContactListRepository lists, DoNotCallRepository doNotCall, ContactImporter importer,
                              Clock clock) {
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
        ImportOptions options = new ImportOptions(request.country(), request.columns(), progress::isCancelled);
        ImportResult result;
        try (RowReader reader = RowReaders.open(request.file(), new ReadOptions(request.sheet()))) {
            result = importer.importRows(reader, request.file(), options, suppression,
                    rowsDone -> progress.update(rowsDone, -1, null));
        }
        LOG.info("Imported {}: {} rows, {} callable in {} ms", request.file(), result.rows(), result.uniqueValid(),
                result.elapsedMs());
        if (!request.save()) {
            return new ImportOutcome(result, Optional.empty(), 0);
        }
        progress.checkCancelled();
        long started = System.nanoTime();
        ContactListSummary summary = new ContactListSummary(UUID.randomUUID().toString(), request.listName(),
                request.file().toAbsolutePath().toString(), result.format(), request.country(), clock.instant(),
                result.rows(), result.invalid(), result.duplicates(), result.suppressed(), result.uniqueValid());
        lists.save(summary, ImportReportJson.toJson(result.report(language)), result.contacts());
        return new ImportOutcome(result, Optional.of(summary), (System.nanoTime() - started) / 1_000_000);
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

    public Optional<ContactTable> contacts(String id) {
        return lists.contacts(id);
    }

    public boolean delete(String id) {
        return lists.delete(id);
    }
}
