package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.DoNotCallEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoNotCallRepositoryTest {

    @TempDir
    Path dir;
    private Database database;
    private DoNotCallRepository numbers;

    /** This computer's H2 file; {@code DoNotCallRepositoryOnPostgresTest} runs every test on the team's PostgreSQL. */
    Database openDatabase() throws Exception {
        return Database.open(dir, Messages.of(Locale.ENGLISH));
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        numbers = new DoNotCallRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addsOnlyNewNumbersAndKeepsTheFirstSource() {
        Instant first = Instant.parse("2026-11-01T10:00:00Z");
        assertThat(numbers.add(List.of("+573001234567", "+573101234567"), "typed", first)).isEqualTo(2);
        assertThat(numbers.add(List.of("+573001234567", "+573151234567"), "quejas.csv", Instant.now())).isEqualTo(1);

        assertThat(numbers.numbers()).containsExactlyInAnyOrder("+573001234567", "+573101234567", "+573151234567");
        assertThat(numbers.entries()).first().isEqualTo(new DoNotCallEntry("+573001234567", first, "typed"));
    }

    @Test
    void removesWhatIsThere() {
        numbers.add(List.of("+573001234567"), "typed", Instant.now());
        assertThat(numbers.remove(List.of("+573001234567", "+573109999999"))).isEqualTo(1);
        assertThat(numbers.numbers()).isEmpty();
    }
}
