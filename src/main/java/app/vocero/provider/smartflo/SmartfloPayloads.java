package app.vocero.provider.smartflo;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Secrets;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact Smartflo requests of a draft, in order: create a lead list, add the contacts to it in batches, create
 * a time group from the windows (unless {@code options.time_group} names one), create the broadcast. Later
 * requests refer to earlier answers as {@value #LIST_ID} and {@value #TIME_GROUP_ID}, which the sender fills in.
 */
public final class SmartfloPayloads {

    public static final String LIST_ID = "{listId}";
    public static final String TIME_GROUP_ID = "{timeGroupId}";
    /**
     * Leads per {@code POST /v1/broadcast/leads/{listId}}. Smartflo documents no limit; 1000 keeps a body near
     * 60 KB and a 200,000-contact list at 200 requests.
     */
    public static final int LEADS_PER_REQUEST = 1000;
    /** Leads already in the list are skipped, never overwritten or cloned. */
    public static final String DUPLICATE_OPTION = "skip";
    /**
     * {@code destination} as sent: {@code ivr||<id>}. The document's table shows {@code ivr|id} while its
     * schema shows {@code ivr||ID}; Smartflo's destinations are {@code type||id}, so we send the double bar and
     * accept a single one in drafts, normalized here.
     */
    public static final String DESTINATION_SEPARATOR = "||";
    public static final Pattern DESTINATION = Pattern.compile("(?i)\\s*ivr\\s*\\|{1,2}\\s*([A-Za-z0-9_-]+)\\s*");
    /** {@code timeout} when the draft has none: the document's minimum, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 40;
    /**
     * {@code retry_after_minutes} is a required array in the document; an empty one is likely refused by a strict
     * validator. When the draft gives no waits, one default wait is sent (harmless with 0 retries).
     */
    public static final int DEFAULT_RETRY_AFTER_MINUTES = 30;
    /** The document's field name, with its space, exactly. */
    public static final String NUMBER_OF_RETRY = "numberof retry";

    static final String OPT_DESTINATION = "destination";
    static final String OPT_TIMEOUT = "timeout";
    static final String OPT_CONCURRENT_LIMIT = "concurrent_limit";
    static final String OPT_CALLER_ID = "caller_id_number";
    static final String OPT_TIME_GROUP = "time_group";
    static final String OPT_DIALSTATUS = "dialstatus";
    static final String OPT_RETRY_DIALSTATUS = "retry_dialstatus";

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SmartfloPayloads() {
    }

    public static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Secrets.placeholder("token"));
        headers.put("accept", "application/json");
        headers.put("Content-Type", "application/json");
        return headers;
    }

    public static int leadBatches(int contacts) {
        return (contacts + LEADS_PER_REQUEST - 1) / LEADS_PER_REQUEST;
    }

    /**
     * A lead's phone ({@code field_0}): E.164 digits without the {@code +} ({@code 573001234567}). Smartflo is an
     * Indian platform: national digits would be dialled as Indian numbers, and its lead uploads take numbers with
     * the country code as plain digits.
     */
    public static String leadPhone(ContactTable contacts, int index) {
        String e164 = contacts.e164(index);
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }

    public static List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String name = name(input);
        List<PlannedRequest> requests = new ArrayList<>();
        requests.add(post("broadcast/list", base + "/v1/broadcast/list", 0, json -> {
            json.writeStringField("name", name);
            json.writeStringField("description", description(input));
        }));
        ContactTable contacts = input.contacts();
        int batches = leadBatches(contacts.size());
        boolean withName = contacts.fields().contains(ContactField.NAME) || contacts.fields().contains(ContactField.LAST_NAME);
        for (int batch = 0; batch < batches; batch++) {
            int from = batch * LEADS_PER_REQUEST;
            int to = Math.min(contacts.size(), from + LEADS_PER_REQUEST);
            requests.add(post("broadcast/leads " + (batch + 1) + "/" + batches, base + "/v1/broadcast/leads/" + LIST_ID,
                    to - from, json -> {
                        json.writeArrayFieldStart("data");
                        for (int i = from; i < to; i++) {
                            json.writeStartObject();
                            json.writeStringField("field_0", leadPhone(contacts, i));
                            if (withName) {
                                json.writeStringField("field_1", (contacts.field(ContactField.NAME, i) + " "
                                        + contacts.field(ContactField.LAST_NAME, i)).trim());
                            }
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                        json.writeStringField("duplicate_option", DUPLICATE_OPTION);
                    }));
        }
        SmartfloWindows windows = SmartfloWindows.of(input.draft().schedules()).orElseThrow(
                () -> new IllegalStateException("the draft's windows make no broadcast: check it first"));
        String timeGroup = text(input, OPT_TIME_GROUP);
        if (timeGroup == null) {
            requests.add(post("timegroup", base + "/v1/timegroup", 0, json -> {
                json.writeStringField("name", name);
                strings(json, "from_time", windows.fromTimes());
                strings(json, "to_time", windows.toTimes());
                strings(json, "days", windows.dayKeys());
            }));
        }
        Schedule first = input.draft().schedules().get(0);
        requests.add(post("broadcast", base + "/v1/broadcast", 0, json -> {
            json.writeStringField("name", name);
            json.writeStringField("description", description(input));
            json.writeStringField("phone_number_list", LIST_ID);
            json.writeStringField("destination", destination(text(input, OPT_DESTINATION)).orElseThrow());
            json.writeStringField("timeout", String.valueOf(integer(input.draft().option(OPT_TIMEOUT))
                    .orElse((long) DEFAULT_TIMEOUT_SECONDS)));
            json.writeStringField("concurrent_limit", String.valueOf(integer(input.draft().option(OPT_CONCURRENT_LIMIT)).orElseThrow()));
            ints(json, "retry_after_minutes", retryAfterMinutes(first));
            json.writeStringField("caller_id_number", text(input, OPT_CALLER_ID));
            json.writeStringField(NUMBER_OF_RETRY, String.valueOf(first.retries()));
            json.writeStringField("start_date_time", SmartfloWindows.DATE_TIME.format(windows.start()));
            json.writeStringField("end_date_time", SmartfloWindows.DATE_TIME.format(windows.end()));
            json.writeStringField("time_group", timeGroup == null ? TIME_GROUP_ID : timeGroup);
            ints(json, "dialstatus", dialStatus(input));
            ints(json, "retry_dialstatus", retryDialStatus(input));
        }));
        return requests;
    }

    /** {@code options.dialstatus} when given, else the document's default [1, 2, 3, 4, 5]. */
    public static List<Integer> dialStatus(CampaignInput input) {
        return codes(input.draft().option(OPT_DIALSTATUS)).orElse(SmartfloDialStatus.DEFAULT_DIALSTATUS);
    }

    /** {@code options.retry_dialstatus} when given, else the first window's {@code retryOn} mapped by the table. */
    public static List<Integer> retryDialStatus(CampaignInput input) {
        return codes(input.draft().option(OPT_RETRY_DIALSTATUS)).orElseGet(() -> input.draft().schedules().isEmpty()
                ? SmartfloDialStatus.DEFAULT_RETRY_DIALSTATUS
                : SmartfloDialStatus.retryCodes(input.draft().schedules().get(0).retryOn()));
    }

    /** {@code ivr||27845} from {@code ivr||27845}, {@code ivr|27845} or {@code IVR | 27845}; empty otherwise. */
    public static Optional<String> destination(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = DESTINATION.matcher(value);
        return matcher.matches() ? Optional.of("ivr" + DESTINATION_SEPARATOR + matcher.group(1)) : Optional.empty();
    }

    /** A whole number from a JSON number or digits in a text; empty otherwise. */
    static Optional<Long> integer(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof Number && ((Number) value).doubleValue() == Math.rint(((Number) value).doubleValue())) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof String && ((String) value).trim().matches("-?\\d{1,9}")) {
            return Optional.of(Long.parseLong(((String) value).trim()));
        }
        return Optional.empty();
    }

    /** A list of codes 1–5 from an option; empty when absent; {@code Optional.of(List.of())} is never returned. */
    static Optional<List<Integer>> codes(Object value) {
        if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
            return Optional.empty();
        }
        List<Integer> codes = new ArrayList<>();
        for (Object item : (List<?>) value) {
            Optional<Long> code = integer(item);
            if (code.isEmpty() || SmartfloDialStatus.of(code.get().intValue()).isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get().intValue());
        }
        return Optional.of(List.copyOf(codes));
    }

    static String text(CampaignInput input, String key) {
        String value = input.optionText(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String name(CampaignInput input) {
        String name = input.draft().name();
        return name == null || name.isBlank() ? "Vocero" : name.trim();
    }

    private static String description(CampaignInput input) {
        return "Vocero: " + name(input);
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static PlannedRequest post(String step, String url, long records, Fields fields) {
        return new PlannedRequest(step, "POST", url, headers(), "application/json", out -> write(out, fields), records);
    }

    private static void write(OutputStream out, Fields fields) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void ints(JsonGenerator json, String field, List<Integer> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (int value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    /** The waits before retries: the draft's, else one default wait (the field is required). */
    static java.util.List<Integer> retryAfterMinutes(Schedule window) {
        return window.retryAfterMinutes().isEmpty() ? java.util.List.of(DEFAULT_RETRY_AFTER_MINUTES)
                : window.retryAfterMinutes();
    }
}
