package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactListRepositoryTest {

    @TempDir
    Path dir;
    private Database database;
    private ContactListRepository repository;

    /** This computer's H2 file; {@code ContactListRepositoryOnPostgresTest} runs every test on the team's PostgreSQL. */
    Database openDatabase() throws Exception {
        return Database.open(dir, Messages.of(Locale.ENGLISH));
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        repository = new ContactListRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyRejectedRowIsKeptWithTheListAndGoesWithIt() {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE), List.of())
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"), new String[] {"3001234567"},
                        new String[] {})
                .build();
        java.util.List<app.vocero.domain.Reject> rejects = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rejects.add(new app.vocero.domain.Reject(3 + i, i % 2 == 0 ? "=1+" + i : null,
                    i % 2 == 0 ? app.vocero.domain.RejectReason.DUPLICATE : app.vocero.domain.RejectReason.MISSING,
                    i % 2 == 0 ? "2" : null));
        }
        repository.save(summary("b", "Con rechazos", Instant.parse("2026-11-01T10:00:00Z"), 1), "{}", contacts, rejects);
        repository.save(summary("c", "Sin rechazos guardados", Instant.parse("2026-11-02T10:00:00Z"), 1), "{}", contacts);

        assertThat(repository.rejects("b")).contains(rejects);
        assertThat(repository.rejects("c")).isEmpty();
        assertThat(repository.delete("b")).isTrue();
        assertThat(repository.rejects("b")).isEmpty();
    }

    @Test
    void savedListComesBackWithEveryColumn() {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE),
                        List.of("Ciudad"))
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"300 123 4567", "José Peña", "150000"}, new String[] {"Bogotá"})
                .add(5, PhoneCheck.valid("+525512345678", "5512345678", "MX", "unknown"),
                        new String[] {"+52 55 1234 5678", null, "20"}, new String[] {""})
                .build();
        ContactListSummary summary = summary("a", "Cobranza", Instant.parse("2026-11-01T10:00:00Z"), 2);

        repository.save(summary, "{\"rows\":4}", contacts);

        assertThat(repository.find("a")).contains(summary);
        assertThat(repository.reportJson("a")).contains("{\"rows\":4}");
        ContactTable back = repository.contacts("a").orElseThrow();
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.fields()).containsExactlyInAnyOrder(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE);
        assertThat(back.customNames()).containsExactly("Ciudad");
        assertThat(back.row(0)).isEqualTo(2);
        assertThat(back.e164(0)).isEqualTo("+573001234567");
        assertThat(back.nationalDigits(0)).isEqualTo("3001234567");
        assertThat(back.carrier(0)).isEqualTo("Claro");
        assertThat(back.field(ContactField.NAME, 0)).isEqualTo("José Peña");
        assertThat(back.field(ContactField.BALANCE, 0)).isEqualTo("150000");
        assertThat(back.custom("Ciudad", 0)).isEqualTo("Bogotá");
        assertThat(back.row(1)).isEqualTo(5);
        assertThat(back.region(1)).isEqualTo("MX");
        assertThat(back.field(ContactField.NAME, 1)).isEmpty();
    }

    @Test
    void largeListIsStoredCompactly() {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of());
        for (int i = 0; i < 50_000; i++) {
            String national = Long.toString(3_000_000_000L + i * 7L);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", i % 2 == 0 ? "Claro" : "Tigo"),
                    new String[] {national, "Cliente " + (i % 500)}, new String[0]);
        }
        repository.save(summary("big", "Grande", Instant.now(), 50_000), "{}", builder.build());

        ContactTable back = repository.contacts("big").orElseThrow();
        assertThat(back.size()).isEqualTo(50_000);
        assertThat(back.e164(49_999)).isEqualTo("+57" + (3_000_000_000L + 49_999 * 7L));
        assertThat(back.field(ContactField.NAME, 49_999)).isEqualTo("Cliente 499");
        assertThat(storedBytes()).isLessThan(8L << 20);
    }

    /** What the database holds on disk for the lists. */
    private long storedBytes() {
        if (!database.shared()) {
            return dir.resolve(Database.FILE_NAME).toFile().length();
        }
        try (java.sql.Connection connection = database.connection();
             java.sql.ResultSet size = connection.createStatement().executeQuery(
                     "SELECT pg_total_relation_size('contact_list')")) {
            size.next();
            return size.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void listsAreNewestFirstAndCanBeDeleted() {
        repository.save(summary("old", "Old", Instant.parse("2026-01-01T00:00:00Z"), 0), "{}", ContactTable.empty());
        repository.save(summary("new", "New", Instant.parse("2026-06-01T00:00:00Z"), 0), "{}", ContactTable.empty());

        assertThat(repository.all()).extracting(ContactListSummary::id).containsExactly("new", "old");
        assertThat(repository.delete("old")).isTrue();
        assertThat(repository.delete("old")).isFalse();
        assertThat(repository.all()).extracting(ContactListSummary::id).containsExactly("new");
        assertThat(repository.contacts("old")).isEmpty();
    }

    private static ContactListSummary summary(String id, String name, Instant when, long contacts) {
        return new ContactListSummary(id, name, "/data/" + name + ".csv", "csv", "CO", when, contacts + 2, 1, 1, 0,
                contacts);
    }
}
