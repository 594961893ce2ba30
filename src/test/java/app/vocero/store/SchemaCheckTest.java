package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void theShippedVersionsAreTheMigrationFilesOfTheBuild() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            Set<String> files = new TreeSet<>();
            for (String location : dialect.locations()) {
                try (Stream<Path> migrations = Files.list(Path.of("src/main/resources", location))) {
                    migrations.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                            .forEach(name -> files.add(name.substring(1, name.indexOf("__"))));
                }
            }
            assertThat(files).isNotEmpty();
            assertThat(SchemaCheck.shippedVersions(dialect)).as(dialect.name()).isEqualTo(files);
        }
    }

    @Test
    void bothDatabasesShipTheSameVersionsAndTheOldOnesAreFrozen() throws Exception {
        assertThat(SchemaCheck.shippedVersions(Dialect.POSTGRESQL)).isEqualTo(SchemaCheck.shippedVersions(Dialect.H2));
        // V1-V7 moved to db/vendor/h2 unchanged: databases made before keep their Flyway checksums
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/vendor/h2"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList()).containsExactly(
                    "V1__settings.sql", "V2__contact_lists_and_do_not_call.sql", "V3__price_tables.sql",
                    "V4__accounts_and_secrets.sql", "V5__campaign_history_and_journal.sql", "V6__send_lease.sql",
                    "V7__contact_list_rejects.sql");
        }
    }

    @Test
    void aNewDatabaseIsBehindAndAnOpenedOneIsUpToDate() throws Exception {
        try (Connection empty = connection(dir.resolve("empty"))) {
            assertThat(SchemaCheck.upToDate(empty, Dialect.H2)).isFalse();
        }
        try (Database database = Database.open(dir, ENGLISH); Connection connection = database.connection()) {
            assertThat(SchemaCheck.upToDate(connection, Dialect.H2)).isTrue();
        }
    }

    @Test
    void aDatabaseWithoutTheNewestMigrationIsBehind() throws Exception {
        try (Database database = Database.open(dir, ENGLISH); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            String newest = SchemaCheck.shippedVersions(Dialect.H2).stream()
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).orElseThrow();
            // as if this database were made by the build before the newest migration
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + newest + "'");
            assertThat(SchemaCheck.upToDate(connection, Dialect.H2)).isFalse();
        }
    }

    @Test
    void aFailedMigrationIsNeverUpToDate() throws Exception {
        try (Database database = Database.open(dir, ENGLISH); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(SchemaCheck.upToDate(connection, Dialect.H2)).isFalse();
        }
    }

    @Test
    void versionsAreComparedAsFlywayWritesThem() {
        assertThat(SchemaCheck.normal("1_1")).isEqualTo("1.1");
        assertThat(SchemaCheck.normal("002")).isEqualTo("2");
        assertThat(SchemaCheck.normal("3.0")).isEqualTo("3");
        assertThat(SchemaCheck.normal("10")).isEqualTo("10");
    }

    private static Connection connection(Path base) throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + base);
        source.setUser("vocero");
        source.setPassword("");
        return source.getConnection();
    }
}
