package app.vocero.provider.routee;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routee's answers as {@link Reply}s, its connection test and its tracking. Pure: the sender sends.
 *
 * <ul>
 *   <li>The token request ({@code Basic {{secret:basicCredentials}}}) is repeatable; its 200 gives
 *       {@link Reply#token} with {@code accessToken} — a secret, never an id. Its 401 (and 400/403, which OAuth
 *       servers also use for bad client credentials) is REJECTED: the application id or secret is wrong, a new
 *       token cannot help.</li>
 *   <li>A campaign's 401 is {@link Reply#unauthorized}: the sender renews the token once and sends again; the
 *       message (from {@link RouteeErrors}) is the one shown if that fails too.</li>
 *   <li>Other errors: Routee's {@code {code, developerMessage}} at the top level or as the first of an
 *       {@code errors} array; the reply's code is Routee's code, else the HTTP status.</li>
 *   <li>Connection test: the token request itself, to the account's {@link Account#authUrl()}.</li>
 *   <li>Tracking: {@code GET {base}/voice/tracking/campaign/{trackingId}?page=0&size=1000}, ONE page per campaign:
 *       Vocero's Routee campaigns carry at most {@value RouteePayloads#MAX_RECIPIENTS} recipients, so one page of
 *       1,000 holds every message. A page that says more follow ({@code last: false}, or {@code totalPages} above
 *       one) makes the tracking incomplete rather than guessed.</li>
 * </ul>
 */
public final class RouteeClient implements ProviderClient {

