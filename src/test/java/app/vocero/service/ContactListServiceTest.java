package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.config.Messages;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactListServiceTest {

    @TempDir
    Path dir;
    private Database database;
    private ContactListService service;
    private DoNotCallRepository doNotCall;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("data"), Messages.of(Locale.ENGLISH));
        doNotCall = new DoNotCallRepository(database);
        service = new ContactListService(new ContactListRepository(database), doNotCall, new ContactImporter(2),
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path csv(String text) throws Exception {
        return Files.write(dir.resolve("cobranza.csv"), text.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void importAppliesTheDoNotCallListAndSavesTheCallableContacts() throws Exception {
        doNotCall.add(List.of("+573101234567"), "typed", Instant.now());
        Path file = csv("Nombre;Celular;Saldo\r\nJosé;300 123 4567;10\r\nAna;310 123 4567;20\r\nLuis;3001234567;30\r\n");

        ImportOutcome outcome = service.importFile(ImportRequest.of(file, "CO"), "es", Progress.NONE);

        ImportResult result = outcome.result();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.uniqueValid()).isEqualTo(1);
        String id = outcome.saved().orElseThrow().id();
        assertThat(service.lists()).singleElement().satisfies(list -> {
            assertThat(list.name()).isEqualTo("cobranza");
            assertThat(list.contacts()).isEqualTo(1);
            assertThat(list.importedAt()).isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
        });
        ContactTable contacts = service.contacts(id).orElseThrow();
        assertThat(contacts.field(ContactField.NAME, 0)).isEqualTo("José");
        assertThat(contacts.field(ContactField.BALANCE, 0)).isEqualTo("10");
        assertThat(service.report(id).orElseThrow().rejects())
                .extracting(row -> row.reason())
                .contains("en la lista de no llamar");
        assertThat(service.find("COBRANZA")).map(list -> list.id()).contains(id);
    }

    @Test
    void aDryRunSavesNothing() throws Exception {
        Path file = csv("Celular\r\n3001234567\r\n");
        ImportRequest dryRun = new ImportRequest(file, "CO", java.util.Map.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), false);

        assertThat(service.importFile(dryRun, "en", Progress.NONE).saved()).isEmpty();
        assertThat(service.lists()).isEmpty();
    }

    @Test
    void aCheckOnlyRequestCountsTheContactsWithoutHoldingThemAndCannotBeSaved() throws Exception {
        doNotCall.add(List.of("+573101234567"), "typed", Instant.now());
        Path file = csv("Nombre;Celular\r\nJosé;300 123 4567\r\nAna;310 123 4567\r\nLuis;3001234567\r\nEva;3151234567\r\n");
        ImportRequest dryRun = new ImportRequest(file, "CO", java.util.Map.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), false);

        ImportOutcome checked = service.importFile(dryRun.checkOnly(), "es", Progress.NONE);
        ImportOutcome kept = service.importFile(dryRun, "es", Progress.NONE);

        assertThat(checked.saved()).isEmpty();
        assertThat(checked.result().contacts().isEmpty()).isTrue();
        assertThat(kept.result().contacts().size()).isEqualTo(2);
        assertThat(checked.result().report("es")).usingRecursiveComparison().ignoringFields("elapsedMs")
                .isEqualTo(kept.result().report("es"));
        assertThat(checked.result().uniqueValid()).isEqualTo(2);
        assertThat(checked.result().suppressed()).isEqualTo(1);
        assertThat(service.lists()).isEmpty();
        assertThatThrownBy(() -> new ImportRequest(file, "CO", java.util.Map.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), true, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImportStartedBeforeTheStoreGivesTheSameOutcomeAndSavesTheList() throws Exception {
        doNotCall.add(List.of("+573101234567"), "typed", Instant.now());
        Path file = csv("Nombre;Celular;Saldo\r\nJosé;300 123 4567;10\r\nAna;310 123 4567;20\r\nLuis;3001234567;30\r\n"
                + "Eva;315 123 4567;40\r\nRita;abc;0\r\n");

        ImportOutcome direct = service.importFile(ImportRequest.of(file, "CO").checkOnly(), "es", Progress.NONE);
        ImportOutcome ahead;
        try (ImportAhead reading = ImportAhead.start(ImportRequest.of(file, "CO"))) {
            ahead = service.importFile(reading, "es", Progress.NONE);
        }

        assertThat(ahead.result().report("es")).usingRecursiveComparison().ignoringFields("elapsedMs")
                .isEqualTo(direct.result().report("es"));
        assertThat(ahead.result().suppressed()).isEqualTo(1);
        assertThat(ahead.result().contacts().size()).isEqualTo(2);
        String id = ahead.saved().orElseThrow().id();
        assertThat(service.lists()).extracting(list -> list.id()).containsExactly(id);
    }

    @Test
    void anImportStartedBeforeTheStoreFailsAsTheDirectOne() throws Exception {
        Path broken = Files.write(dir.resolve("lista.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});
        try (ImportAhead reading = ImportAhead.start(ImportRequest.of(broken, "CO"))) {
            assertThatThrownBy(() -> service.importFile(reading, "en", Progress.NONE))
                    .isInstanceOf(ContactFileException.class).hasMessageContaining("lista.parquet");
        }
        Path file = csv("Celular\r\n3001234567\r\n");
        try (ImportAhead reading = ImportAhead.start(ImportRequest.of(file, "Narnia"))) {
            assertThatThrownBy(() -> service.importFile(reading, "en", Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // closed before the store gave its list (it could not be opened): the reading stops, nothing is saved
        ImportAhead closed = ImportAhead.start(ImportRequest.of(file, "CO"));
        closed.close();
        assertThatThrownBy(() -> service.importFile(closed, "en", Progress.NONE))
                .isInstanceOf(CancellationException.class);
        assertThat(service.lists()).isEmpty();
    }

    @Test
    void aCancelledImportSavesNothing() throws Exception {
        StringBuilder text = new StringBuilder("Celular\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(3_000_000_000L + i).append("\r\n");
        }
        Path file = csv(text.toString());
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> service.importFile(ImportRequest.of(file, "CO"), "en", cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(service.lists()).isEmpty();
    }

    @Test
    void anUnreadableFileSavesNothing() throws Exception {
        Path file = Files.write(dir.resolve("lista.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});

        assertThatThrownBy(() -> service.importFile(ImportRequest.of(file, "CO"), "en", Progress.NONE))
                .isInstanceOf(ContactFileException.class)
                .hasMessageContaining("lista.parquet");
        assertThat(service.lists()).isEmpty();
    }
}
