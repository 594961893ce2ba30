package app.vocero.provider.octopush;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Vocero talks to Octopush beyond the send bodies of {@link OctopushPlan}. Pure: no I/O.
 *
 * <ul>
 *   <li><b>Credentials.</b> {@code apiKey} is the stored secret; {@code apiLogin} is the account's login (the
 *       Octopush account e-mail), which is not secret but travels as a placeholder like the key. No login step.</li>
 *   <li><b>Repeating.</b> Every send frame carries a deterministic {@code request_id}
 *       ({@link OctopushPayloads#requestId}) and Octopush de-duplicates a {@code request_id} for 24 hours (NOTES.md):
 *       a frame resent after a timeout within that time is dropped by Octopush instead of calling everyone twice.
 *       So frames are repeatable and their {@code request_id} is the idempotency key. A frame with
 *       {@code simulation_mode: true} creates nothing and is repeatable too.</li>
 *   <li><b>Answers.</b> 2xx → accepted with {@code ticket_number}, {@code number_of_contacts}, {@code total_cost},
 *       {@code estimated_duration}, {@code residual_credit} as Octopush gives them and the {@code request_id} we
 *       sent (read back from the request body). 400 → rejected with one advice per field under {@code errors}
 *       ({@link OctopushErrors}); the reply's code is Octopush's own code of the first field error ({@code 442}),
 *       else the body's {@code code}, else the HTTP status. 401/403 → rejected (static keys: logging in again
 *       cannot help). Only Octopush's own short messages are quoted, never a body.</li>
 *   <li><b>Connection test.</b> A one-recipient send with {@code simulation_mode: true}: the document says the
 *       request is only simulated and answers a fake result, so nothing is called or charged.</li>
 *   <li><b>Tracking.</b> None: Octopush publishes call results only by webhook ({@link #noTrackingReason()}).</li>
 * </ul>
 */
public final class OctopushClient implements ProviderClient {

    /** A valid French mobile number Octopush accepts in simulation; never called. */
    public static final String TEST_NUMBER = "+33600000000";
    public static final String TEST_TEXT = "Vocero connection test";
    /** The longest provider message quoted in a reply. */
    static final int MAX_QUOTE = 160;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final List<String> SUCCESS_FIELDS = List.of("ticket_number", "number_of_contacts", "total_cost",
            "estimated_duration", "residual_credit");

    /** Octopush remembers a {@code request_id} for 24 hours (NOTES.md, public documentation). */
    public static final java.time.Duration REQUEST_ID_MEMORY = java.time.Duration.ofHours(24);
    /**
     * How long Vocero trusts that memory, counted from a frame's first try: an hour less, for the difference between
     * this computer's clock and Octopush's. Past it, a frame whose fate is unknown waits for the user.
     */
    public static final java.time.Duration TRUSTED_MEMORY = REQUEST_ID_MEMORY.minusHours(1);

    public OctopushClient() {
    }

    @Override
    public Optional<java.time.Duration> deduplicationWindow() {
        return Optional.of(TRUSTED_MEMORY);
    }

    /** The frame's {@code ticket_number}: what the user finds in Octopush's platform and can type in. */
    @Override
    public Optional<String> createdIdName(PlannedRequest request) {
        return isSend(request) ? Optional.of("ticket_number") : Optional.empty();
    }

    @Override
    public ProviderId id() {
        return ProviderId.OCTOPUSH;
    }

    /** {@code apiKey} = the secret, {@code apiLogin} = the account's login (empty for the sandbox account). */
    @Override
    public Map<String, String> credentials(Account account, String secret) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("apiKey", secret == null ? "" : secret);
        values.put("apiLogin", account.login() == null ? "" : account.login().trim());
        return values;
    }

    /**
     * Send frames are repeatable: Octopush de-duplicates their {@code request_id} for 24 hours, so resending a
     * frame after a timeout does not create a second campaign (provided it is resent within 24 hours). A simulated
     * frame creates nothing. Anything else (there is nothing else) is not.
     */
    @Override
    public boolean isRepeatable(PlannedRequest request) {
        if (!isSend(request)) {
            return false;
        }
        Map<String, JsonNode> fields = topLevel(request.body());
        JsonNode simulation = fields.get(OctopushPayloads.SIMULATION_MODE);
        return text(fields.get("request_id")) != null || simulation != null && simulation.asBoolean(false);
    }

    /** The frame's {@code request_id}, read from its body; empty for a request without one. */
    @Override
    public Optional<String> idempotencyKey(PlannedRequest request) {
        return isSend(request) ? Optional.ofNullable(text(topLevel(request.body()).get("request_id"))) : Optional.empty();
    }

    @Override
    public Reply read(PlannedRequest request, int status, byte[] body) {
        JsonNode root = parse(body);
        if (status >= 200 && status < 300) {
            Map<String, Object> ids = new LinkedHashMap<>();
            for (String field : SUCCESS_FIELDS) {
                Object value = value(root.get(field));
                if (value != null) {
                    ids.put(field, value);
                }
            }
            idempotencyKey(request).ifPresent(id -> ids.put("request_id", id));
            return Reply.accepted(ids);
        }
        if (status == 401 || status == 403) {
            OctopushErrors.Entry entry = OctopushErrors.forStatus(status).orElseThrow();
            String said = said(root.path("message").asText(""));
            String english = entry.english() + (status == 403
                    ? " If it is on, check the api-login (the account's e-mail) and the api-key." : "") + said;
            String spanish = entry.spanish() + (status == 403
                    ? " Si ya está activo, revise el api-login (el correo de la cuenta) y la api-key." : "") + said;
            return Reply.rejected(String.valueOf(status), english, spanish);
        }
        if (status == 402) {
            String said = said(root.path("message").asText(""));
            return Reply.rejected("402",
                    "Octopush says the account has not enough credit for this request. Buy credit in Octopush and send again." + said,
                    "Octopush indica que la cuenta no tiene crédito suficiente para esta solicitud. Compre crédito en Octopush y envíe de nuevo." + said);
        }
        Optional<String> requestId = idempotencyKey(request);
        if (status == 400 && requestId.isPresent() && isRepeatedRequestId(root)) {
            return Reply.alreadyReceived(Map.of("request_id", requestId.get()),
                    "Octopush already had this frame (request_id " + requestId.get() + "): an earlier try created it.",
                    "Octopush ya tenía esta trama (request_id " + requestId.get() + "): un intento anterior la creó.");
        }
        ObjectNode safe = sanitized(root);
        StringBuilder english = new StringBuilder();
        StringBuilder spanish = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = safe.path("errors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> error = it.next();
            OctopushErrors.Entry entry = fieldEntry(error.getKey(), error.getValue().path("code"), status);
            String said = said(error.getValue().path("message").asText(""));
            append(english, error.getKey() + ": " + entry.english() + said);
            append(spanish, error.getKey() + ": " + entry.spanish() + said);
        }
        if (english.length() == 0) {
            for (Finding finding : OctopushErrors.explain(status, safe.toString())) {
                append(english, finding.english());
                append(spanish, finding.spanish());
            }
        }
        return Reply.rejected(errorCode(safe, status), english.toString(), spanish.toString());
    }

    /**
     * Whether a 400 says the frame's {@code request_id} was already used. Octopush's public documentation says a
     * repeated {@code request_id} within 24 h is refused as a validation error on that field; it publishes no code
     * for it. Vocero's {@code request_id}s are always 20 hex digits — valid by the schema's own rule (1–20
     * characters) — so an error on that field, and on no other, can only mean "already received". The reading is
     * this one method.
     */
    static boolean isRepeatedRequestId(JsonNode root) {
        JsonNode errors = root.path("errors");
        return errors.isObject() && errors.size() == 1 && errors.has("request_id");
    }

    /**
     * The advice for one field error: by Octopush's code ({@code 442}), else by the field
     * ({@code recipients[3].phone_number} is looked up as {@code recipients}), else the HTTP status's.
     */
    private static OctopushErrors.Entry fieldEntry(String field, JsonNode code, int status) {
        String root = field.split("[\\[.]", 2)[0];
        return (code.canConvertToInt() ? OctopushErrors.forCode(code.asInt()) : Optional.<OctopushErrors.Entry>empty())
                .or(() -> OctopushErrors.forField(field))
                .or(() -> OctopushErrors.forField(root))
                .or(() -> OctopushErrors.forStatus(status))
                .orElseGet(() -> OctopushErrors.forStatus(400).orElseThrow());
    }

    private static void append(StringBuilder out, String text) {
        out.append(out.length() == 0 ? "" : " ").append(text);
    }

    /**
     * A one-recipient send to {@value #TEST_NUMBER} with {@code simulation_mode: true}, {@code type: voice_sms},
     * {@code purpose: alert}: Octopush checks the api-login and api-key, simulates and answers a fake ticket;
     * nothing is called or charged. No {@code request_id}: nothing to de-duplicate.
     */
    @Override
    public Optional<PlannedRequest> connectionTest(Account account, String baseUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", TEST_TEXT);
        body.putArray("recipients").addObject().put("phone_number", TEST_NUMBER);
        body.put(OctopushPayloads.PURPOSE, OctopushPayloads.DEFAULT_PURPOSE);
        body.put("type", OctopushPayloads.TYPE);
        body.put(OctopushPayloads.SIMULATION_MODE, true);
        return Optional.of(new PlannedRequest("connection test (simulation)", "POST",
                base(baseUrl) + OctopushPayloads.PATH, OctopushPayloads.headers(), "application/json",
                RequestBody.of(body.toString()), 1));
    }

    /** None: Octopush has no API to ask how calls went ({@link #noTrackingReason()}). */
    @Override
    public List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds) {
        return List.of();
    }

    @Override
    public Optional<String[]> noTrackingReason() {
        return Optional.of(new String[]{
                "Octopush has no API to ask how the calls went: it reports each call's result (delivered, not delivered,"
                        + " busy, refused…) only to a webhook configured in Octopush's web interface. See the results"
                        + " there, under the campaign's ticket number, or configure the webhook in Octopush.",
                "Octopush no tiene una API para consultar cómo fueron las llamadas: informa el resultado de cada llamada"
                        + " (entregada, no entregada, ocupado, rechazada…) solo a un webhook configurado en la interfaz"
                        + " web de Octopush. Vea los resultados allí, con el número de ticket de la campaña, o configure"
                        + " el webhook en Octopush."});
    }

    private static boolean isSend(PlannedRequest request) {
        String url = request.url() == null ? "" : request.url();
        int query = url.indexOf('?');
        return "POST".equalsIgnoreCase(request.method())
                && (query < 0 ? url : url.substring(0, query)).endsWith(OctopushPayloads.PATH);
    }

    /**
     * The body's top-level scalar fields (arrays and objects skipped, so a 500-recipient frame costs one pass).
     * Empty when the body is not a JSON object.
     */
    static Map<String, JsonNode> topLevel(RequestBody body) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.writeTo(out);
            try (JsonParser parser = FACTORY.createParser(out.toByteArray())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return fields;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                    } else {
                        fields.put(name, JSON.readTree(parser));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return fields;
        }
        return fields;
    }

    /** Only what the messages may quote: {@code message} and per-field {@code code} and {@code message}, shortened. */
    private static ObjectNode sanitized(JsonNode root) {
        ObjectNode safe = JSON.createObjectNode();
        if (root.path("code").canConvertToInt()) {
            safe.put("code", root.path("code").asInt());
        }
        safe.put("message", quote(root.path("message").asText("")));
        ObjectNode errors = safe.putObject("errors");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("errors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> error = it.next();
            ObjectNode copy = errors.putObject(fieldName(error.getKey()));
            if (error.getValue().path("code").canConvertToInt()) {
                copy.put("code", error.getValue().path("code").asInt());
            }
            copy.put("message", quote(error.getValue().path("message").asText("")));
        }
        return safe;
    }

    /** Octopush's code for the first field error, else the body's code, else the HTTP status. */
    private static String errorCode(ObjectNode safe, int status) {
        Iterator<JsonNode> errors = safe.path("errors").elements();
        if (errors.hasNext()) {
            JsonNode first = errors.next().path("code");
            if (first.canConvertToInt()) {
                return String.valueOf(first.asInt());
            }
        }
        JsonNode code = safe.path("code");
        return code.canConvertToInt() ? String.valueOf(code.asInt()) : String.valueOf(status);
    }

    /** A field name as Octopush sent it ({@code recipients[3].phone_number}), without controls, at most 60 chars. */
    private static String fieldName(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }

    /** A provider message fit to quote: one line, at most {@value #MAX_QUOTE} characters. */
    static String quote(String message) {
        String clean = message == null ? "" : message.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "").trim();
        return clean.length() > MAX_QUOTE ? clean.substring(0, MAX_QUOTE - 1) + "…" : clean;
    }

    private static String said(String message) {
        String quoted = quote(message);
        return quoted.isEmpty() ? "" : " Octopush: \"" + quoted + "\"";
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.isNumber() ? node.numberValue() : node.isBoolean() ? (Object) node.asBoolean() : node.asText();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank() ? null : node.asText();
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null
                    : JSON.readTree(new String(body, StandardCharsets.UTF_8));
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String base(String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? OctopushPlan.BASE_URL : baseUrl.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
