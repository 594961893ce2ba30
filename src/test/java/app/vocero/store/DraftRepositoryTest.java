package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {

    private static final DraftRepository.Author ANA = new DraftRepository.Author("ana", "pc-1");
    private static final DraftRepository.Author EVA = new DraftRepository.Author("eva", "pc-2");
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase(dir);
    }

    /** This computer's H2 here; {@link DraftRepositoryOnPostgresTest} runs every test on a team's PostgreSQL. */
    Database openDatabase(Path directory) throws Exception {
        return Database.open(directory, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private DraftRepository as(DraftRepository.Author who, Instant at) {
        return new DraftRepository(database, Clock.fixed(at, ZoneOffset.UTC), who);
    }

    private static DraftRepository.Content content(String name) {
        return new DraftRepository.Content(name, "saem", "/tmp/contactos.csv", null, "{\"version\": 1, \"name\": \"" + name + "\"}\n");
    }

    @Test
    void aDraftIsStoredWithItsSummaryAuthorAndStepAndListedNewestFirst() {
        as(ANA, T0).insert("a", content("Cobro marzo"), Optional.of("CONTACTS"));
        as(EVA, T0.plusSeconds(60)).insert("b", new DraftRepository.Content("Aviso", null, "list:Clientes", 1234L, "{}"), Optional.empty());

        assertThat(as(ANA, T0).list()).extracting(DraftRepository.Row::id).containsExactly("b", "a");
        DraftRepository.Row a = as(ANA, T0).find("a").orElseThrow();
        assertThat(a.content()).isEqualTo(content("Cobro marzo"));
        assertThat(a.step()).contains("CONTACTS");
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.createdAt()).isEqualTo(T0);
        assertThat(a.updatedAt()).isEqualTo(T0);
        assertThat(a.madeBy()).contains(ANA);
        assertThat(a.changedBy()).contains(ANA);
        assertThat(as(ANA, T0).find("b").orElseThrow().content().contactCount()).isEqualTo(1234L);

        as(ANA, T0.plusSeconds(120)).update("a", content("Cobro abril"), 1);
        assertThat(as(ANA, T0).list()).extracting(DraftRepository.Row::id).containsExactly("a", "b");
    }

    @Test
    void aSaveBasedOnAnOlderVersionChangesNothingAndSaysWhatIsThere() {
        as(ANA, T0).insert("a", content("v1"), Optional.empty());
        assertThat(as(EVA, T0.plusSeconds(60)).update("a", content("eva"), 1)).isEqualTo(new DraftRepository.Saved.Written(2));

        DraftRepository.Saved late = as(ANA, T0.plusSeconds(120)).update("a", content("ana"), 1);

        assertThat(late).isInstanceOfSatisfying(DraftRepository.Saved.Conflict.class, conflict -> {
            DraftRepository.Row theirs = conflict.current().orElseThrow();
            assertThat(theirs.content().name()).isEqualTo("eva");
            assertThat(theirs.version()).isEqualTo(2);
            assertThat(theirs.changedBy()).contains(EVA);
            assertThat(theirs.madeBy()).contains(ANA);
            assertThat(theirs.updatedAt()).isEqualTo(T0.plusSeconds(60));
        });
        assertThat(as(ANA, T0).find("a").orElseThrow().content().name()).isEqualTo("eva");
        assertThat(as(ANA, T0).update("a", content("ana"), 2)).isEqualTo(new DraftRepository.Saved.Written(3));
    }

    @Test
    void aSaveOfADeletedDraftIsAConflictWithNothingThere() {
        DraftRepository ana = as(ANA, T0);
        ana.insert("a", content("v1"), Optional.empty());
        assertThat(as(EVA, T0).delete("a")).isTrue();
        assertThat(ana.delete("a")).isFalse();
        assertThat(ana.update("a", content("ana"), 1)).isEqualTo(new DraftRepository.Saved.Conflict(Optional.empty()));
        assertThat(ana.saveStep("a", "REVIEW")).isFalse();
        assertThat(ana.list()).isEmpty();
    }

    @Test
    void movingBetweenStepsIsNotANewVersion() {
        DraftRepository ana = as(ANA, T0);
        ana.insert("a", content("v1"), Optional.empty());
        assertThat(ana.saveStep("a", "REVIEW")).isTrue();
        assertThat(ana.find("a").orElseThrow().step()).contains("REVIEW");
        assertThat(ana.find("a").orElseThrow().version()).isEqualTo(1);
        assertThat(ana.update("a", content("v2"), 1)).isEqualTo(new DraftRepository.Saved.Written(2));
        assertThat(ana.find("a").orElseThrow().step()).as("kept by a save").contains("REVIEW");
    }

    @Test
    void anOldDraftIsImportedOnlyOnceAndWithoutAnAuthor() {
        DraftRepository ana = as(ANA, T0);
        assertThat(ana.insertIfAbsent("a", content("old"), Optional.of("MESSAGE"), T0.minusSeconds(3600))).isTrue();
        assertThat(ana.insertIfAbsent("a", content("again"), Optional.empty(), T0)).isFalse();
        DraftRepository.Row row = ana.find("a").orElseThrow();
        assertThat(row.content().name()).isEqualTo("old");
        assertThat(row.updatedAt()).isEqualTo(T0.minusSeconds(3600));
        assertThat(row.madeBy()).isEmpty();
        assertThat(row.changedBy()).isEmpty();
    }

    @Test
    void onlyDraftIdsAreAccepted() {
        assertThatThrownBy(() -> as(ANA, T0).find("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SendLeases.draftIdKey("a-1")).isEqualTo("draft:a-1");
    }
}
