package app.vocero.store;

/** Every test of {@link SendLeasesTest} on a real PostgreSQL (a fresh database each). */
class SendLeasesOnPostgresTest extends SendLeasesTest {

    @Override
    Database openDatabase() {
        return TestPostgres.newDatabase();
    }
}
