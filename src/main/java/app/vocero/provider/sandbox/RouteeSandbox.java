package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxOutcomes.Outcome;
import app.vocero.provider.sandbox.SandboxOutcomes.Stage;
import app.vocero.provider.sandbox.SandboxRequest.BadJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routee: the auth host's {@code POST /oauth/token} (Basic application id:secret, form
 * {@code grant_type=client_credentials}) and {@code POST /voice/campaign},
 * {@code GET /voice/tracking/campaign/{trackingId}?page=&size=} (a Spring-style page), {@code GET
 * /voice/tracking/{messageId}}, {@code DELETE /voice/campaign/{trackingId}}. Errors are
 * {@code {"code", "developerMessage"}} with 9-digit codes (400 validation, 401 missing, unknown or expired token,
 * 404 unknown campaign). Messages: Queued → Ringing → Completed | NoAnswer | Busy | Failed (voicemail counts as
 * Completed: the machine answered). Price 0.025 per answered minute, started minutes counted.
 */
final class RouteeSandbox implements ProviderSandbox {

    static final int MAX_RECIPIENTS = 1000;
    static final BigDecimal PRICE_PER_MINUTE = new BigDecimal("0.025");
    static final Set<String> LANGUAGES = Set.of("en-US", "de-DE", "fr-FR", "it-IT", "pt-BR", "es-ES", "es-LA",
            "en-GB", "el-GR", "bg-BG", "pl-PL", "hu-HU", "sv-SE", "ru-RU");

    record Message(String messageId, String to) {
    }

    record Campaign(String trackingId, String from, Instant launch, ObjectNode created, List<Message> messages,
                    boolean[] cancelled) {
    }

    private final Duration tokenLifetime;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Campaign> campaigns = new ConcurrentHashMap<>();
    private final Map<String, Campaign> campaignOfMessage = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();

    RouteeSandbox(Duration tokenLifetime) {
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        if (request.mount().equals("routee-auth")) {
            return request.is("POST", "/oauth/token") ? token(request)
                    : error(404, "404000000", "Not found: " + request.method() + " " + request.path());
        }
        String token = request.bearer();
        Instant expires = token == null ? null : tokens.get(token);
        if (expires == null || !request.now().isBefore(expires)) {
            return error(401, "401000000", expires == null ? "Unauthorized: missing or unknown access token"
                    : "Unauthorized: the access token has expired");
        }
        if (request.is("POST", "/voice/campaign")) {
            return send(request);
        }
        String id = request.tail("GET", "/voice/tracking/campaign/");
        if (id != null) {
            return tracking(request, campaigns.get(id));
        }
        id = request.tail("GET", "/voice/tracking/");
        if (id != null) {
            Campaign campaign = campaignOfMessage.get(id);
            if (campaign == null) {
                return error(404, "404000000", "Message not found: " + id);
            }
            for (Message m : campaign.messages()) {
                if (m.messageId().equals(id)) {
                    return SandboxResponse.json(200, view(campaign, m, request.now()));
                }
            }
        }
        id = request.tail("DELETE", "/voice/campaign/");
        if (id != null) {
            return cancel(campaigns.get(id), request.now());
        }
        return error(404, "404000000", "Not found: " + request.method() + " " + request.path());
    }

