package app.vocero.provider.meetzy;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drafts, contacts and JSON comparison for the Meetzy tests. */
final class MeetzyInputs {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLAYBOOK = "550e8400-e29b-41d4-a716-446655440000";
    static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");

    private MeetzyInputs() {
    }

    /** A draft from its JSON text; the reader must find nothing wrong. */
    static CampaignInput input(String draftJson, ContactTable contacts) {
        try {
            DraftReading reading = DraftFile.fromJson((ObjectNode) JSON.readTree(draftJson), Path.of("."));
            assertThat(reading.findings()).isEmpty();
            return new CampaignInput(reading.draft(), contacts, Optional.empty(), Optional.empty(),
                    ZoneId.of("Europe/Madrid"), NOW);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Meetzy draft: {@code options} and {@code schedules} as JSON fragments, {@code extra} more top-level keys. */
    static String draft(String options, String schedules, String extra) {
        return "{\"version\": 1, \"name\": \"Cobranza marzo\", \"provider\": \"meetzy\","
                + " \"contacts\": {\"file\": \"clientes.csv\", \"country\": \"ES\"},"
                + " \"timezone\": \"Europe/Madrid\", \"options\": " + options + ", \"schedules\": " + schedules
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static String options() {
        return "{\"playbook_id\": \"" + PLAYBOOK + "\"}";
    }

    /** Two Spanish numbers, phones only. */
    static ContactTable phonesOnly() {
        return ContactTable.builder(Set.of(ContactField.PHONE), List.of())
                .add(2, phone("+34600123456"), new String[] {"600123456"}, new String[0])
                .add(3, phone("+34600987654"), new String[] {"600987654"}, new String[0])
                .build();
    }

    static PhoneCheck phone(String e164) {
        return PhoneCheck.valid(e164, e164.substring(3), "ES", PhoneCheck.UNKNOWN_CARRIER);
    }

    static JsonNode written(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return JSON.readTree(out.toByteArray());
    }

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = MeetzyInputs.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** Compares field by field, naming the path of the first difference; key order does not matter. */
    static void assertSameJson(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        assertThat(differences).as("differences from the fixture").isEmpty();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": missing, expected " + expected);
        } else if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    differences.add(path + "." + name + ": not expected, got " + actual.get(name));
                }
            }
            expected.fields().forEachRemaining(entry ->
                    compare(path + "." + entry.getKey(), entry.getValue(), actual.get(entry.getKey()), differences));
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + actual.size() + " items, expected " + expected.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + actual + " (" + actual.getNodeType() + "), expected " + expected
                    + " (" + expected.getNodeType() + ")");
        }
    }
}
