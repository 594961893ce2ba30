package app.vocero.store;

import java.nio.file.Path;

/** Who sent each campaign and imported each list (V8, portable), on a real PostgreSQL server. */
class WhoDidWhatRepositoryOnPostgresTest extends WhoDidWhatRepositoryTest {

    @Override
    Database openDatabase(Path directory) {
        return TestPostgres.newDatabase();
    }
}
