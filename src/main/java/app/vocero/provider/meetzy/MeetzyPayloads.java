package app.vocero.provider.meetzy;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The exact body of Meetzy's {@code POST /campaign}:
 * {@code {"playbook_id", "contacts": [{"phone", "first_name", …, "custom_fields": {…}}], "launch_at", "recall"}},
 * streamed contact by contact.
 *
 * <p><b>Contact mapping</b> (the one place it is decided): {@code phone} is the checked E.164 number;
 * {@link #CRM_FIELDS} go to Meetzy's own contact fields ({@code NAME → first_name}, {@code LAST_NAME → last_name},
 * {@code EMAIL → email}); every other known field goes into {@code custom_fields} under its role key
 * ({@code balance}, {@code identifier}, {@code account}, {@code content}), then every custom column under its
 * column name. Empty values are left out, and so is an empty {@code custom_fields}. A custom column whose name is
 * already a key there is left out ({@link MeetzyRules} warns).
 */
public final class MeetzyPayloads {

    /** Vocero's contact fields that have a field of their own at Meetzy. */
    public static final Map<ContactField, String> CRM_FIELDS;

    static {
        Map<ContactField, String> crm = new EnumMap<>(ContactField.class);
        crm.put(ContactField.NAME, "first_name");
        crm.put(ContactField.LAST_NAME, "last_name");
        crm.put(ContactField.EMAIL, "email");
        CRM_FIELDS = java.util.Collections.unmodifiableMap(crm);
    }

    /**
     * {@code recall} is documented both as a string holding the list ({@code "[30,120]"}, the form the text and most
     * examples use) and as an array ({@code [30, 60, 120]}, example 5.3). We send the string form.
     */
    public static final boolean RECALL_AS_STRING = true;

    /** {@code launch_at}: a local date-time without zone, always with seconds ({@code 2025-03-01T10:00:00}). */
    public static final DateTimeFormatter LAUNCH_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private MeetzyPayloads() {
    }

    public static RequestBody campaign(CampaignInput input) {
        String playbook = input.optionText("playbook_id");
        Optional<Schedule> schedule = input.draft().schedules().stream().findFirst();
        String launchAt = schedule.map(Schedule::start).map(MeetzyPayloads::launchAt).orElse(null);
        List<Integer> recall = schedule.map(MeetzyPayloads::recall).orElse(List.of());
        ContactTable contacts = input.contacts();
        return out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("playbook_id", playbook == null ? null : playbook.trim());
                json.writeArrayFieldStart("contacts");
                Map<String, Column> custom = customFields(contacts);
                for (int i = 0; i < contacts.size(); i++) {
                    writeContact(json, contacts, i, custom);
                }
                json.writeEndArray();
                if (launchAt != null) {
                    json.writeStringField("launch_at", launchAt);
                }
                if (!recall.isEmpty()) {
                    if (RECALL_AS_STRING) {
                        json.writeStringField("recall", recallText(recall));
                    } else {
                        json.writeArrayFieldStart("recall");
                        for (int minutes : recall) {
                            json.writeNumber(minutes);
                        }
                        json.writeEndArray();
                    }
                }
                json.writeEndObject();
            }
        };
    }

    private static void writeContact(JsonGenerator json, ContactTable contacts, int i, Map<String, Column> custom)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("phone", contacts.e164(i));
        for (Map.Entry<ContactField, String> crm : CRM_FIELDS.entrySet()) {
            String value = contacts.field(crm.getKey(), i);
            if (!value.isEmpty()) {
                json.writeStringField(crm.getValue(), value);
            }
        }
        boolean open = false;
        for (Map.Entry<String, Column> entry : custom.entrySet()) {
            String value = entry.getValue().value(contacts, i);
            if (value.isEmpty()) {
                continue;
            }
            if (!open) {
                json.writeObjectFieldStart("custom_fields");
                open = true;
            }
            json.writeStringField(entry.getKey(), value);
        }
        if (open) {
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Where one {@code custom_fields} key takes its value from: a known field or a custom column. */
    private record Column(ContactField field, String custom) {
        String value(ContactTable contacts, int i) {
            return field != null ? contacts.field(field, i) : contacts.custom(custom, i);
        }
    }

    /** {@code custom_fields} key → source, in the order written; duplicates of a key are left out. */
    private static Map<String, Column> customFields(ContactTable contacts) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (ContactField field : contacts.fields()) {
            if (field != ContactField.PHONE && !CRM_FIELDS.containsKey(field)) {
                columns.put(field.key(), new Column(field, null));
            }
        }
        for (String name : contacts.customNames()) {
            if (!name.isBlank()) {
                columns.putIfAbsent(name, new Column(null, name));
            }
        }
        return columns;
    }

    /** The {@code custom_fields} keys contacts will carry, in order. */
    public static List<String> customFieldKeys(ContactTable contacts) {
        return new ArrayList<>(customFields(contacts).keySet());
    }

    /** Custom columns left out because their name is already a {@code custom_fields} key. */
    public static List<String> shadowedCustomColumns(ContactTable contacts) {
        Map<String, Column> kept = customFields(contacts);
        return contacts.customNames().stream()
                .filter(name -> !name.isBlank() && kept.get(name).custom() == null)
                .collect(Collectors.toList());
    }

    public static String launchAt(LocalDateTime start) {
        return start == null ? null : LAUNCH_AT.format(start);
    }

    /** The delays sent: the window's {@code retryAfterMinutes}, at most {@code retries} of them. */
    public static List<Integer> recall(Schedule schedule) {
        List<Integer> after = schedule.retryAfterMinutes();
        return after.subList(0, Math.min(after.size(), Math.max(schedule.retries(), 0)));
    }

    /** {@code [30,120]}, as the document writes it. */
    public static String recallText(List<Integer> minutes) {
        return minutes.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
