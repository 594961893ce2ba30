package app.vocero.provider.smartflo;

import app.vocero.provider.Tracking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the answers of {@code GET /v1/broadcast/leads/{listId}} (NOTES.md: each lead with {@code dial_status},
 * {@code call_count}, {@code retry_count}) into a {@link Tracking}. The page's shape is not documented; the readings
 * below are in one place.
 *
 * <ul>
 *   <li>The leads are the first array among {@value #ROWS_DOC}; an answer without one, or with
 *       {@code success: false}, leaves the tracking incomplete.</li>
 *   <li>A lead's number is the first of {@link #NUMBER_FIELDS} ({@code field_0} is how Vocero uploads it: E.164
 *       digits without {@code +}), shown as E.164 with {@code +}.</li>
 *   <li>{@code dial_status} may be a code (1–5, labelled by {@link SmartfloDialStatus}, the table's guess) or a
 *       label ({@code "No Answer"}: kept as Smartflo writes it, spelled as the table when it is one of its labels).
 *       Missing, 0, or one of {@link #PENDING} ({@code New}, {@code Queued}, {@code Ringing}…) means not dialled
 *       yet: counted as {@value #PENDING_LABEL}.</li>
 *   <li>Only the first page is read (no paging is documented); an answer that says it has more
 *       ({@link #morePages}) leaves the tracking incomplete.</li>
 *   <li>Complete when at least one lead was read and none is pending. A lead whose last attempt failed but that
 *       Smartflo may still retry counts as final: the page does not say whether retries remain.</li>
 * </ul>
 */
public final class SmartfloTracking {

    static final String ROWS_DOC = "data, data.data, leads, results, the answer itself";
    public static final List<String> NUMBER_FIELDS = List.of("field_0", "number", "phone_number", "phone",
            "client_number");
    public static final List<String> STATUS_FIELDS = List.of("dial_status", "dialstatus", "status");
    /** Labels of leads not dialled (or still ringing), lower-case. */
    public static final Set<String> PENDING = Set.of("new", "pending", "queued", "in progress", "in-progress",
            "ringing", "dialing", "calling", "not dialed", "not_dialed");
    public static final String PENDING_LABEL = "New";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SmartfloTracking() {
    }

    public static Tracking read(List<byte[]> bodies) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String[]> outcomes = new LinkedHashMap<>();
        boolean complete = !bodies.isEmpty();
        long leads = 0;
        for (byte[] body : bodies) {
            JsonNode root = parse(body);
            JsonNode success = root.path("success");
            Optional<JsonNode> rows = rows(root);
            if (rows.isEmpty() || success.isBoolean() && !success.asBoolean()
                    || "false".equalsIgnoreCase(success.asText())) {
                complete = false;
                continue;
            }
            if (morePages(root, rows.get().size())) {
                complete = false;
            }
            for (JsonNode row : rows.get()) {
                if (!row.isObject()) {
                    continue;
                }
                leads++;
                String[] status = status(first(row, STATUS_FIELDS));
                if (status[1] != null) {
                    complete = false;
                }
                counts.merge(status[0], 1L, Long::sum);
                e164(first(row, NUMBER_FIELDS)).ifPresent(phone -> outcomes.put(phone, new String[]{status[0],
                        "call_count " + row.path("call_count").asInt(0) + ", retry_count "
                                + row.path("retry_count").asInt(0)}));
            }
        }
        return new Tracking(counts, outcomes, complete && leads > 0);
    }

    /** {label, non-null when pending}. */
    static String[] status(JsonNode value) {
        String pending = "pending";
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            return new String[]{PENDING_LABEL, pending};
        }
        String text = value.asText().trim();
        if (value.isIntegralNumber() || text.matches("\\d{1,3}")) {
            int code = Integer.parseInt(text);
            if (code == 0) {
                return new String[]{PENDING_LABEL, pending};
            }
            return new String[]{SmartfloDialStatus.of(code).map(s -> s.label("en")).orElse("Code " + code), null};
        }
        if (PENDING.contains(text.toLowerCase(Locale.ROOT))) {
            return new String[]{text, pending};
        }
        for (SmartfloDialStatus status : SmartfloDialStatus.values()) {
            if (status.label("en").equalsIgnoreCase(text)) {
                return new String[]{status.label("en"), null};
            }
        }
        return new String[]{text.length() > 40 ? text.substring(0, 40) : text, null};
    }

    /** {@code +573001234567} from {@code 573001234567}, {@code +57 300 123 4567}; empty without digits. */
    static Optional<String> e164(JsonNode value) {
        if (value == null || value.isContainerNode()) {
            return Optional.empty();
        }
        String digits = value.asText().replaceAll("\\D", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of("+" + digits);
    }

    /**
     * Whether the answer says it holds only part of the list: a {@code next_page_url}, a {@code current_page} below
     * {@code last_page}, or a {@code total} above the rows given (at the top or under {@code data}). Vocero reads
     * only the first page, so such a tracking stays incomplete.
     */
    static boolean morePages(JsonNode root, int rows) {
        for (JsonNode page : List.of(root, root.path("data"))) {
            if (!page.isObject()) {
                continue;
            }
            JsonNode next = page.path("next_page_url");
            if (next.isTextual() && !next.asText().isBlank()) {
                return true;
            }
            if (page.path("current_page").canConvertToInt() && page.path("last_page").canConvertToInt()
                    && page.path("current_page").asInt() < page.path("last_page").asInt()) {
                return true;
            }
            if (page.path("total").canConvertToLong() && page.path("total").asLong() > rows) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JsonNode> rows(JsonNode root) {
        for (JsonNode candidate : List.of(root.path("data"), root.path("data").path("data"), root.path("leads"),
                root.path("results"), root)) {
            if (candidate.isArray()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static JsonNode first(JsonNode row, List<String> fields) {
        for (String field : fields) {
            JsonNode value = row.get(field);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }
}
