package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Opening a team's PostgreSQL database: migrations, durability, and what the user is told when it fails. */
class DatabaseOnPostgresTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
    private static final Messages SPANISH = Messages.of(Locale.forLanguageTag("es-CO"));

    @Test
    void anEmptyDatabaseIsMigratedOnceAndCommitsAreDurable() throws Exception {
        String url = TestPostgres.emptyDatabaseUrl();
        try (Database database = TestPostgres.open(url)) {
            assertThat(database.shared()).isTrue();
            assertThat(database.where()).endsWith(url.substring(url.lastIndexOf('/')));
            try (Connection connection = database.connection()) {
                assertThat(SchemaCheck.upToDate(connection, Dialect.POSTGRESQL)).isTrue();
                assertThat(count(connection, "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
                        .isEqualTo(SchemaCheck.shippedVersions(Dialect.POSTGRESQL).size());
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("on");
                }
            }
            new SettingsRepository(database).put("k", "v");
        }
        try (Database again = TestPostgres.open(url); Connection connection = again.connection()) {
            assertThat(new SettingsRepository(again).get("k")).contains("v");
            assertThat(count(connection, "SELECT COUNT(*) FROM flyway_schema_history"))
                    .isEqualTo(SchemaCheck.shippedVersions(Dialect.POSTGRESQL).size() + (long) extraHistoryRows(connection));
        }
    }

    @Test
    void aCommitThatWouldNotBeDurableIsRefused() throws Exception {
        try (Database database = TestPostgres.newDatabase(); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            assertThatThrownBy(() -> Database.requireDurableCommits(connection)).hasMessageContaining("synchronous_commit");
        }
    }

    @Test
    void aReusedConnectionComesBackAsItWasOpened() throws Exception {
        try (Database database = TestPostgres.newDatabase()) {
            int backend;
            try (Connection first = database.connection(); Statement statement = first.createStatement()) {
                backend = backend(first);
                statement.execute("SET synchronous_commit = off");
                first.setAutoCommit(false);
                statement.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('left', 'open')");
            } // handed back with a transaction open and durability off
            try (Connection next = database.connection(); Statement statement = next.createStatement();
                 ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
                assertThat(backend(next)).as("the same server connection, reused").isEqualTo(backend);
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("on");
                assertThat(next.getAutoCommit()).isTrue();
            }
            assertThat(new SettingsRepository(database).get("left")).as("the open transaction was rolled back").isEmpty();
            Connection closed = database.connection();
            closed.close();
            assertThat(closed.isClosed()).isTrue();
            assertThatThrownBy(closed::createStatement).isInstanceOf(java.sql.SQLException.class);
        }
    }

    private static int backend(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aMissingDatabaseSaysHowToCreateIt() throws Exception {
        String url = "jdbc:postgresql://localhost:" + TestPostgres.port() + "/nadie_la_creo";
        assertThatThrownBy(() -> Database.openTeam(TeamAddress.parse(url, ENGLISH), TestPostgres.USER, new char[0], ENGLISH))
                .isInstanceOf(StartupException.class).hasMessageContaining("nadie_la_creo").hasMessageContaining("createdb")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("PSQLException"));
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldToOwnTheDatabase() throws Exception {
        String url = TestPostgres.emptyDatabaseUrl();
        String name = url.substring(url.lastIndexOf('/') + 1);
        // what PostgreSQL 15 does by default: only the database's owner may create tables in its public schema
        TestPostgres.execute(name, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        TestPostgres.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'visitante') "
                + "THEN CREATE ROLE visitante LOGIN; END IF; END $$");
        assertThatThrownBy(() -> Database.openTeam(TeamAddress.parse(url, ENGLISH), "visitante", new char[0], ENGLISH))
                .isInstanceOf(StartupException.class).hasMessageContaining("visitante")
                .hasMessageContaining("createdb --owner visitante " + name);
    }

    @Test
    void anUnknownUserIsToldToCheckUserAndPassword() throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        Database.TeamCheck check = Database.test(url, "intruso", "clave".toCharArray(), SPANISH);
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("intruso").contains("contraseña").doesNotContain("clave");
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Database.TeamCheck check = Database.test("jdbc:postgresql://127.0.0.1:" + closed + "/vocero", "ana",
                new char[0], ENGLISH);
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("127.0.0.1:" + closed + "/vocero").contains("reach");
    }

    @Test
    void aServerWithoutTlsIsRefusedWhenTheAddressAsksForIt() {
        String url = "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres?sslmode=require";
        Database.TeamCheck check = Database.test(url, TestPostgres.USER, new char[0], ENGLISH);
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("TLS");
    }

    @Test
    void aWorkingServerIsNamedWithItsVersion() {
        Database.TeamCheck check = Database.test(TestPostgres.newDatabaseUrl(), TestPostgres.USER, new char[0], ENGLISH);
        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(check.message()).contains("PostgreSQL 14");
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Flyway's own rows (none with a version: the schema-creation marker, if any). */
    private static int extraHistoryRows(Connection connection) throws Exception {
        return (int) count(connection, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NULL");
    }
}
