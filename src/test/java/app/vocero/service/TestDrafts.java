package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.store.Database;
import app.vocero.store.DraftRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** The window's drafts over a real database in a data directory, for tests; closing closes the database. */
public final class TestDrafts implements AutoCloseable {

    public static final DraftRepository.Author ANA = new DraftRepository.Author("ana", "pc-1");

    public final Database database;
    public final DraftService drafts;

    private TestDrafts(Database database, DraftService drafts) {
        this.database = database;
        this.drafts = drafts;
    }

    public static TestDrafts open(Path dataDirectory) throws Exception {
        return open(dataDirectory, Clock.systemUTC(), ANA);
    }

    public static TestDrafts open(Path dataDirectory, Clock clock, DraftRepository.Author who) throws Exception {
        Files.createDirectories(dataDirectory);
        Database database = Database.open(dataDirectory, Messages.of(Locale.ENGLISH));
        return new TestDrafts(database, on(database, dataDirectory, clock, who));
    }

    /** Another desktop's drafts over the same database (its own data directory for the file copies). */
    public static DraftService on(Database database, Path dataDirectory, Clock clock, DraftRepository.Author who) {
        return new DraftService(new DraftRepository(database, clock, who), dataDirectory);
    }

    @Override
    public void close() {
        database.close();
    }
}