    private SandboxResponse token(SandboxRequest request) {
        String auth = request.header("Authorization");
        String expected = SandboxCredentials.ROUTEE_APPLICATION_ID + ":" + SandboxCredentials.ROUTEE_APPLICATION_SECRET;
        String given = null;
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                given = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                given = null;
            }
        }
        if (!expected.equals(given)) {
            ObjectNode out = SandboxResponse.object();
            out.put("error", "unauthorized");
            out.put("error_description", "Bad credentials");
            return SandboxResponse.json(401, out);
        }
        if (!"client_credentials".equals(request.form().get("grant_type"))) {
            ObjectNode out = SandboxResponse.object();
            out.put("error", "unsupported_grant_type");
            out.put("error_description", "grant_type must be client_credentials (form body)");
            return SandboxResponse.json(400, out);
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, request.now().plus(tokenLifetime));
        ObjectNode out = SandboxResponse.object();
        out.put("access_token", token);
        out.put("token_type", "bearer");
        out.put("expires_in", tokenLifetime.getSeconds());
        out.put("scope", "voice");
        out.putArray("permissions").add("MT_ROLE_VOICE");
        return SandboxResponse.json(200, out);
    }

    private SandboxResponse send(SandboxRequest request) {
        JsonNode body;
        try {
            body = request.json();
        } catch (BadJson e) {
            return invalid(e.getMessage(), null);
        }
        if (!body.isObject()) {
            return invalid("The body must be a JSON object", null);
        }
        String from = Json.text(body, "from");
        if (from == null || !from.matches("\\+?\\d{1,16}") || from.length() > 16) {
            return invalid("from must be a numeric caller id of at most 16 characters", "from");
        }
        for (String list : List.of("contacts", "groups")) {
            JsonNode n = body.get(list);
            if (n != null && !n.isNull() && (!n.isArray() || !n.isEmpty())) {
                return invalid("The sandbox has no stored " + list + "; send the numbers in to", list);
            }
        }
        JsonNode to = body.get("to");
        if (to == null || !to.isArray() || to.isEmpty()) {
            return invalid("At least one recipient is required in to, contacts or groups", "to");
        }
        if (to.size() > MAX_RECIPIENTS) {
            return invalid("to has " + to.size() + " numbers; at most " + MAX_RECIPIENTS, "to");
        }
        List<String> bad = new ArrayList<>();
        for (JsonNode n : to) {
            if (!n.isTextual() || !n.asText().matches("\\+?\\d{6,15}")) {
                bad.add(n.asText());
            }
        }
        if (!bad.isEmpty()) {
            return invalid("Invalid recipients: " + String.join(", ", bad), "to");
        }
        String name = Json.text(body, "campaignName");
        if (name != null && !name.matches("[A-Za-z0-9 -]{2,30}")) {
            return invalid("campaignName must be 2-30 letters, digits, spaces or -", "campaignName");
        }
        String problem = content(body);
        if (problem != null) {
            return invalid(problem, body.hasNonNull("fileURL") ? "fileURL" : "message");
        }
        JsonNode callback = body.get("callback");
        if (callback != null && !callback.isNull() && (!callback.isObject()
                || !String.valueOf(Json.text(callback, "strategy")).matches("OnChange|OnCompletion")
                || Json.blank(Json.text(callback, "url")))) {
            return invalid("callback needs strategy OnChange|OnCompletion and a url", "callback");
        }
        Instant now = request.now();
        Instant launch = now;
        String scheduled = Json.text(body, "scheduledDate");
        if (scheduled != null) {
            try {
                launch = OffsetDateTime.parse(scheduled.trim()).toInstant();
            } catch (DateTimeParseException e) {
                return invalid("scheduledDate must be an ISO-8601 UTC date-time", "scheduledDate");
            }
        }
        boolean later = launch.isAfter(now);
        String trackingId = UUID.randomUUID().toString();
        List<Message> messages = new ArrayList<>();
        for (JsonNode n : to) {
            messages.add(new Message(UUID.randomUUID().toString(), n.asText()));
        }
        ObjectNode out = SandboxResponse.object();
        out.put("trackingId", trackingId);
        out.put("type", "Voice");
        out.put("state", later ? "Scheduled" : "Queued");
        out.put("createdAt", now.toString());
        out.put("from", from);
        out.set("to", to.deepCopy());
        out.putArray("contacts");
        out.putArray("groups");
        if (name != null) {
            out.put("campaignName", name);
        }
        for (String field : List.of("message", "fileURL", "callback", "campaignCallback", "hangupDelay",
                "collectDtmfDigits", "collectDtmfAwaitSeconds")) {
            if (body.hasNonNull(field)) {
                out.set(field, body.get(field).deepCopy());
            }
        }
        out.put("respectQuietHours", body.path("respectQuietHours").asBoolean(false));
        if (scheduled != null) {
            out.put("scheduledDate", launch.toString());
        }
        out.putObject("statuses").put(later ? "Scheduled" : "Queued", messages.size());
        Campaign campaign = new Campaign(trackingId, from, launch, out, List.copyOf(messages), new boolean[1]);
        campaigns.put(trackingId, campaign);
        messages.forEach(m -> campaignOfMessage.put(m.messageId(), campaign));
        created.incrementAndGet();
        return SandboxResponse.json(200, out);
    }

    /** Why the message/fileURL pair is wrong, or {@code null}. */
    private static String content(JsonNode body) {
        boolean file = body.hasNonNull("fileURL");
        boolean message = body.hasNonNull("message");
        if (file == message) {
            return "Exactly one of fileURL and message is required";
        }
        if (file) {
            String url = body.get("fileURL").asText();
            return url.matches("(?i)https?://\\S+\\.wav") ? null : "fileURL must be an http(s) URL of a .wav file";
        }
        JsonNode m = body.get("message");
        String text = Json.text(m, "text");
        if (!m.isObject() || Json.blank(text) || text.length() > 1000) {
            return "message.text is required, at most 1000 characters";
        }
        String gender = Json.text(m, "gender");
        if (gender != null && !gender.matches("male|female")) {
            return "message.gender must be male or female";
        }
        String language = Json.text(m, "language");
        if (language != null && !LANGUAGES.contains(language)) {
            return "message.language " + language + " is not supported";
        }
        return null;
    }

    private SandboxResponse tracking(SandboxRequest request, Campaign campaign) {
        if (campaign == null) {
            return error(404, "404000000", "Campaign not found");
        }
        Long page = request.param("page") == null ? Long.valueOf(0) : Json.integer(text(request.param("page")));
        Long size = request.param("size") == null ? Long.valueOf(20) : Json.integer(text(request.param("size")));
        if (page == null || page < 0 || size == null || size < 1 || size > 1000) {
            return invalid("page must be 0 or more and size 1 to 1000", "page");
        }
        List<Message> all = campaign.messages();
        int total = all.size();
        int first = (int) Math.min(total, page * size);
        int last = (int) Math.min(total, first + size);
        ObjectNode out = SandboxResponse.object();
        ArrayNode content = out.putArray("content");
        for (Message m : all.subList(first, last)) {
            content.add(view(campaign, m, request.now()));
        }
        int pages = (int) ((total + size - 1) / size);
        out.put("totalElements", total);
        out.put("totalPages", pages);
        out.put("last", page >= pages - 1);
        out.put("first", page == 0);
        out.put("number", page);
        out.put("size", size);
        out.put("numberOfElements", last - first);
        return SandboxResponse.json(200, out);
    }

    private static JsonNode text(String s) {
        return SandboxRequest.JSON.getNodeFactory().textNode(s);
    }

    static ObjectNode view(Campaign campaign, Message m, Instant now) {
        Stage stage = SandboxOutcomes.stage(campaign.launch(), now);
        ObjectNode out = SandboxResponse.object();
        out.put("messageId", m.messageId());
        out.put("trackingId", campaign.trackingId());
        out.put("to", m.to());
        out.put("from", campaign.from());
        String status = campaign.cancelled()[0] ? "Unsent" : statusOf(m.to(), stage);
        out.put("status", status);
        boolean done = stage == Stage.FINAL && !campaign.cancelled()[0];
        int seconds = done ? SandboxOutcomes.durationSeconds(m.to()) : 0;
        out.put("duration", seconds);
        out.put("price", PRICE_PER_MINUTE.multiply(BigDecimal.valueOf((seconds + 59) / 60)));
        out.put("createdAt", campaign.created().get("createdAt").asText());
        out.putArray("dtmfTones");
        return out;
    }

    static String statusOf(String number, Stage stage) {
        if (stage == Stage.QUEUED) {
            return "Queued";
        }
        if (stage == Stage.RINGING) {
            return "Ringing";
        }
        Outcome outcome = SandboxOutcomes.outcomeOf(number);
        return switch (outcome) {
            case ANSWERED, VOICEMAIL -> "Completed";
            case NO_ANSWER -> "NoAnswer";
            case BUSY -> "Busy";
            case FAILED -> "Failed";
        };
    }

    private SandboxResponse cancel(Campaign campaign, Instant now) {
        if (campaign == null) {
            return error(404, "404000000", "Campaign not found");
        }
        synchronized (campaign) {
            if (!campaign.launch().isAfter(now) || campaign.cancelled()[0]) {
                return error(409, "409000000", "Only a scheduled campaign that has not started can be cancelled");
            }
            campaign.cancelled()[0] = true;
        }
        ObjectNode out = campaign.created().deepCopy();
        out.put("state", "Cancelled");
        return SandboxResponse.json(200, out);
    }

    private static SandboxResponse invalid(String message, String property) {
        ObjectNode out = SandboxResponse.object();
        out.put("code", "400000000");
        out.put("developerMessage", message);
        if (property != null) {
            ObjectNode error = out.putArray("errors").addObject();
            error.put("code", "400000000");
            error.put("developerMessage", message);
            error.put("property", property);
        }
        return SandboxResponse.json(400, out);
    }

    private static SandboxResponse error(int status, String code, String message) {
        ObjectNode out = SandboxResponse.object();
        out.put("code", code);
        out.put("developerMessage", message);
        return SandboxResponse.json(status, out);
    }

    @Override
    public int campaignsCreated() {
        return created.get();
    }

    @Override
    public void reset() {
        tokens.clear();
        campaigns.clear();
        campaignOfMessage.clear();
        created.set(0);
    }
}