    /** Messages per tracking page: the most recipients one Vocero campaign has. */
    public static final int TRACKING_PAGE_SIZE = RouteePayloads.MAX_RECIPIENTS;
    /** Routee's message statuses, in lifecycle order (NOTES.md). */
    public static final List<String> STATUSES = List.of("Queued", "Initiated", "Ringing", "InProgress", "Completed",
            "Busy", "NoAnswer", "Failed", "Unsent", "Terminated", "Unknown");
    /** The statuses a message does not leave. */
    public static final Set<String> FINAL_STATUSES = Set.of("Completed", "Busy", "NoAnswer", "Failed", "Unsent",
            "Terminated", "Unknown");
    /** What a campaign answer keeps as ids, when present ({@code to} and {@code contacts} are not kept). */
    public static final List<String> CAMPAIGN_FIELDS = List.of("trackingId", "state", "campaignName", "cost",
            "createdAt", "scheduledDate", "type", "statuses");
    static final int QUOTE_LIMIT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    public RouteeClient() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.ROUTEE;
    }

    /** {@code basicCredentials} = Base64 of {@code applicationId:applicationSecret}, the id being the login. */
    @Override
    public Map<String, String> credentials(Account account, String secret) {
        String pair = (account.login() == null ? "" : account.login()) + ":" + secret;
        return Map.of(RouteePlan.BASIC_SECRET,
                Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** The token request and tracking reads are repeatable; a campaign request never is. */
    @Override
    public boolean isRepeatable(PlannedRequest request) {
        return isTokenRequest(request) || "GET".equalsIgnoreCase(request.method());
    }

    /** The campaign's {@code trackingId}: what tracking reads, and what Routee's console shows. */
    @Override
    public Optional<String> createdIdName(PlannedRequest request) {
        return isRepeatable(request) ? Optional.empty() : Optional.of("trackingId");
    }

    @Override
    public Reply read(PlannedRequest request, int status, byte[] body) {
        JsonNode root = parse(body);
        boolean token = isTokenRequest(request);
        if (status >= 200 && status < 300) {
            return token ? tokenReceived(root) : campaignAccepted(root);
        }
        if (token && (status == 400 || status == 401 || status == 403)) {
            return Reply.rejected(String.valueOf(status),
                    "Routee did not accept the application id and secret" + quote(root) + ". Copy both again from "
                            + "Routee's console (Applications) into the account settings.",
                    "Routee no aceptó el id y el secreto de la aplicación" + quote(root) + ". Copie ambos de nuevo "
                            + "desde la consola de Routee (Applications) en la configuración de la cuenta.");
        }
        if (status == 401) {
            app.vocero.provider.StatusAdvice.Entry entry = RouteeErrors.describe(401);
            return Reply.unauthorized(entry.english(), entry.spanish());
        }
        app.vocero.provider.StatusAdvice.Entry entry = RouteeErrors.describe(status);
        String quote = quote(root);
        return Reply.rejected(routeeCode(root).orElse(String.valueOf(status)), entry.english() + quote,
                entry.spanish() + quote);
    }

    /** The token request to the account's auth URL (Routee's own when the account has none). */
    @Override
    public Optional<PlannedRequest> connectionTest(Account account, String baseUrl) {
        String url = account.authUrl() == null || account.authUrl().isBlank() ? RouteePlan.TOKEN_URL
                : account.authUrl().trim();
        return Optional.of(tokenRequest(url));
    }

    /** Tracking needs a token: the same request the plan starts with. */
    @Override
    public List<PlannedRequest> tokenRequests(Account account, String baseUrl) {
        return List.of(connectionTest(account, baseUrl).orElseThrow());
    }

    /** The token request, as {@link RouteePlan} plans it, to this URL. */
    static PlannedRequest tokenRequest(String url) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Basic " + Secrets.placeholder(RouteePlan.BASIC_SECRET));
        return new PlannedRequest("oauth/token", "POST", url, headers, "application/x-www-form-urlencoded",
                RequestBody.of(RouteePayloads.TOKEN_FORM), 0);
    }

    @Override
    public List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds) {
        List<String> trackingIds = new ArrayList<>();
        for (Map<String, Object> ids : acceptedIds) {
            Object id = ids == null ? null : ids.get("trackingId");
            if (id != null && !id.toString().isBlank() && !trackingIds.contains(id.toString().trim())) {
                trackingIds.add(id.toString().trim());
            }
        }
        String base = trim(baseUrl);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + Secrets.placeholder(RouteePlan.TOKEN_SECRET));
        List<PlannedRequest> requests = new ArrayList<>();
        for (int i = 0; i < trackingIds.size(); i++) {
            requests.add(new PlannedRequest("voice/tracking " + (i + 1) + "/" + trackingIds.size(), "GET",
                    base + "/voice/tracking/campaign/" + URLEncoder.encode(trackingIds.get(i), StandardCharsets.UTF_8)
                            + "?page=0&size=" + TRACKING_PAGE_SIZE,
                    headers, null, RequestBody.EMPTY, 0));
        }
        return requests;
    }

    /**
     * Counts per status (every Routee status, zero included, then any undocumented one as Routee spells it) and each
     * number's status with {@code duration 35 s, price 0.02}. Complete when there is at least one message, every
     * one is final and no page says more follow. A body that is not a page of messages makes it incomplete.
     */
    @Override
    public Tracking readTracking(List<byte[]> bodies) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        Map<String, String[]> outcomes = new LinkedHashMap<>();
        boolean complete = !bodies.isEmpty();
        long messages = 0;
        for (byte[] body : bodies) {
            JsonNode root = parse(body);
            JsonNode items = root == null ? null : root.isArray() ? root : root.path("content");
            if (items == null || !items.isArray()) {
                complete = false;
                continue;
            }
            if (root.isObject() && (root.path("last").isBoolean() && !root.path("last").asBoolean()
                    || root.path("totalPages").asInt(1) > 1)) {
                complete = false;
            }
            for (JsonNode message : items) {
                String status = text(message.path("status")).orElse("Unknown");
                counts.merge(status, 1L, Long::sum);
                messages++;
                complete &= FINAL_STATUSES.contains(status);
                Optional<String> phone = text(message.path("to"));
                phone.ifPresent(number -> outcomes.put(number, new String[] {status, detail(message)}));
            }
        }
        return new Tracking(counts, outcomes, complete && messages > 0);
    }

    private static String detail(JsonNode message) {
        List<String> parts = new ArrayList<>();
        JsonNode duration = message.path("duration");
        if (duration.isNumber() || duration.isTextual() && !duration.asText().isBlank()) {
            parts.add("duration " + duration.asText() + " s");
        }
        text(message.path("price")).ifPresent(price -> parts.add("price " + price));
        JsonNode tones = message.path("collectedDtmfTones");
        if (tones.isArray() && tones.size() > 0 || tones.isTextual() && !tones.asText().isBlank()) {
            StringBuilder digits = new StringBuilder();
            if (tones.isArray()) {
                tones.forEach(tone -> digits.append(tone.asText()));
            } else {
                digits.append(tones.asText());
            }
            parts.add("DTMF " + shorten(digits.toString(), 40));
        }
        return String.join(", ", parts);
    }

    static boolean isTokenRequest(PlannedRequest request) {
        String authorization = request.headers().getOrDefault("Authorization", "");
        return "oauth/token".equals(request.step()) || authorization.startsWith("Basic ");
    }

    private static Reply tokenReceived(JsonNode root) {
        Optional<String> token = root == null ? Optional.empty() : text(root.path("access_token"));
        if (token.isEmpty()) {
            return Reply.rejected("TOKEN_MISSING",
                    "Routee answered the token request without an access token: check the account's auth URL, then "
                            + "try again.",
                    "Routee respondió a la solicitud de token sin un token de acceso: revise la URL de autenticación "
                            + "de la cuenta e intente de nuevo.");
        }
        return Reply.token(Map.of(RouteePlan.TOKEN_SECRET, token.get()));
    }

    private static Reply campaignAccepted(JsonNode root) {
        Map<String, Object> ids = new LinkedHashMap<>();
        if (root != null && root.isObject()) {
            for (String name : CAMPAIGN_FIELDS) {
                JsonNode value = root.path(name);
                if (!value.isMissingNode() && !value.isNull()) {
                    ids.put(name, value.isValueNode() ? value.isNumber() ? value.numberValue() : value.asText()
                            : JSON.convertValue(value, Object.class));
                }
            }
            JsonNode recipients = root.path("voiceAnalysis").path("numberOfRecipients");
            if (recipients.isNumber()) {
                ids.put("numberOfRecipients", recipients.numberValue());
            }
        }
        return Reply.accepted(ids);
    }

    /** Routee's own error node: the root, or the first of its {@code errors}. */
    private static JsonNode errorNode(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        if (root.has("developerMessage") || root.has("code") || !root.path("errors").isArray()) {
            return root;
        }
        return root.path("errors").path(0);
    }

    private static Optional<String> routeeCode(JsonNode root) {
        JsonNode error = errorNode(root);
        return error == null ? Optional.empty() : text(error.path("code")).map(code -> shorten(code, 64));
    }

    /** {@code  Routee: "code: message"} or the OAuth {@code error_description}, short; empty when there is none. */
    private static String quote(JsonNode root) {
        JsonNode error = errorNode(root);
        if (error == null) {
            return "";
        }
        Optional<String> message = text(error.path("developerMessage"))
                .or(() -> text(error.path("error_description")));
        if (message.isEmpty()) {
            return "";
        }
        String code = text(error.path("code")).map(c -> c + ": ").orElse("");
        return " (Routee: \"" + shorten(code + message.get(), QUOTE_LIMIT) + "\")";
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()
                ? Optional.of(node.asText().trim()) : Optional.empty();
    }

    static String shorten(String text, int limit) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").trim();
        return line.length() <= limit ? line : line.substring(0, limit - 1).trim() + "…";
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String trim(String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? RouteePlan.DEFAULT_BASE_URL : baseUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
