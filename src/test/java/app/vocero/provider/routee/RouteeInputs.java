package app.vocero.provider.routee;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.RequestBody;
import app.vocero.provider.TemplateStats;
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

/** Drafts, contacts and JSON comparison for the Routee tests. */
final class RouteeInputs {

    static final ObjectMapper JSON = new ObjectMapper();
        static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");

    private RouteeInputs() {
    }

    /** A draft from its JSON text (the reader must find nothing wrong), with its template measured. */
    static CampaignInput input(String draftJson, ContactTable contacts) {
        try {
            DraftReading reading = DraftFile.fromJson((ObjectNode) JSON.readTree(draftJson), Path.of("."));
            assertThat(reading.findings()).isEmpty();
            Optional<Template> template = Optional.empty();
            Optional<TemplateStats> stats = Optional.empty();
            if (reading.draft().message() instanceof Message.Tts) {
                template = Optional.of(Template.of((Message.Tts) reading.draft().message()));
                stats = Optional.of(TemplateStats.of(template.get(), contacts));
            }
            return new CampaignInput(reading.draft(), contacts, template, stats, ZoneId.of("America/Bogota"), NOW);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Routee draft; {@code message}, {@code options} and {@code schedules} as JSON fragments. */
    static String draft(String name, String message, String options, String schedules) {
        return "{\"version\": 1, \"name\": " + JSON.valueToTree(name) + ", \"provider\": \"routee\","
                + " \"contacts\": {\"file\": \"clientes.csv\", \"country\": \"CO\"},"
                + " \"timezone\": \"America/Bogota\", \"message\": " + message + ", \"options\": " + options
                + ", \"schedules\": " + schedules + "}";
    }

    static final String WAV = "{\"type\": \"audio\", \"fileUrl\": \"https://cdn.example.com/audios/aviso-corte.wav\"}";
    static final String FROM = "{\"from\": \"+573001234567\"}";

    /** Colombian mobiles +573000000000, +573000000001, … with a name and a due date the same for all. */
    static ContactTable contacts(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of("Vence"));
        for (int i = 0; i < count; i++) {
            String national = "300" + String.format("%07d", i);
            builder.add(i + 2, phone("+57" + national), new String[] {national, "Cliente " + i},
                    new String[] {"5 de marzo"});
        }
        return builder.build();
    }

    static PhoneCheck phone(String e164) {
        return PhoneCheck.valid(e164, e164.substring(3), "CO", "Claro");
    }

    static JsonNode written(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return JSON.readTree(out.toByteArray());
    }

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = RouteeInputs.class.getResourceAsStream(name)) {
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
