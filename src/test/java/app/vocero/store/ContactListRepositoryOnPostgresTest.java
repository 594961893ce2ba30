package app.vocero.store;

/** Every test of {@link ContactListRepositoryTest} on a real PostgreSQL (a fresh database each). */
class ContactListRepositoryOnPostgresTest extends ContactListRepositoryTest {

    @Override
    Database openDatabase() {
        return TestPostgres.newDatabase();
    }
}
