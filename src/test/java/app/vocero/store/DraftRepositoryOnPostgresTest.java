package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The drafts' repository and its migration (V9, portable, run by Flyway with the PostgreSQL vendor folder) on a real
 * PostgreSQL server: every test of {@link DraftRepositoryTest}, plus a draft the size of a big one.
 */
class DraftRepositoryOnPostgresTest extends DraftRepositoryTest {

    private Database team;

    @Override
    Database openDatabase(Path directory) {
        team = TestPostgres.newDatabase();
        return team;
    }

    @Test
    void aLargeDraftComesBackWhole() {
        DraftRepository repository = new DraftRepository(team, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"),
                ZoneOffset.UTC), new DraftRepository.Author("eva", "pc-2"));
        repository.insert("b", new DraftRepository.Content("Aviso", null, "list:Clientes", 1234L, "x".repeat(300_000)),
                Optional.empty());
        assertThat(repository.find("b").orElseThrow().content().json()).hasSize(300_000);
        assertThat(repository.find("b").orElseThrow().content().contactCount()).isEqualTo(1234L);
    }
}
