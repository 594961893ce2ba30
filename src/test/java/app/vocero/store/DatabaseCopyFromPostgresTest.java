package app.vocero.store;

import java.nio.file.Path;

/** "Back to local" for a laptop going offline: the team's PostgreSQL into a local H2. */
class DatabaseCopyFromPostgresTest extends DatabaseCopyTest {

    @Override
    Database openFrom(Path directory) {
        return TestPostgres.newDatabase();
    }
}
