package app.vocero.store;

/** Every test of {@link RepositoriesTest} on a real PostgreSQL (a fresh database each). */
class RepositoriesOnPostgresTest extends RepositoriesTest {

    @Override
    Database openDatabase() {
        return TestPostgres.newDatabase();
    }
}
