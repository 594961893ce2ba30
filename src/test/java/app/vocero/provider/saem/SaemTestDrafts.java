package app.vocero.provider.saem;

import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import app.vocero.provider.RequestBody;

/** Small drafts and contact lists for the Saem tests. */
final class SaemTestDrafts {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private SaemTestDrafts() {
    }

    /** A custom (tts) draft with one window; {@code edit} changes the JSON before it is read. */
    static Draft custom(Consumer<ObjectNode> edit) {
        return draft("""
                {"version": 1, "name": "Cobranza diciembre", "provider": "saem",
                 "contacts": {"file": "deudores.csv", "country": "CO"},
                 "message": {"type": "tts", "voice": "maría",
                             "template": "Hola {N}, su saldo es de {S}. Llámenos al {T}."},
                 "schedules": [{"start": "2026-12-01T08:00", "end": "2026-12-01T12:00", "retries": 2,
                                "retryOn": ["nocontesta", "BUZON", "nocontesta"]}],
                 "timezone": "America/Bogota", "options": {}}
                """, edit);
    }

    /** A standard (audio) draft with two windows and voicemail on. */
    static Draft standard(Consumer<ObjectNode> edit) {
        return draft("""
                {"version": 1, "name": "Cobranza diciembre", "provider": "saem",
                 "contacts": {"file": "deudores.csv", "country": "CO"},
                 "message": {"type": "audio", "audioId": "4821"},
                 "schedules": [{"start": "2026-12-01T08:00", "end": "2026-12-01T12:00", "retries": 2,
                                "retryOn": ["nocontesta", "buzon"]},
                               {"start": "2026-12-02T14:00", "end": "2026-12-02T18:30", "retries": 0}],
                 "timezone": "-05:00", "options": {"mailbox": true}}
                """, edit);
    }

    static Draft draft(String json, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            edit.accept(root);
            DraftReading reading = DraftFile.fromJson(root, Path.of("."));
            if (!reading.findings().isEmpty()) {
                throw new IllegalArgumentException("test draft has findings: " + reading.findings());
            }
            return reading.draft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void none(ObjectNode root) {
    }

    /** The three Colombian debtors of the golden fixtures. */
    static ContactTable debtors() {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME,
                ContactField.BALANCE), List.of());
        builder.add(2, co("3001234567"), new String[] {"3001234567", "José", "150.000"}, new String[0]);
        builder.add(3, co("3109876543"), new String[] {"310 987 6543", "María Fernanda", "89.500"}, new String[0]);
        builder.add(4, co("3205551234"), new String[] {"+57 320 5551234", "Ñusta \"la Jefa\"", "0"}, new String[0]);
        return builder.build();
    }

    /** {@code count} distinct Colombian mobiles with names and balances. */
    static ContactTable colombians(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME,
                ContactField.BALANCE), List.of());
        String[] names = {"José", "María Fernanda", "Luis Ángel", "Ana", "Camilo", "Valentina", "Óscar", "Sofía"};
        for (int i = 0; i < count; i++) {
            String national = "3" + String.format("%09d", 100_000_000 + i);
            builder.add(i + 2, co(national), new String[] {national, names[i % names.length] + " " + (i % 997),
                    (i % 1000) + "." + String.format("%03d", i % 1000)}, new String[0]);
        }
        return builder.build();
    }

    /** {@code count} times the same contact: cheap, for the record limits. */
    static ContactTable copies(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE), List.of());
        PhoneCheck phone = co("3001234567");
        String[] fields = {"3001234567"};
        for (int i = 0; i < count; i++) {
            builder.add(i + 2, phone, fields, new String[0]);
        }
        return builder.build();
    }

    static PhoneCheck co(String national) {
        return PhoneCheck.valid("+57" + national, national, "CO", "Claro");
    }

    static CampaignInput input(Draft draft, ContactTable contacts) {
        Optional<Template> template = draft.message() instanceof Message.Tts
                ? Optional.of(Template.of((Message.Tts) draft.message())) : Optional.empty();
        return new CampaignInput(draft, contacts, template, Optional.empty(), BOGOTA, NOW);
    }

    static byte[] bytes(RequestBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String fixture(String name) {
        try (InputStream in = SaemTestDrafts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
