package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnAnEmptyDirectory() throws Exception {
        try (Database database = Database.open(dir, ENGLISH)) {
            assertThat(appliedMigrations(database)).isPositive();
            assertThat(tableExists(database, "SETTING")).isTrue();
        }
        assertThat(dir.resolve(Database.FILE_NAME)).exists();
    }

    @Test
    void secondStartAppliesNothingAgainAndKeepsData() throws Exception {
        int applied;
        try (Database database = Database.open(dir, ENGLISH)) {
            applied = appliedMigrations(database);
            new SettingsRepository(database).put("k", "v");
        }
        try (Database database = Database.open(dir, ENGLISH)) {
            assertThat(appliedMigrations(database)).isEqualTo(applied);
            assertThat(new SettingsRepository(database).get("k")).contains("v");
        }
    }

    @Test
    void damagedFileGivesAClearMessageAndIsLeftAsItWas() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Path file = dir.resolve(Database.FILE_NAME);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(dir, ENGLISH))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged")
                .hasMessageContaining("move it to another folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void readOnlyDatabaseIsNamedAsSuch() {
        SQLException readOnly = new SQLException("read only", "90097", ErrorCode.DATABASE_IS_READ_ONLY);
        StartupException error = Database.translate(readOnly, dir.resolve(Database.FILE_NAME), ENGLISH);
        assertThat(error).hasMessageContaining("read-only").hasMessageContaining(Database.FILE_NAME);
    }

    @Test
    void spanishMessagesForSpanishUsers() {
        SQLException inUse = new SQLException("in use", "90020", ErrorCode.DATABASE_ALREADY_OPEN_1);
        StartupException error = Database.translate(inUse, dir.resolve(Database.FILE_NAME),
                Messages.of(Locale.forLanguageTag("es-CO")));
        assertThat(error).hasMessageContaining("Vocero ya está abierto").hasMessageContaining(dir.toString());
    }

    private static int appliedMigrations(Database database) throws SQLException {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean tableExists(Database database, String table) throws SQLException {
        try (Connection connection = database.connection();
             ResultSet rows = connection.getMetaData().getTables(null, null, table, null)) {
            return rows.next();
        }
    }
}
