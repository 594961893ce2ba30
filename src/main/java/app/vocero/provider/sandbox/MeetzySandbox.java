package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxOutcomes.Stage;
import app.vocero.provider.sandbox.SandboxRequest.BadJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Meetzy: {@code POST /campaign}, {@code GET /calls?playbook_id=&startDate=&endDate=&status=}, {@code GET /call/{id}}.
 * Errors are {@code {"error": "..."}}. {@code launch_at} (a local date-time) is read as UTC. Call statuses:
 * queued → ringing → completed | no-answer | busy | voicemail | failed ({@link SandboxOutcomes}).
 * {@code GET /calls} answers {@code {"success": true, "total": n, "calls": [...]}} (the list's shape is not
 * published; this is the sandbox's choice).
 */
final class MeetzySandbox implements ProviderSandbox {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern RECALL_TEXT = Pattern.compile("\\[\\s*(\\d+\\s*(,\\s*\\d+\\s*)*)?]");
    private static final DateTimeFormatter MESSAGE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FILTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm[:ss]]");

    record Call(String id, String campaignId, String playbookId, String phone, String firstName, Instant launch,
                Instant createdAt) {
    }

    private final AtomicInteger campaigns = new AtomicInteger();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Call> callsById = new ConcurrentHashMap<>();

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        String token = request.bearer();
        if (!SandboxCredentials.MEETZY_TOKEN.equals(token)) {
            return SandboxResponse.error(401, "error", token == null || token.isEmpty()
                    ? "Missing authentication token" : "Invalid authentication token");
        }
        if (request.is("POST", "/campaign")) {
            return campaign(request);
        }
        if (request.is("GET", "/calls")) {
            return calls(request);
        }
        String id = request.tail("GET", "/call/");
        if (id != null) {
            Call call = callsById.get(id);
            return call == null ? SandboxResponse.error(404, "error", "Call not found")
                    : SandboxResponse.json(200, view(call, request.now()));
        }
        return SandboxResponse.error(404, "error", "Not found: " + request.method() + " " + request.path());
    }

    private SandboxResponse campaign(SandboxRequest request) {
        JsonNode body;
        try {
            body = request.json();
        } catch (BadJson e) {
            return bad(e.getMessage());
        }
        if (!body.isObject()) {
            return bad("The body must be a JSON object");
        }
        String playbook = Json.text(body, "playbook_id");
        if (Json.blank(playbook)) {
            return bad("playbook_id is required");
        }
        if (!UUID_TEXT.matcher(playbook).matches()) {
            return bad("playbook_id must be a UUID");
        }
        JsonNode contacts = body.get("contacts");
        if (contacts == null || !contacts.isArray() || contacts.isEmpty()) {
            return bad("contacts must be a non-empty array");
        }
        for (JsonNode contact : contacts) {
            String phone = Json.text(contact, "phone");
            if (!contact.isObject() || Json.blank(phone)) {
                return bad("Each contact must have a non-empty phone field");
            }
            if (!phone.trim().matches("\\+?[0-9 ().-]{6,20}") || Json.digits(phone).length() < 6) {
                return bad("Invalid phone number: " + phone);
            }
        }
        JsonNode recall = body.get("recall");
        if (recall != null && !recall.isNull() && !validRecall(recall)) {
            return bad("recall must be an array of minutes, e.g. \"[30,120]\" or [30,120]");
        }
        Instant now = request.now();
        Instant launch = now;
        boolean scheduled = false;
        String launchAt = Json.text(body, "launch_at");
        if (launchAt != null) {
            try {
                launch = parseLaunch(launchAt);
            } catch (DateTimeParseException e) {
                return bad("launch_at must be an ISO date-time, e.g. 2025-03-01T10:00:00");
            }
            scheduled = launch.isAfter(now);
            if (!scheduled) {
                launch = now;
            }
        }
        if (!playbook.equalsIgnoreCase(SandboxCredentials.MEETZY_PLAYBOOK_ID)) {
            return SandboxResponse.error(403, "error", "Playbook not found or not owned by your account");
        }
        String campaignId = UUID.randomUUID().toString();
        List<Call> created = new ArrayList<>(contacts.size());
        for (JsonNode contact : contacts) {
            Call call = new Call(UUID.randomUUID().toString(), campaignId, playbook.toLowerCase(Locale.ROOT),
                    Json.text(contact, "phone").trim(), Json.text(contact, "first_name"), launch, now);
            created.add(call);
            callsById.put(call.id(), call);
        }
        calls.addAll(created);
        campaigns.incrementAndGet();
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        if (scheduled) {
            out.put("message", "Scheduled " + contacts.size() + " calls for "
                    + MESSAGE_DATE.format(launch.atOffset(ZoneOffset.UTC)));
        } else {
            out.put("message", "Campaign started successfully");
        }
        out.put("campaign_id", campaignId);
        out.put("scheduled", scheduled);
        if (scheduled) {
            out.put("launch_at", launch.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")));
        }
        out.put("total_contacts", contacts.size());
        if (scheduled) {
            out.put("scheduled_calls", contacts.size());
            out.put("error_calls", 0);
        }
        return SandboxResponse.json(202, out);
    }

    private static boolean validRecall(JsonNode recall) {
        if (recall.isTextual()) {
            return RECALL_TEXT.matcher(recall.asText().trim()).matches();
        }
        if (!recall.isArray()) {
            return false;
        }
        for (JsonNode minutes : recall) {
            Long m = Json.integer(minutes);
            if (m == null || m < 0) {
                return false;
            }
        }
        return true;
    }

    private static Instant parseLaunch(String text) {
        String t = text.trim();
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(t).toInstant();
        }
    }

    private SandboxResponse calls(SandboxRequest request) {
        Instant from;
        Instant to;
        try {
            from = filterDate(request.param("startDate"), false);
            to = filterDate(request.param("endDate"), true);
        } catch (DateTimeParseException e) {
            return bad("startDate and endDate must be YYYY-MM-DD or YYYY-MM-DD HH:mm:ss");
        }
        String playbook = request.param("playbook_id");
        String status = request.param("status");
        Instant now = request.now();
        List<ObjectNode> found = new ArrayList<>();
        for (Call call : calls) {
            if (playbook != null && !playbook.isEmpty() && !playbook.equalsIgnoreCase(call.playbookId())
                    || from != null && call.launch().isBefore(from) || to != null && call.launch().isAfter(to)) {
                continue;
            }
            ObjectNode view = view(call, now);
            if (status == null || status.isEmpty() || status.equals(view.get("status").asText())) {
                found.add(view);
            }
        }
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("total", found.size());
        ArrayNode list = out.putArray("calls");
        found.forEach(list::add);
        return SandboxResponse.json(200, out);
    }

    private static Instant filterDate(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() == 10) {
            LocalDate day = LocalDate.parse(t);
            return (end ? day.plusDays(1).atStartOfDay().minusNanos(1) : day.atStartOfDay()).toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(t, FILTER_DATE).toInstant(ZoneOffset.UTC);
    }

    /** The call as {@code GET /call/{id}} shows it at {@code now}. */
    static ObjectNode view(Call call, Instant now) {
        Stage stage = SandboxOutcomes.stage(call.launch(), now);
        ObjectNode out = SandboxResponse.object();
        out.put("id", call.id());
        out.put("campaign_id", call.campaignId());
        out.put("playbook_id", call.playbookId());
        out.put("phone", call.phone());
        if (call.firstName() != null) {
            out.put("first_name", call.firstName());
        }
        out.put("status", statusOf(call.phone(), stage));
        boolean done = stage == Stage.FINAL;
        int seconds = done ? SandboxOutcomes.durationSeconds(call.phone()) : 0;
        out.put("duration", seconds);
        out.put("scheduled_at", call.launch().toString());
        out.put("created_at", call.createdAt().toString());
        if (done) {
            out.put("ended_at", SandboxOutcomes.endOf(call.launch()).toString());
        } else {
            out.putNull("ended_at");
        }
        if (done && seconds > 0) {
            out.put("transcript", "Agent: Hola, le llamamos de parte de Vocero.\nUser: Gracias.");
            out.put("summary", "Sandbox call: the contact listened to the message.");
            out.put("recording_url", "http://127.0.0.1/sandbox/recordings/" + call.id() + ".mp3");
        } else {
            out.putNull("transcript");
            out.putNull("summary");
            out.putNull("recording_url");
        }
        return out;
    }

    static String statusOf(String phone, Stage stage) {
        return switch (stage) {
            case QUEUED -> "queued";
            case RINGING -> "ringing";
            case FINAL -> switch (SandboxOutcomes.outcomeOf(phone)) {
                case ANSWERED -> "completed";
                case NO_ANSWER -> "no-answer";
                case BUSY -> "busy";
                case VOICEMAIL -> "voicemail";
                case FAILED -> "failed";
            };
        };
    }

    private static SandboxResponse bad(String message) {
        return SandboxResponse.error(400, "error", message);
    }

    @Override
    public int campaignsCreated() {
        return campaigns.get();
    }

    @Override
    public void reset() {
        campaigns.set(0);
        calls.clear();
        callsById.clear();
    }
}
