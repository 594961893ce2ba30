package app.vocero.provider.octopush;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.TemplateStats;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drafts, contacts and JSON comparison for the Octopush tests. */
final class OctopushFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private OctopushFixtures() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = OctopushFixtures.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Draft draft() {
        return DraftFile.fromJson((ObjectNode) resource("draft.vocero.json"), Path.of(".")).draft();
    }

    /** The draft of {@code draft.vocero.json} with changes to its JSON. */
    static Draft draft(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) resource("draft.vocero.json");
        change.accept(root);
        return DraftFile.fromJson(root, Path.of(".")).draft();
    }

    /** Three contacts: name, last name, balance and a custom "Vence" column. */
    static ContactTable threeContacts() {
        ContactTable.Builder builder = ContactTable.builder(
                Set.of(ContactField.PHONE, ContactField.NAME, ContactField.LAST_NAME, ContactField.BALANCE),
                List.of("Vence"));
        builder.add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                new String[]{"300 123 4567", "Ana", "Gómez", "150000"}, new String[]{"15 de marzo"});
        builder.add(3, PhoneCheck.valid("+573109876543", "3109876543", "CO", "Movistar"),
                new String[]{"310 987 6543", "Luis", "Pérez", "82500"}, new String[]{"20 de marzo"});
        builder.add(5, PhoneCheck.valid("+5215512345678", "15512345678", "MX", "Telcel"),
                new String[]{"+52 1 55 1234 5678", "María José", "", "0"}, new String[]{""});
        return builder.build();
    }

    /** {@code count} contacts +573000000001…, phone only. */
    static ContactTable numbered(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE), List.of());
        for (int i = 1; i <= count; i++) {
            String national = String.format("300%07d", i);
            builder.add(i + 1, PhoneCheck.valid("+57" + national, national, "CO", "Claro"),
                    new String[]{national}, new String[0]);
        }
        return builder.build();
    }

    static CampaignInput input(Draft draft, ContactTable contacts) {
        Optional<Template> template = draft.message() instanceof Message.Tts
                ? Optional.of(Template.of((Message.Tts) draft.message())) : Optional.empty();
        return new CampaignInput(draft, contacts, template, template.map(t -> TemplateStats.of(t, contacts)),
                ZoneId.of(draft.timezone() == null ? "-05:00" : draft.timezone()), NOW);
    }

    static JsonNode body(PlannedRequest request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            request.body().writeTo(out);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every fixture field equals the body's, and the body has no other field. Fields whose fixture value is a
     * {@code "<…>"} description are checked by the caller.
     */
    static void assertMatches(JsonNode body, JsonNode fixture) {
        assertThat(iterable(body.fieldNames())).as("fields").containsExactlyInAnyOrderElementsOf(iterable(fixture.fieldNames()));
        fixture.fields().forEachRemaining(field -> {
            JsonNode expected = field.getValue();
            if (expected.isTextual() && expected.asText().startsWith("<")) {
                return;
            }
            assertThat(body.get(field.getKey())).as(field.getKey()).isEqualTo(expected);
        });
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
