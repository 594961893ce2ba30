package app.vocero.provider.smartflo;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Secrets;
import app.vocero.provider.Tracking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How Vocero talks to Tata Smartflo beyond the bodies of {@link SmartfloPlan}. Pure: no I/O.
 *
 * <ul>
 *   <li><b>Credentials.</b> An account without a login keeps a static API token: {@code token}. An account whose
 *       login holds an e-mail keeps the password: {@code email} + {@code password} are only used by the login
 *       request ({@code POST /v1/auth/login}), whose {@code access_token} (one hour) becomes {@code token}.</li>
 *   <li><b>Repeating.</b> The login and reads (GET) are repeatable; creating a list, adding leads, creating a time
 *       group or a broadcast are not (Smartflo has no idempotency key).</li>
 *   <li><b>Answers.</b> Every answer has {@code success} and {@code message}; a 2xx with {@code success: false}
 *       is rejected ({@link SmartfloErrors#explain}). The document gives no shape for the ids: each is the first of
 *       a constant list of fields ({@link #LIST_ID_FIELDS}, {@link #TIME_GROUP_ID_FIELDS}…), kept as text and
 *       named {@code listId}, {@code batchId}, {@code timeGroupId}, {@code broadcastId} so the plan's
 *       {@code {listId}} and {@code {timeGroupId}} are filled. A list or time group without an id is rejected: the
 *       next steps cannot run.</li>
 *   <li><b>401.</b> On the login: the e-mail or password is wrong (rejected). On another request: when this client
 *       has served a login (it planned one or read a login token), the token expired → {@link Reply.Kind#UNAUTHORIZED}
 *       (the sender logs in again once); otherwise the static token is wrong → rejected. {@code read} does not
 *       receive the account, so this is the client's only state; it only ever moves towards "logged in", whose
 *       cost when wrong is one extra attempt.</li>
 *   <li><b>Tracking.</b> {@code GET /v1/broadcast/leads/{listId}} per accepted list: it lists every lead with
 *       {@code dial_status}, {@code call_count}, {@code retry_count}, including leads not dialled yet, so it tells
 *       when the broadcast is complete ({@link SmartfloTracking}). {@code /v1/call/records} is not used: it needs a
 *       date range and only lists calls made.</li>
 * </ul>
 * Only Smartflo's own short {@code message} is quoted in replies, never a body or a secret.
 */
public final class SmartfloClient implements ProviderClient {

    public static final String LOGIN_PATH = "/v1/auth/login";
    public static final String LISTS_PATH = "/v1/broadcast/lists";
    public static final String LEADS_PATH = "/v1/broadcast/leads/";
    public static final List<String> TOKEN_FIELDS = List.of("access_token", "token", "data.access_token",
            "data.token");
    public static final List<String> LIST_ID_FIELDS = List.of("list_id", "listId", "id", "data.list_id",
            "data.listId", "data.id", "data");
    public static final List<String> BATCH_ID_FIELDS = List.of("batch_id", "batchId", "id", "data.batch_id",
            "data.batchId", "data.id", "data");
    public static final List<String> TIME_GROUP_ID_FIELDS = List.of("time_group_id", "timegroup_id", "timeGroupId",
            "id", "data.time_group_id", "data.timegroup_id", "data.id", "data");
    public static final List<String> BROADCAST_ID_FIELDS = List.of("broadcast_id", "broadcastId", "id",
            "data.broadcast_id", "data.broadcastId", "data.id", "data");
    /** The longest Smartflo message quoted in a reply. */
    static final int MAX_QUOTE = 160;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether this client has planned or read a login: a later 401 then means an expired token. */
    private final AtomicBoolean servedLogin = new AtomicBoolean();

    /** What a request does, from its method and path. */
    enum Step {
        LOGIN, LIST, LEADS, TIME_GROUP, BROADCAST, READ, OTHER;

        static Step of(PlannedRequest request) {
            String url = request.url() == null ? "" : request.url();
            int query = url.indexOf('?');
            String path = query < 0 ? url : url.substring(0, query);
            if (!"POST".equalsIgnoreCase(request.method())) {
                return "GET".equalsIgnoreCase(request.method()) ? READ : OTHER;
            }
            if (path.endsWith(LOGIN_PATH)) {
                return LOGIN;
            }
            if (path.endsWith("/v1/broadcast/list")) {
                return LIST;
            }
            if (path.contains(LEADS_PATH)) {
                return LEADS;
            }
            if (path.endsWith("/v1/timegroup")) {
                return TIME_GROUP;
            }
            return path.endsWith("/v1/broadcast") ? BROADCAST : OTHER;
        }
    }

    public SmartfloClient() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.SMARTFLO;
    }

    /** {@code {"email", "password"}} when the account's login holds an e-mail, else {@code {"token"}}. */
    @Override
    public Map<String, String> credentials(Account account, String secret) {
        String value = secret == null ? "" : secret;
        if (logsIn(account)) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("email", account.login().trim());
            values.put("password", value);
            return values;
        }
        return Map.of("token", value);
    }

    /**
     * {@code POST {base}/v1/auth/login} with {@code {"email": "{{secret:email}}", "password":
     * "{{secret:password}}"}} when the account logs in with an e-mail; empty with a static token.
     */
    @Override
    public List<PlannedRequest> login(Account account, String baseUrl) {
        if (!logsIn(account)) {
            return List.of();
        }
        servedLogin.set(true);
        return List.of(loginRequest(baseUrl));
    }

    /** The login and reads: yes. List, leads, time group and broadcast creation: no. */
    @Override
    public boolean isRepeatable(PlannedRequest request) {
        Step step = Step.of(request);
        return step == Step.LOGIN || step == Step.READ;
    }

    @Override
    public Reply read(PlannedRequest request, int status, byte[] body) {
        Step step = Step.of(request);
        JsonNode root = parse(body);
        String said = said(root.path("message").asText(""));
        if (status == 401) {
            return unauthorized(step, said);
        }
        ObjectNode safe = JSON.createObjectNode();
        if (root.has("success")) {
            safe.set("success", root.get("success"));
        }
        safe.put("message", quote(root.path("message").asText("")));
        Optional<Finding> failure = SmartfloErrors.explain(request.step(), status, safe.toString());
        if (failure.isPresent()) {
            return Reply.rejected(status >= 400 ? String.valueOf(status) : "success:false",
                    failure.get().english(), failure.get().spanish());
        }
        if (status < 200 || status >= 300) {
            return Reply.rejected(String.valueOf(status),
                    "Smartflo answered HTTP " + status + " instead of a result. Check the account's base URL." + said,
                    "Smartflo respondió HTTP " + status + " en lugar de un resultado. Revise la URL base de la cuenta." + said);
        }
        switch (step) {
            case LOGIN:
                return first(root, TOKEN_FIELDS).map(token -> {
                    servedLogin.set(true);
                    return Reply.token(Map.of("token", token));
                }).orElseGet(() -> Reply.rejected("smartflo.no_token",
                        "Smartflo answered the login without a token. Check the account's base URL, or use a static API token." + said,
                        "Smartflo respondió al inicio de sesión sin token. Revise la URL base de la cuenta, o use un token de API estático." + said));
            case LIST:
                return required(root, LIST_ID_FIELDS, "listId", said, "lead list", "lista de contactos");
            case TIME_GROUP:
                return required(root, TIME_GROUP_ID_FIELDS, "timeGroupId", said, "time group", "grupo horario");
            case LEADS:
                return Reply.accepted(first(root, BATCH_ID_FIELDS).<Map<String, Object>>map(id -> Map.of("batchId", id))
                        .orElse(Map.of()));
            case BROADCAST:
                Map<String, Object> ids = new LinkedHashMap<>();
                first(root, BROADCAST_ID_FIELDS).ifPresent(id -> ids.put("broadcastId", id));
                String message = quote(root.path("message").asText(""));
                if (!message.isEmpty()) {
                    ids.put("message", message);
                }
                return Reply.accepted(ids);
            default:
                return Reply.accepted(Map.of());
        }
    }

    /** The ids later steps need ({@code {listId}}, {@code {timeGroupId}}) and what tracking reads. */
    @Override
    public Optional<String> createdIdName(PlannedRequest request) {
        switch (Step.of(request)) {
            case LIST:
                return Optional.of("listId");
            case TIME_GROUP:
                return Optional.of("timeGroupId");
            case LEADS:
                return Optional.of("batchId");
            case BROADCAST:
                return Optional.of("broadcastId");
            default:
                return Optional.empty();
        }
    }

    /**
     * A lead list whose answer was lost is found by its name in {@code GET /v1/broadcast/lists}. Time groups and
     * broadcasts have no documented listing: their ids are asked of the user.
     */
    @Override
    public Optional<PlannedRequest> lookupRequest(PlannedRequest created, String baseUrl) {
        if (Step.of(created) != Step.LIST) {
            return Optional.empty();
        }
        return Optional.of(new PlannedRequest("broadcast/lists", "GET", base(baseUrl) + LISTS_PATH, readHeaders(),
                null, RequestBody.EMPTY, 0));
    }

    /** The id of the one list named as the lost request named it; none when no list, or several, have that name. */
    @Override
    public Optional<String> readLookup(PlannedRequest created, byte[] body) {
        String name = bodyField(created, "name");
        if (name == null) {
            return Optional.empty();
        }
        JsonNode root = parse(body);
        JsonNode data = root.path("data").isArray() ? root.path("data") : root;
        List<String> found = new java.util.ArrayList<>();
        if (data.isArray()) {
            for (JsonNode list : data) {
                if (name.equals(list.path("name").asText(null))) {
                    first(list, List.of("id", "list_id", "listId")).ifPresent(found::add);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String bodyField(PlannedRequest request, String field) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            request.body().writeTo(bytes);
            JsonNode node = JSON.readTree(bytes.toByteArray()).path(field);
            return node.isTextual() ? node.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The login request when the account logs in with an e-mail (it proves the e-mail and password), else
     * {@code GET {base}/v1/broadcast/lists}, a harmless read that proves the static token.
     */
    @Override
    public Optional<PlannedRequest> connectionTest(Account account, String baseUrl) {
        if (logsIn(account)) {
            return Optional.of(loginRequest(baseUrl));
        }
        return Optional.of(new PlannedRequest("broadcast/lists", "GET", base(baseUrl) + LISTS_PATH, readHeaders(),
                null, RequestBody.EMPTY, 0));
    }

    /** {@code GET {base}/v1/broadcast/leads/{listId}} once per distinct accepted {@code listId}. */
    @Override
    public List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds) {
        Set<String> lists = new LinkedHashSet<>();
        for (Map<String, Object> ids : acceptedIds) {
            Object listId = ids == null ? null : ids.get("listId");
            if (listId != null && !listId.toString().isBlank()) {
                lists.add(listId.toString().trim());
            }
        }
        List<PlannedRequest> requests = new ArrayList<>();
        for (String listId : lists) {
            requests.add(new PlannedRequest("broadcast/leads " + listId, "GET",
                    base(baseUrl) + LEADS_PATH + URLEncoder.encode(listId, StandardCharsets.UTF_8), readHeaders(),
                    null, RequestBody.EMPTY, 0));
        }
        return requests;
    }

    @Override
    public Tracking readTracking(List<byte[]> bodies) {
        return SmartfloTracking.read(bodies);
    }

    /** Smartflo's {@code AccountService.secretName}: a login means e-mail + password. */
    static boolean logsIn(Account account) {
        return account.login() != null && !account.login().isBlank();
    }

    private PlannedRequest loginRequest(String baseUrl) {
        ObjectNode body = JSON.createObjectNode();
        body.put("email", Secrets.placeholder("email"));
        body.put("password", Secrets.placeholder("password"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("Content-Type", "application/json");
        return new PlannedRequest("auth/login", "POST", base(baseUrl) + LOGIN_PATH, headers, "application/json",
                RequestBody.of(body.toString()), 0);
    }

    private static Map<String, String> readHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Secrets.placeholder("token"));
        headers.put("accept", "application/json");
        return headers;
    }

    private Reply unauthorized(Step step, String said) {
        if (step == Step.LOGIN) {
            return Reply.rejected("401",
                    "Smartflo did not accept the e-mail and password. Check them in the account settings (the password is the one of Smartflo's portal)." + said,
                    "Smartflo no aceptó el correo y la contraseña. Revíselos en la configuración de la cuenta (la contraseña es la del portal de Smartflo)." + said);
        }
        if (servedLogin.get()) {
            return Reply.unauthorized(
                    "Smartflo no longer accepts the login token (it lasts one hour). Vocero logs in again once and repeats this step; nothing was created. If the account uses a static API token, check it." + said,
                    "Smartflo ya no acepta el token de inicio de sesión (dura una hora). Vocero inicia sesión de nuevo una vez y repite este paso; no se creó nada. Si la cuenta usa un token de API estático, revíselo." + said);
        }
        return Reply.rejected("401",
                "Smartflo did not accept the API token. Check the API token in the account settings, or copy a new one from Smartflo's portal." + said,
                "Smartflo no aceptó el token de API. Revise el token de API en la configuración de la cuenta, o copie uno nuevo del portal de Smartflo." + said);
    }

    private static Reply required(JsonNode root, List<String> fields, String name, String said, String english,
                                  String spanish) {
        return first(root, fields).map(id -> Reply.accepted(Map.of(name, id))).orElseGet(() -> Reply.rejected(
                "smartflo.no_id",
                "Smartflo created the " + english + " but its answer has no id, so the next steps cannot run. Look for it in Smartflo's portal and report this answer's shape to Vocero's support." + said,
                "Smartflo creó el " + spanish + " pero su respuesta no trae id, así que los pasos siguientes no pueden seguir. Búsquelo en el portal de Smartflo y reporte la forma de esta respuesta al soporte de Vocero." + said));
    }

    /** The first non-blank scalar among the dotted paths, as text (integral numbers without a decimal part). */
    static Optional<String> first(JsonNode root, List<String> paths) {
        for (String path : paths) {
            JsonNode node = root;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            if (node.isValueNode() && !node.isNull() && !node.isBoolean() && !node.asText().isBlank()) {
                return Optional.of(node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText().trim());
            }
        }
        return Optional.empty();
    }

    /** A provider message fit to quote: one line, at most {@value #MAX_QUOTE} characters. */
    static String quote(String message) {
        String clean = message == null ? "" : message.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "").trim();
        return clean.length() > MAX_QUOTE ? clean.substring(0, MAX_QUOTE - 1) + "…" : clean;
    }

    private static String said(String message) {
        String quoted = quote(message);
        return quoted.isEmpty() ? "" : " Smartflo: \"" + quoted + "\"";
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : JSON.readTree(body);
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String base(String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? SmartfloPlan.BASE_URL : baseUrl.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
