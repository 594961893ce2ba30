package app.vocero.provider.saem;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saem's answers as {@link Reply}s: {@code /send/massive[/parquet]} and {@code /audio/generate}, and the errors of
 * {@link SaemErrors}. Pure: the sender sends and hands over status and body.
 *
 * <p><b>No harmless call.</b> Saem's document has no read or "who am I" endpoint: every call creates an audio or a
 * campaign (and spends credits). {@link #connectionTest} is therefore empty and the sender must tell the user that
 * a Saem key can only be proven by sending a campaign; nothing is pretended.
 *
 * <p><b>No tracking.</b> Saem publishes no endpoint to follow calls: {@link #trackingRequests} is empty and
 * {@link #noTrackingReason()} says so. The {@code sends}/{@code summary} Saem returned on creation are kept in the
 * ids.
 *
 * <p><b>Readings of what the document leaves open</b>, each in one place:
 * <ul>
 *   <li>Answers may carry their fields at the top level or inside a {@code data} object ({@link #ENVELOPE}).</li>
 *   <li>The campaign creation answer has no documented campaign id: the first of {@link #CAMPAIGN_ID_FIELDS} found
 *       is kept as {@code campaignId} (text, or a list of texts when Saem returns one per window).</li>
 *   <li>The {@code /audio/generate} answer has no documented shape: the first of {@link #AUDIO_ID_FIELDS} found is
 *       kept as {@code audioId}, which fills the campaign's {@value SaemCampaign#GENERATED_AUDIO_ID} placeholder.
 *       A 2xx answer without any of them is REJECTED with code {@value #AUDIO_ID_MISSING} (the audio exists, its id
 *       is unknown: the user takes it from Saem's Resources module).</li>
 *   <li>Error bodies have no documented shape: the code is the first documented {@link SaemErrors} code found in
 *       the fields {@link #ERROR_CODE_FIELDS} (top level, then inside an {@code error} object), each taken as text
 *       that is or contains the code; a body that is not JSON is searched as text.</li>
 *   <li>The authentication codes are REJECTED, never UNAUTHORIZED: Saem keys do not expire, renewing cannot help.</li>
 * </ul>
 */
public final class SaemClient implements ProviderClient {

    /** Where the answer's fields may be wrapped. */
    public static final String ENVELOPE = "data";
    /** Campaign id fields accepted in a {@code /send/massive} answer, in this order. */
    public static final List<String> CAMPAIGN_ID_FIELDS = List.of("id", "campaignId", "campaign_id");
    /** Audio id fields accepted in an {@code /audio/generate} answer, in this order. */
    public static final List<String> AUDIO_ID_FIELDS = List.of("audioId", "id", "audio_id", "resourceId");
    /** Fields of an error body searched for a documented code, in this order. */
    public static final List<String> ERROR_CODE_FIELDS = List.of("code", "error", "errorCode", "message");
    /** The code of a 2xx {@code /audio/generate} answer that does not say the new audio's id. */
    public static final String AUDIO_ID_MISSING = "AUDIO_ID_MISSING";
    /** The longest piece of Saem's own text quoted in a message. */
    static final int QUOTE_LIMIT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KNOWN_CODE = Pattern.compile(
            "AUTH\\.TOKEN_MISSING|API_KEY_NOT_FOUND|USER_NOT_FOUND|USER_INACTIVE|CALLB_AUD_\\d{3}|CALLB_\\d{3}",
            Pattern.CASE_INSENSITIVE);

    public SaemClient() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.SAEM;
    }

    /** {@code {"apiKey": secret}}, the {@code x-auth} header's value. */
    @Override
    public Map<String, String> credentials(Account account, String secret) {
        return Map.of(SaemPayloads.API_KEY, secret);
    }

    /**
     * Nothing Saem documents can be repeated: campaigns are created twice, and a repeated {@code /audio/generate}
     * fails with {@code CALLB_AUD_002} (when the sender resumes after an unknown audio step, the user decides).
     */
    @Override
    public boolean isRepeatable(PlannedRequest request) {
        return "GET".equalsIgnoreCase(request.method());
    }

    /** A generated audio's id fills the campaign's {@code {audioId}}; a campaign's id is only for the history. */
    @Override
    public Optional<String> createdIdName(PlannedRequest request) {
        if ("GET".equalsIgnoreCase(request.method())) {
            return Optional.empty();
        }
        return Optional.of(isAudioGenerate(request) ? "audioId" : "campaignId");
    }

    @Override
    public Reply read(PlannedRequest request, int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode root = parse(text);
        if (status >= 200 && status < 300) {
            return isAudioGenerate(request) ? audioGenerated(request, root) : campaignCreated(root);
        }
        return error(status, text, root);
    }

    /** Empty: Saem's API has no harmless call (see the class comment). */
    @Override
    public Optional<PlannedRequest> connectionTest(Account account, String baseUrl) {
        return Optional.empty();
    }

    @Override
    public List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds) {
        return List.of();
    }

    @Override
    public Optional<String[]> noTrackingReason() {
        return Optional.of(new String[] {
            "Saem's API offers no way to follow calls: see the results in Saem's web platform. The summary Saem "
                    + "returned when the campaign was created (calls per operator, records, credits, seconds) is kept.",
            "La API de Saem no ofrece forma de seguir las llamadas: vea los resultados en la plataforma web de Saem. "
                    + "Se conserva el resumen que Saem devolvió al crear la campaña (llamadas por operador, registros, "
                    + "créditos, segundos)."});
    }

    static boolean isAudioGenerate(PlannedRequest request) {
        String step = request.step() == null ? "" : request.step();
        String url = request.url() == null ? "" : request.url();
        return step.startsWith("audio/generate") || url.endsWith(SaemPayloads.AUDIO_GENERATE);
    }

    private static Reply campaignCreated(JsonNode root) {
        JsonNode fields = envelope(root, "sends", "summary");
        Map<String, Object> ids = new LinkedHashMap<>();
        JsonNode sends = fields.path("sends");
        if (sends.isObject()) {
            ids.put("sends", plain(sends));
        }
        JsonNode summary = fields.path("summary");
        if (summary.isObject()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String name : List.of("total_records", "total_credits", "seconds_aprox")) {
                if (summary.has(name) && !summary.get(name).isNull()) {
                    kept.put(name, plain(summary.get(name)));
                }
            }
            ids.put("summary", kept);
        }
        for (String name : CAMPAIGN_ID_FIELDS) {
            JsonNode id = fields.path(name);
            if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
                ids.put("campaignId", id.asText());
                break;
            }
            if (id.isArray() && id.size() > 0) {
                ids.put("campaignId", plain(id));
                break;
            }
        }
        return Reply.accepted(ids);
    }

    private static Reply audioGenerated(PlannedRequest request, JsonNode root) {
        JsonNode fields = envelope(root, AUDIO_ID_FIELDS.toArray(new String[0]));
        for (String name : AUDIO_ID_FIELDS) {
            JsonNode id = fields.path(name);
            if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
                return Reply.accepted(Map.of("audioId", id.asText().trim()));
            }
        }
        String resource = resourceName(request).map(name -> " \"" + name + "\"").orElse("");
        return Reply.rejected(AUDIO_ID_MISSING,
                "Saem created the audio" + resource + " but its answer did not say the audio's ID, so the campaign "
                        + "was not sent. Copy the audio's ID from the Resources module of Saem's web platform into "
                        + "the draft's audioId (without generating it again) and send again.",
                "Saem creó el audio" + resource + " pero su respuesta no indicó el ID del audio, así que la campaña "
                        + "no se envió. Copie el ID del audio desde el módulo Recursos de la plataforma web de Saem "
                        + "en el audioId del borrador (sin generarlo de nuevo) y vuelva a enviar.");
    }

    private static Reply error(int status, String text, JsonNode root) {
        Optional<String> code = documentedCode(text, root);
        if (code.isPresent()) {
            SaemErrors.SaemError known = SaemErrors.forCode(code.get()).orElseThrow();
            return Reply.rejected(known.code(), known.english(), known.spanish());
        }
        String own = ownCode(root).orElse(String.valueOf(status));
        String quote = ownMessage(root).map(m -> " Saem: \"" + m + "\"").orElse("");
        if (status >= 500) {
            return Reply.rejected(own,
                    "Saem had an internal error (HTTP " + status + ")." + quote + " Check in Saem's web platform "
                            + "that the campaign was not created before sending it again.",
                    "Saem tuvo un error interno (HTTP " + status + ")." + quote + " Verifique en la plataforma web "
                            + "de Saem que la campaña no se haya creado antes de enviarla de nuevo.");
        }
        return Reply.rejected(own,
                "Saem refused the request (HTTP " + status + ")." + quote + " Check the draft and the account's API "
                        + "key, then send again.",
                "Saem rechazó la solicitud (HTTP " + status + ")." + quote + " Revise el borrador y la clave de API "
                        + "de la cuenta y vuelva a enviar.");
    }

    /** The first documented code in {@link #ERROR_CODE_FIELDS}, at the top level then in {@code error}. */
    static Optional<String> documentedCode(String text, JsonNode root) {
        if (root == null || !root.isContainerNode()) {
            return find(text);
        }
        for (JsonNode node : List.of(root, root.path("error"))) {
            for (String name : ERROR_CODE_FIELDS) {
                JsonNode value = node.path(name);
                if (value.isValueNode()) {
                    Optional<String> code = find(value.asText());
                    if (code.isPresent()) {
                        return code;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = KNOWN_CODE.matcher(text);
        while (matcher.find()) {
            Optional<SaemErrors.SaemError> known = SaemErrors.forCode(matcher.group());
            if (known.isPresent()) {
                return Optional.of(known.get().code());
            }
        }
        return Optional.empty();
    }

    /** An undocumented code Saem sent in {@code code}/{@code errorCode}, kept as the reply's code. */
    private static Optional<String> ownCode(JsonNode root) {
        if (root == null) {
            return Optional.empty();
        }
        for (JsonNode node : List.of(root, root.path("error"))) {
            for (String name : List.of("code", "errorCode")) {
                JsonNode value = node.path(name);
                if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                    return Optional.of(shorten(value.asText(), 64));
                }
            }
        }
        return Optional.empty();
    }

    /** Saem's own short message ({@code message}, else a textual {@code error}), never the whole body. */
    private static Optional<String> ownMessage(JsonNode root) {
        if (root == null) {
            return Optional.empty();
        }
        for (JsonNode value : List.of(root.path("message"), root.path("error").path("message"), root.path("error"))) {
            if (value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(shorten(value.asText(), QUOTE_LIMIT));
            }
        }
        return Optional.empty();
    }

    static String shorten(String text, int limit) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").trim();
        return line.length() <= limit ? line : line.substring(0, limit - 1).trim() + "…";
    }

    private static Optional<String> resourceName(PlannedRequest request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            request.body().writeTo(out);
            JsonNode name = JSON.readTree(out.toByteArray()).path("resource_name");
            return name.isTextual() ? Optional.of(shorten(name.asText(), 80)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The node holding the fields: the root, or its {@code data} object when the root has none of them. */
    private static JsonNode envelope(JsonNode root, String... names) {
        if (root == null || !root.isObject()) {
            return JSON.createObjectNode();
        }
        for (String name : names) {
            if (root.has(name)) {
                return root;
            }
        }
        JsonNode data = root.path(ENVELOPE);
        return data.isObject() ? data : root;
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

    /** A JSON value as plain Java: maps keep their order (and Saem's {@code "null"} key), numbers stay numbers. */
    static Object plain(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }
}
