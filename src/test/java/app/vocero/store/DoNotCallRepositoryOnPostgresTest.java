package app.vocero.store;

/** Every test of {@link DoNotCallRepositoryTest} on a real PostgreSQL (a fresh database each). */
class DoNotCallRepositoryOnPostgresTest extends DoNotCallRepositoryTest {

    @Override
    Database openDatabase() {
        return TestPostgres.newDatabase();
    }
}
