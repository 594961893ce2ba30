package app.vocero.provider.octopush;

import app.vocero.domain.campaign.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Octopush's error answers mean and what to do, in English and Spanish, for the HTTP client. The document
 * shows HTTP 400/401/403 and a 400 body {@code {"code": 400, "message": "Payload validation error.", "errors":
 * {"voice_language": {"code": 442, "message": "Voice language not supported."}}}}: per-field errors carry their
 * own code. Codes and fields not listed get a generic text with Octopush's own message.
 */
public final class OctopushErrors {

    /** One explained status or code. */
    public record Entry(String code, String english, String spanish) {
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Integer, Entry> STATUSES = Map.of(
            400, new Entry("octopush.http_400",
                    "Octopush rejected the campaign's data. Check the fields it names, correct the draft and send again.",
                    "Octopush rechazó los datos de la campaña. Revise los campos que indica, corrija el borrador y envíe de nuevo."),
            401, new Entry("octopush.http_401",
                    "Octopush did not accept the credentials. Check the API key and the API login (the account's e-mail) in the account settings.",
                    "Octopush no aceptó las credenciales. Revise la API key y el API login (el correo de la cuenta) en la configuración de la cuenta."),
            403, new Entry("octopush.http_403",
                    "Octopush refused the request. Turn on \"Voice SMS\" in the additional services of your Octopush account, or ask Octopush to enable it.",
                    "Octopush rechazó la solicitud. Active \"Voice SMS\" en los servicios adicionales de su cuenta Octopush, o pida a Octopush que lo habilite."));

    private static final Map<Integer, Entry> CODES = Map.of(
            442, new Entry("octopush.442",
                    "Octopush has no voice for this language. Choose one of its languages, e.g. \"es-LA\" for Latin-American Spanish.",
                    "Octopush no tiene voz para este idioma. Elija uno de sus idiomas, por ejemplo \"es-LA\" para español latinoamericano."));

    /** Advice per body field named under {@code errors}. */
    private static final Map<String, Entry> FIELDS = Map.ofEntries(
            Map.entry("text", new Entry("octopush.field.text",
                    "Octopush did not accept the text: it must have 1 to 1224 characters.",
                    "Octopush no aceptó el texto: debe tener de 1 a 1224 caracteres.")),
            Map.entry("recipients", new Entry("octopush.field.recipients",
                    "Octopush did not accept the recipients: check the numbers (international format, +57…) and send at most 500 per request.",
                    "Octopush no aceptó los destinatarios: revise los números (formato internacional, +57…) y envíe máximo 500 por solicitud.")),
            Map.entry("sender", new Entry("octopush.field.sender",
                    "Octopush did not accept the sender: use 3 to 11 letters or digits, and check that your account may set a sender.",
                    "Octopush no aceptó el remitente: use de 3 a 11 letras o números, y verifique que su cuenta puede definir remitente.")),
            Map.entry("send_at", new Entry("octopush.field.send_at",
                    "Octopush did not accept the start time: choose a future date and time.",
                    "Octopush no aceptó la hora de inicio: elija una fecha y hora futuras.")),
            Map.entry("purpose", new Entry("octopush.field.purpose",
                    "Octopush did not accept the purpose: use \"alert\" or \"wholesale\".",
                    "Octopush no aceptó el propósito: use \"alert\" o \"wholesale\".")),
            Map.entry("voice_gender", new Entry("octopush.field.voice_gender",
                    "Octopush did not accept the voice: use \"male\" or \"female\".",
                    "Octopush no aceptó la voz: use \"male\" o \"female\".")),
            Map.entry("voice_language", new Entry("octopush.field.voice_language",
                    "Octopush did not accept the voice language: use one of its languages, e.g. \"es-LA\".",
                    "Octopush no aceptó el idioma de la voz: use uno de sus idiomas, por ejemplo \"es-LA\".")),
            Map.entry("request_id", new Entry("octopush.field.request_id",
                    "Octopush did not accept the request id. Report this to Vocero's support.",
                    "Octopush no aceptó el identificador de la solicitud. Reporte esto al soporte de Vocero.")));

    private OctopushErrors() {
    }

    public static Optional<Entry> forStatus(int httpStatus) {
        return Optional.ofNullable(STATUSES.get(httpStatus));
    }

    public static Optional<Entry> forCode(int code) {
        return Optional.ofNullable(CODES.get(code));
    }

    public static Optional<Entry> forField(String field) {
        return Optional.ofNullable(FIELDS.get(field));
    }

    /**
     * Findings for one error answer: one per field error in the body (by its code, else by its field), else one
     * for the HTTP status. Octopush's own message is quoted at the end of each.
     */
    public static List<Finding> explain(int httpStatus, String body) {
        JsonNode root = parse(body);
        List<Finding> findings = new ArrayList<>();
        JsonNode errors = root.path("errors");
        for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> error = it.next();
            JsonNode code = error.getValue().path("code");
            Entry entry = (code.canConvertToInt() ? forCode(code.asInt()) : Optional.<Entry>empty())
                    .or(() -> forField(error.getKey()))
                    .orElseGet(() -> generic(httpStatus));
            findings.add(finding(entry, error.getKey(), error.getValue().path("message").asText("")));
        }
        if (findings.isEmpty()) {
            findings.add(finding(forStatus(httpStatus).orElseGet(() -> generic(httpStatus)), "",
                    root.path("message").asText("")));
        }
        return findings;
    }

    private static Entry generic(int httpStatus) {
        if (httpStatus == 429 || httpStatus >= 500) {
            return new Entry("octopush.http_" + httpStatus,
                    "Octopush is busy or failing (HTTP " + httpStatus + "). Wait a few minutes and send again: the same request id keeps it from being sent twice.",
                    "Octopush está ocupado o fallando (HTTP " + httpStatus + "). Espere unos minutos y envíe de nuevo: el mismo identificador de solicitud evita que se envíe dos veces.");
        }
        return new Entry("octopush.http_" + httpStatus,
                "Octopush answered with an error (HTTP " + httpStatus + "). Read its message below and correct the draft or the account.",
                "Octopush respondió con un error (HTTP " + httpStatus + "). Lea su mensaje abajo y corrija el borrador o la cuenta.");
    }

    private static Finding finding(Entry entry, String field, String providerMessage) {
        String said = providerMessage == null || providerMessage.isBlank() ? "" : " Octopush: \"" + providerMessage + "\"";
        return Finding.error(entry.code(), field, entry.english() + said, entry.spanish() + said);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
