package app.vocero.provider.meetzy;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Secrets;
import app.vocero.provider.Tracking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Meetzy's answers as {@link Reply}s, its connection test and its tracking. Pure: the sender sends.
 *
 * <p><b>Replies.</b> 202/2xx is accepted with {@code campaign_id}, {@code scheduled}, {@code launch_at},
 * {@code total_contacts}, {@code scheduled_calls}, {@code error_calls} as present, plus what tracking needs, taken
 * from the REQUEST body ({@link MeetzyRequestFields}, streamed): {@code playbook_id}, {@code launch_date} (the date
 * of {@code launch_at}, else today by this client's clock) and {@code end_date} (launch date + 1 day + the last
 * recall delay rounded up to days). Errors go through {@link MeetzyErrors} (both body shapes), the reply's code
 * being the HTTP status; 401 is REJECTED, never UNAUTHORIZED: a static token cannot be renewed.
 *
 * <p><b>Connection test.</b> {@code GET {base}/calls?startDate=today&endDate=today}: a read, limited to one day. An
 * account knows no playbook, so none is given (reading: {@code playbook_id} is a filter, not required).
 *
 * <p><b>Tracking.</b> {@code GET {base}/calls?playbook_id=&startDate=launch_date&endDate=end_date}, one per
 * campaign. Readings: the answer is an array, or an object holding it in {@link #LIST_FIELDS}; a call's phone is
 * the first of {@link #PHONE_FIELDS} (or {@code contact.phone}); statuses are compared in lower case with
 * {@code _} or spaces as {@code -}. Meetzy documents no paging: an answer saying more exist ({@code has_more} /
 * {@code hasMore} true, or {@code total} above the calls given) leaves the tracking incomplete. Meetzy filters by
 * playbook and dates, not campaign: calls of another campaign with the same playbook in those dates are counted
 * too (this method is not given the campaign's ids to filter with).
 */
public final class MeetzyClient implements ProviderClient {

    /** Meetzy call statuses (NOTES.md, both pages). */
    public static final List<String> STATUSES = List.of("queued", "ringing", "open", "recall-scheduled", "routed",
            "closed", "completed", "no-answer", "voicemail", "busy", "wrong-phone-format", "failed");
    /** Statuses a call does not leave ({@code routed}: handed to a person, the AI call is over — a reading). */
    public static final Set<String> FINAL_STATUSES = Set.of("routed", "closed", "completed", "no-answer",
            "voicemail", "busy", "wrong-phone-format", "failed");
    /** Where an object answer of {@code GET /calls} holds its calls, in this order. */
    public static final List<String> LIST_FIELDS = List.of("calls", "data", "results", "items");
    /** A call's phone, in this order. */
    public static final List<String> PHONE_FIELDS = List.of("phone", "to", "phone_number");
    /** What an accepted campaign answer keeps, when present. */
    public static final List<String> CAMPAIGN_FIELDS = List.of("campaign_id", "scheduled", "launch_at",
            "total_contacts", "scheduled_calls", "error_calls");
    static final int QUOTE_LIMIT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public MeetzyClient() {
        this(Clock.systemDefaultZone());
    }

    MeetzyClient(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProviderId id() {
        return ProviderId.MEETZY;
    }

    @Override
    public Map<String, String> credentials(Account account, String secret) {
        return Map.of(MeetzyPlan.TOKEN_SECRET, secret);
    }

    /** Reads are repeatable; {@code POST /campaign} never is (it launches calls). */
    @Override
    public boolean isRepeatable(PlannedRequest request) {
        return "GET".equalsIgnoreCase(request.method());
    }

    @Override
    public Optional<String> createdIdName(PlannedRequest request) {
        return "GET".equalsIgnoreCase(request.method()) ? Optional.empty() : Optional.of("campaign_id");
    }

    @Override
    public Reply read(PlannedRequest request, int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode root = parse(text);
        boolean refused = root != null && root.path("success").isBoolean() && !root.path("success").asBoolean();
        if (status >= 200 && status < 300 && !refused) {
            return "GET".equalsIgnoreCase(request.method()) ? Reply.accepted(Map.of()) : accepted(request, root);
        }
        app.vocero.provider.StatusAdvice.Entry entry = MeetzyErrors.describe(status);
        String quote = MeetzyErrors.detail(text).map(detail -> " (Meetzy: \"" + shorten(detail) + "\")").orElse("");
        return Reply.rejected(String.valueOf(status), entry.english() + quote, entry.spanish() + quote);
    }

    @Override
    public Optional<PlannedRequest> connectionTest(Account account, String baseUrl) {
        String today = LocalDate.now(clock).toString();
        return Optional.of(get("calls", trim(baseUrl) + "/calls?startDate=" + today + "&endDate=" + today));
    }

    @Override
    public List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds) {
        List<String> urls = new ArrayList<>();
        for (Map<String, Object> ids : acceptedIds) {
            Optional<String> playbook = value(ids, "playbook_id");
            Optional<LocalDate> launch = value(ids, "launch_date").flatMap(MeetzyClient::date);
            if (playbook.isEmpty() || launch.isEmpty()) {
                continue;
            }
            LocalDate end = value(ids, "end_date").flatMap(MeetzyClient::date).orElse(launch.get().plusDays(1));
            String url = trim(baseUrl) + "/calls?playbook_id=" + URLEncoder.encode(playbook.get(), StandardCharsets.UTF_8)
                    + "&startDate=" + launch.get() + "&endDate=" + end;
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        List<PlannedRequest> requests = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            requests.add(get("calls " + (i + 1) + "/" + urls.size(), urls.get(i)));
        }
        return requests;
    }

    /**
     * Counts per call (every Meetzy status, zero included, then any other as Meetzy spells it) and each phone's
     * latest call ({@code created_at}/{@code createdAt} decides when both have it, else the later in the answer).
     * Complete when there is at least one call, all are final and no answer says more exist.
     */
    @Override
    public Tracking readTracking(List<byte[]> bodies) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        Map<String, String[]> outcomes = new LinkedHashMap<>();
        Map<String, String> latest = new LinkedHashMap<>();
        boolean complete = !bodies.isEmpty();
        long calls = 0;
        for (byte[] body : bodies) {
            JsonNode root = parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
            JsonNode items = list(root);
            if (items == null) {
                complete = false;
                continue;
            }
            complete &= !more(root, items.size());
            for (JsonNode call : items) {
                String status = text(call.path("status")).map(MeetzyClient::status).orElse("unknown");
                counts.merge(status, 1L, Long::sum);
                calls++;
                complete &= FINAL_STATUSES.contains(status);
                Optional<String> phone = phone(call);
                if (phone.isPresent()) {
                    String when = text(call.path("created_at")).or(() -> text(call.path("createdAt"))).orElse(null);
                    String before = latest.get(phone.get());
                    if (!outcomes.containsKey(phone.get()) || when == null || before == null
                            || when.compareTo(before) >= 0) {
                        outcomes.put(phone.get(), new String[] {status, detail(call)});
                        latest.put(phone.get(), when);
                    }
                }
            }
        }
        return new Tracking(counts, outcomes, complete && calls > 0);
    }

    private Reply accepted(PlannedRequest request, JsonNode root) {
        Map<String, Object> ids = new LinkedHashMap<>();
        if (root != null && root.isObject()) {
            for (String name : CAMPAIGN_FIELDS) {
                JsonNode value = root.path(name);
                if (value.isValueNode() && !value.isNull()) {
                    ids.put(name, value.isNumber() ? value.numberValue() : value.isBoolean() ? value.asBoolean()
                            : value.asText());
                }
            }
        }
        MeetzyRequestFields.Fields sent = MeetzyRequestFields.of(request.body());
        if (sent.playbookId() != null && !sent.playbookId().isBlank()) {
            ids.put("playbook_id", sent.playbookId().trim());
        }
        LocalDate launch = Optional.ofNullable(sent.launchAt()).filter(at -> at.length() >= 10)
                .flatMap(at -> date(at.substring(0, 10))).orElseGet(() -> LocalDate.now(clock));
        int lastRecall = sent.recall().stream().mapToInt(Integer::intValue).max().orElse(0);
        ids.put("launch_date", launch.toString());
        ids.put("end_date", launch.plusDays(1 + (lastRecall + 1439) / 1440).toString());
        return Reply.accepted(ids);
    }

    private static PlannedRequest get(String step, String url) {
        return new PlannedRequest(step, "GET", url,
                Map.of("Authorization", "Bearer " + Secrets.placeholder(MeetzyPlan.TOKEN_SECRET)), null,
                RequestBody.EMPTY, 0);
    }

    private static JsonNode list(JsonNode root) {
        if (root == null) {
            return null;
        }
        if (root.isArray()) {
            return root;
        }
        for (String name : LIST_FIELDS) {
            if (root.path(name).isArray()) {
                return root.path(name);
            }
        }
        return null;
    }

    private static boolean more(JsonNode root, int given) {
        if (!root.isObject()) {
            return false;
        }
        boolean hasMore = root.path("has_more").asBoolean(false) || root.path("hasMore").asBoolean(false);
        return hasMore || root.path("total").isNumber() && root.path("total").asLong() > given;
    }

    private static Optional<String> phone(JsonNode call) {
        for (String name : PHONE_FIELDS) {
            Optional<String> phone = text(call.path(name));
            if (phone.isPresent()) {
                return phone;
            }
        }
        return text(call.path("contact").path("phone"));
    }

    private static String detail(JsonNode call) {
        JsonNode duration = call.path("duration");
        return duration.isNumber() || duration.isTextual() && !duration.asText().isBlank()
                ? "duration " + duration.asText() + " s" : "";
    }

    static String status(String text) {
        return text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\s]+", "-");
    }

    private static Optional<String> value(Map<String, Object> ids, String name) {
        Object value = ids == null ? null : ids.get(name);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank()
                ? Optional.of(node.asText().trim()) : Optional.empty();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").trim();
        return line.length() <= QUOTE_LIMIT ? line : line.substring(0, QUOTE_LIMIT - 1).trim() + "…";
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String trim(String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? MeetzyPlan.DEFAULT_BASE_URL : baseUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
