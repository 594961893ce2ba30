package app.vocero.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftFileTest {

    private static final String COMPLETE = """
            {
              "version": 1,
              "name": "Cobranza diciembre",
              "provider": "saem",
              "account": "Saem principal",
              "contacts": {"file": "contactos.csv", "country": "CO", "columns": {"phone": "Celular", "name": "Nombre"}, "nota": 1},
              "message": {"type": "tts", "template": "Hola {N}, su saldo es {S}", "voice": "Maria", "speed": 1.1},
              "schedules": [{"start": "2026-12-01T08:00", "end": "2026-12-01T18:00", "retries": 2,
                             "retryOn": ["nocontesta", "buzon"], "retryAfterMinutes": [30, 120], "color": "red"}],
              "timezone": "-05:00",
              "options": {"mailbox": true},
              "owner": {"name": "Ana", "team": 3}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfAVersionOneDraft() throws Exception {
        DraftReading reading = DraftFile.read(Files.writeString(dir.resolve("a.vocero.json"), COMPLETE));
        Draft draft = reading.draft();

        assertThat(reading.findings()).isEmpty();
        assertThat(reading.folder()).isEqualTo(dir.toAbsolutePath());
        assertThat(draft.name()).isEqualTo("Cobranza diciembre");
        assertThat(draft.provider()).isEqualTo(ProviderId.SAEM);
        assertThat(draft.contacts().columns()).containsEntry("phone", "Celular");
        assertThat(draft.message()).isInstanceOfSatisfying(Message.Tts.class, tts -> {
            assertThat(tts.template()).isEqualTo("Hola {N}, su saldo es {S}");
            assertThat(tts.voice()).isEqualTo("Maria");
        });
        assertThat(draft.schedules()).singleElement().satisfies(window -> {
            assertThat(window.start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 8, 0));
            assertThat(window.retries()).isEqualTo(2);
            assertThat(window.retryOn()).containsExactly("nocontesta", "buzon");
            assertThat(window.retryAfterMinutes()).containsExactly(30, 120);
        });
        assertThat(draft.option("mailbox")).isEqualTo(true);
    }

    @Test
    void unknownKeysSurviveARoundTrip() throws Exception {
        Draft draft = DraftFile.read(Files.writeString(dir.resolve("a.vocero.json"), COMPLETE)).draft();
        Path copy = dir.resolve("b.vocero.json");
        DraftFile.write(draft, copy);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(copy.toFile())).isEqualTo(json.readTree(COMPLETE.replace("\"2026-12-01T08:00\"", "\"2026-12-01T08:00\"")));
        assertThat(DraftFile.read(copy).draft()).isEqualTo(draft);
    }

    @Test
    void tagFormatsAreReadWrittenBackAndChecked() throws Exception {
        String draftText = COMPLETE.replace("\"speed\": 1.1", "\"tagFormats\": {\"S\": \"digits\", \"Cuota\": \"amount\"}");
        DraftReading reading = DraftFile.read(Files.writeString(dir.resolve("f.vocero.json"), draftText));

        assertThat(reading.findings()).isEmpty();
        app.vocero.domain.campaign.TagFormats formats = app.vocero.domain.campaign.TagFormats.of(reading.draft().message());
        assertThat(formats.formatOf("S")).isEqualTo(app.vocero.domain.campaign.TagFormat.DIGITS);
        assertThat(formats.formatOf("cuota")).isEqualTo(app.vocero.domain.campaign.TagFormat.AMOUNT);
        Path copy = dir.resolve("g.vocero.json");
        DraftFile.write(reading.draft(), copy);
        assertThat(new ObjectMapper().readTree(copy.toFile()).at("/message/tagFormats/S").asText()).isEqualTo("digits");

        DraftReading wrong = DraftFile.read(Files.writeString(dir.resolve("h.vocero.json"),
                COMPLETE.replace("\"speed\": 1.1", "\"tagFormats\": {\"S\": \"money\"}")));
        assertThat(wrong.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.field()).isEqualTo("message.tagFormats.S");
            assertThat(finding.english()).contains("\"money\"", "amount, number, digits, written");
            assertThat(finding.spanish()).contains("es desconocido");
        });
    }

    @Test
    void wrongTypesAreFindingsNamingTheField() throws Exception {
        String broken = """
                {"version": "uno", "name": 5, "provider": "twilio",
                 "contacts": {"file": "c.csv", "list": "x", "columns": {"phone": 3}},
                 "message": {"type": "video"},
                 "schedules": [{"start": "mañana", "end": "2026-12-01T18:00", "retries": "dos", "retryOn": "buzon"}, 7],
                 "options": []}
                """;

        DraftReading reading = DraftFile.read(Files.writeString(dir.resolve("c.vocero.json"), broken));

        assertThat(reading.findings()).allMatch(Finding::isError)
                .extracting(Finding::field)
                .contains("version", "name", "provider", "contacts", "contacts.columns.phone", "message.type",
                        "schedules[0].start", "schedules[0].retries", "schedules[0].retryOn", "schedules[1]", "options");
        assertThat(reading.findings()).filteredOn(finding -> finding.field().equals("provider")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.english()).contains("twilio").contains("saem, meetzy, routee, octopush, smartflo");
                    assertThat(finding.spanish()).contains("Proveedor desconocido");
                });
    }

    @Test
    void notJsonOrNotAnObjectCannotBeRead() throws Exception {
        Path text = Files.writeString(dir.resolve("x.vocero.json"), "{\"version\": 1,");
        assertThatThrownBy(() -> DraftFile.read(text)).isInstanceOf(DraftException.class)
                .hasMessageContaining("x.vocero.json").hasMessageContaining("not valid JSON");
        Path array = Files.writeString(dir.resolve("y.vocero.json"), "[1]");
        assertThatThrownBy(() -> DraftFile.read(array)).isInstanceOf(DraftException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> DraftFile.read(dir.resolve("none.json"))).hasMessageContaining("draft not found");
    }
}
