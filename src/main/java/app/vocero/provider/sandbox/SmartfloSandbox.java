package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxOutcomes.Stage;
import app.vocero.provider.sandbox.SandboxRequest.BadJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tata Smartflo broadcast: {@code POST /v1/auth/login}, {@code POST /v1/broadcast/list},
 * {@code POST /v1/broadcast/leads/{listId}}, {@code POST /v1/timegroup}, {@code POST /v1/broadcast},
 * {@code GET /v1/broadcast/leads/{listId}?number=}, {@code GET /v1/call/records?broadcast=&from_date=&to_date=}.
 * Every answer carries {@code success} and {@code message}; errors are 400/401/404 with {@code success: false}.
 * Dates ({@code yyyy-MM-dd HH:mm:ss}) are read as UTC. A broadcast dials its list from
 * {@code max(start_date_time, creation)}. Lead {@code dial_status} uses the labels of {@link #DIAL_STATUS}:
 * New while queued or ringing (call_count 1 while ringing), then Message Played | DTMF Pressed | No Answer | Busy |
 * Failed.
 */
final class SmartfloSandbox implements ProviderSandbox {

    /** Lead dial statuses by code, in one table (the codes are not documented; these labels are a guess). */
    static final Map<Integer, String> DIAL_STATUS = Map.of(1, "New", 2, "Message Played", 3, "DTMF Pressed",
            4, "No Answer", 5, "DND", 6, "Busy", 7, "Congestion", 8, "Failed");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Duration tokenLifetime;
    private final Map<String, Instant> loginTokens = new ConcurrentHashMap<>();
    private final SmartfloLists lists = new SmartfloLists();

    SmartfloSandbox(Duration tokenLifetime) {
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        try {
            if (request.is("POST", "/v1/auth/login")) {
                return login(request);
            }
            String token = request.bearer();
            Instant expires = token == null ? null : loginTokens.get(token);
            boolean valid = SandboxCredentials.SMARTFLO_STATIC_TOKEN.equals(token)
                    || expires != null && request.now().isBefore(expires);
            if (!valid) {
                throw new Failure(401, expires != null ? "Token has expired" : "Unauthenticated: missing or invalid"
                        + " token");
            }
            if (request.is("POST", "/v1/broadcast/list")) {
                JsonNode body = object(request);
                return ok("List created successfully", "list_id",
                        lists.createList(required(body, "name"), Json.text(body, "description")));
            }
            String listId = request.tail("POST", "/v1/broadcast/leads/");
            if (listId != null) {
                return lists.addLeads(listId, object(request));
            }
            if (request.is("POST", "/v1/timegroup")) {
                return ok("Time group created successfully", "id", lists.createTimeGroup(object(request)));
            }
            if (request.is("POST", "/v1/broadcast")) {
                return ok("Broadcast created successfully", "broadcast_id",
                        lists.createBroadcast(object(request), request.now()));
            }
            if (request.is("GET", "/v1/broadcast/lists")) {
                return lists.allLists();
            }
            listId = request.tail("GET", "/v1/broadcast/leads/");
            if (listId != null) {
                return lists.leads(listId, request.param("number"), request.now());
            }
            if (request.is("GET", "/v1/call/records")) {
                return lists.records(request.param("broadcast"), date(request.param("from_date"), false),
                        date(request.param("to_date"), true), request.now());
            }
            throw new Failure(404, "Not found: " + request.method() + " " + request.path());
        } catch (Failure f) {
            ObjectNode out = SandboxResponse.object();
            out.put("success", false);
            out.put("message", f.getMessage());
            return SandboxResponse.json(f.status, out);
        }
    }

    private SandboxResponse login(SandboxRequest request) throws Failure {
        JsonNode body = object(request);
        if (!SandboxCredentials.SMARTFLO_EMAIL.equals(Json.text(body, "email"))
                || !SandboxCredentials.SMARTFLO_PASSWORD.equals(Json.text(body, "password"))) {
            throw new Failure(401, "Invalid email or password");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        loginTokens.put(token, request.now().plus(tokenLifetime));
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("access_token", token);
        out.put("token_type", "bearer");
        out.put("expires_in", tokenLifetime.getSeconds());
        return SandboxResponse.json(200, out);
    }

    /** A Smartflo error: status and message. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static SandboxResponse ok(String message, String idField, long id) {
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("message", message);
        out.put(idField, id);
        return SandboxResponse.json(200, out);
    }

    private static JsonNode object(SandboxRequest request) throws Failure {
        try {
            JsonNode node = request.json();
            if (!node.isObject()) {
                throw new Failure(400, "The body must be a JSON object");
            }
            return node;
        } catch (BadJson e) {
            throw new Failure(400, e.getMessage());
        }
    }

    static String required(JsonNode body, String field) throws Failure {
        String value = Json.text(body, field);
        if (Json.blank(value)) {
            throw new Failure(400, "The " + field + " field is required.");
        }
        return value;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} (or a bare date: its start, or its end when {@code end}) as UTC; null → null. */
    static Instant date(String text, boolean end) throws Failure {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.trim();
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (end ? day.plusDays(1).atStartOfDay().minusSeconds(1) : day.atStartOfDay())
                        .toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(t, DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Failure(400, "Dates must be yyyy-mm-dd hh:mm:ss: " + text);
        }
    }

    /** The lead's dial status label, call count and retry count at that stage. */
    static ObjectNode leadStatus(ObjectNode out, String number, Stage stage) {
        String label = switch (stage) {
            case QUEUED, RINGING -> DIAL_STATUS.get(1);
            case FINAL -> switch (SandboxOutcomes.outcomeOf(number)) {
                case ANSWERED -> SandboxOutcomes.bucket(number) == 4 ? DIAL_STATUS.get(3) : DIAL_STATUS.get(2);
                case VOICEMAIL -> DIAL_STATUS.get(2);
                case NO_ANSWER -> DIAL_STATUS.get(4);
                case BUSY -> DIAL_STATUS.get(6);
                case FAILED -> DIAL_STATUS.get(8);
            };
        };
        out.put("dial_status", label);
        out.put("call_count", stage == Stage.QUEUED ? 0 : 1);
        out.put("retry_count", 0);
        return out;
    }

    static ArrayNode array() {
        return SandboxRequest.JSON.createArrayNode();
    }

    static List<String> days() {
        return List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    }

    SmartfloLists lists() {
        return lists;
    }

    @Override
    public int campaignsCreated() {
        return lists.broadcastsCreated();
    }

    @Override
    public void reset() {
        loginTokens.clear();
        lists.reset();
    }
}
