package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The drafts' migration (V9, unchanged) and repository on a real PostgreSQL server, in a schema of their own that is
 * dropped afterwards. Runs when {@code VOCERO_TEST_PG_URL} names a server (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/vocero?user=vocero}) and the PostgreSQL driver is on the test class path.
 */
@EnabledIfEnvironmentVariable(named = "VOCERO_TEST_PG_URL", matches = ".+")
class DraftRepositoryOnPostgresTest {

    private static final DraftRepository.Author ANA = new DraftRepository.Author("ana", "pc-1");
    private static final DraftRepository.Author EVA = new DraftRepository.Author("eva", "pc-2");
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final String url = System.getenv("VOCERO_TEST_PG_URL");
    private final String schema = "drafts_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void migrate() throws Exception {
        assumeTrue(driverPresent(), "no PostgreSQL driver on the class path");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            for (String sql : migration().split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void drop() throws Exception {
        if (driverPresent()) {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.Driver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** V9 without its comment lines, exactly as Flyway would run it. */
    private static String migration() throws IOException {
        try (InputStream in = DraftRepository.class.getResourceAsStream("/db/migration/V9__drafts.sql")) {
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString();
        }
    }

    private DraftRepository as(DraftRepository.Author who, Instant at) {
        return new DraftRepository(new DraftRepository.Connections() {
            @Override
            public Connection connection() throws SQLException {
                Connection connection = DriverManager.getConnection(url);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path TO " + schema);
                }
                return connection;
            }

            @Override
            public void forceToDisk(Connection connection) {
                // a PostgreSQL commit is durable when it returns
            }
        }, Clock.fixed(at, ZoneOffset.UTC), who);
    }

    private static DraftRepository.Content content(String name) {
        return new DraftRepository.Content(name, "saem", "/tmp/contactos.csv", null, "{\"version\": 1, \"name\": \"" + name + "\"}\n");
    }

    @Test
    void theSameSqlSavesListsAndRefusesALateSaveOnPostgres() {
        as(ANA, T0).insert("a", content("v1"), Optional.of("CONTACTS"));
        as(EVA, T0.plusSeconds(30)).insert("b", new DraftRepository.Content("Aviso", null, "list:Clientes", 1234L, "x".repeat(300_000)), Optional.empty());
        assertThat(as(ANA, T0).list()).extracting(DraftRepository.Row::id).containsExactly("b", "a");
        assertThat(as(ANA, T0).find("b").orElseThrow().content().json()).hasSize(300_000);

        assertThat(as(EVA, T0.plusSeconds(60)).update("a", content("eva"), 1)).isEqualTo(new DraftRepository.Saved.Written(2));
        DraftRepository.Saved late = as(ANA, T0.plusSeconds(120)).update("a", content("ana"), 1);
        assertThat(late).isInstanceOfSatisfying(DraftRepository.Saved.Conflict.class, conflict -> {
            DraftRepository.Row theirs = conflict.current().orElseThrow();
            assertThat(theirs.content().name()).isEqualTo("eva");
            assertThat(theirs.changedBy()).contains(EVA);
            assertThat(theirs.madeBy()).contains(ANA);
            assertThat(theirs.updatedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(theirs.step()).contains("CONTACTS");
        });
        assertThat(as(ANA, T0).saveStep("a", "REVIEW")).isTrue();
        assertThat(as(ANA, T0).find("a").orElseThrow().version()).isEqualTo(2);

        assertThat(as(ANA, T0).insertIfAbsent("c", content("old"), Optional.empty(), T0.minusSeconds(60))).isTrue();
        assertThat(as(ANA, T0).insertIfAbsent("c", content("old"), Optional.empty(), T0)).isFalse();
        assertThat(as(ANA, T0).delete("c")).isTrue();
        assertThat(as(ANA, T0).update("c", content("gone"), 1)).isEqualTo(new DraftRepository.Saved.Conflict(Optional.empty()));
    }
}
