package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.contacts.ContactImporter;
import app.vocero.domain.ImportResult;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoNotCallServiceTest {

    @TempDir
    Path dir;
    private Database database;
    private DoNotCallService service;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("data"), Messages.of(Locale.ENGLISH));
        service = new DoNotCallService(new DoNotCallRepository(database), new ContactImporter(1), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void typedNumbersAreNormalizedAndInvalidOnesExplained() {
        DoNotCallService.Change change = service.add(List.of("+57 300 123 4567", "(310) 123.4567", "12"), "CO", "es");

        assertThat(change.changed()).isEqualTo(2);
        assertThat(change.numbers()).containsExactly("+573001234567", "+573101234567");
        assertThat(change.invalid()).containsOnlyKeys("12");
        assertThat(service.remove(List.of("3001234567"), "57", "en").changed()).isEqualTo(1);
        assertThat(service.entries()).extracting(entry -> entry.e164()).containsExactly("+573101234567");
    }

    @Test
    void fileImportAndExportRoundTrip() throws Exception {
        Path complaints = Files.writeString(dir.resolve("quejas.csv"), "telefono\n3001234567\n3101234567\nabc\n");

        ImportResult result = service.importFile(complaints, "CO", Progress.NONE);

        assertThat(result.invalid()).isEqualTo(1);
        assertThat(service.entries()).extracting(entry -> entry.source()).containsOnly("quejas.csv");
        Path exported = dir.resolve("dnc.csv");
        assertThat(service.export(exported)).isEqualTo(2);
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnumber;added_at;source").contains("+573001234567;").contains("+573101234567;");

        database.close();
        database = Database.open(dir.resolve("other"), Messages.of(Locale.ENGLISH));
        DoNotCallService elsewhere = new DoNotCallService(new DoNotCallRepository(database), new ContactImporter(1),
                Clock.systemUTC());
        elsewhere.importFile(exported, "CO", Progress.NONE);
        assertThat(elsewhere.entries()).extracting(entry -> entry.e164())
                .containsExactly("+573001234567", "+573101234567");
    }
}
