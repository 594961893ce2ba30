package app.vocero.store;

import java.nio.file.Path;

/** "Copy my local history to the team database": a local H2 into a real PostgreSQL. */
class DatabaseCopyToPostgresTest extends DatabaseCopyTest {

    @Override
    Database openTo(Path directory) {
        return TestPostgres.newDatabase();
    }
}
