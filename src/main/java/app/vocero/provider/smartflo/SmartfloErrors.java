package app.vocero.provider.smartflo;

import app.vocero.domain.campaign.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;

/**
 * What Smartflo's error answers mean and what to do, in English and Spanish, for the HTTP client. The document
 * only says an answer has {@code success} (false on failure) and a {@code message}; the statuses below are the
 * usual ones of its API (a login token lasts one hour, NOTES.md). Smartflo's own message is always quoted.
 */
public final class SmartfloErrors {

    /** One explained status. */
    public record Entry(String code, String english, String spanish) {
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Integer, Entry> STATUSES = Map.of(
            400, new Entry("smartflo.http_400",
                    "Smartflo rejected the data of this step. Read its message, correct the draft's options (destination, caller id, time group…) and send again.",
                    "Smartflo rechazó los datos de este paso. Lea su mensaje, corrija las opciones del borrador (destino, identificador de llamada, grupo horario…) y envíe de nuevo."),
            401, new Entry("smartflo.http_401",
                    "Smartflo did not accept the token: it may have expired (a login token lasts one hour). Log in again or paste a new API token in the account settings.",
                    "Smartflo no aceptó el token: puede haber vencido (un token de inicio de sesión dura una hora). Inicie sesión de nuevo o pegue un token de API nuevo en la configuración de la cuenta."),
            403, new Entry("smartflo.http_403",
                    "Smartflo refused the request: this user may not create broadcasts. Ask your Smartflo administrator for the broadcast permission.",
                    "Smartflo rechazó la solicitud: este usuario no puede crear difusiones. Pida a su administrador de Smartflo el permiso de difusiones."),
            404, new Entry("smartflo.http_404",
                    "Smartflo did not find what this step refers to (lead list, time group or IVR). Check the ids in the draft's options and the account's base URL.",
                    "Smartflo no encontró lo que usa este paso (lista de contactos, grupo horario o IVR). Revise los ids en las opciones del borrador y la URL base de la cuenta."),
            422, new Entry("smartflo.http_422",
                    "Smartflo could not process the data of this step. Read its message and correct the draft.",
                    "Smartflo no pudo procesar los datos de este paso. Lea su mensaje y corrija el borrador."),
            429, new Entry("smartflo.http_429",
                    "Too many requests to Smartflo. Wait a minute and send again.",
                    "Demasiadas solicitudes a Smartflo. Espere un minuto y envíe de nuevo."));

    private SmartfloErrors() {
    }

    public static Optional<Entry> forStatus(int httpStatus) {
        return Optional.ofNullable(STATUSES.get(httpStatus));
    }

    /**
     * A finding for one failed step: an error status, or a 2xx answer with {@code "success": false}. Returns
     * empty for a successful answer.
     *
     * @param step the {@code PlannedRequest.step()} that failed ({@code broadcast/leads 2/5})
     */
    public static Optional<Finding> explain(String step, int httpStatus, String body) {
        JsonNode root = parse(body);
        JsonNode success = root.path("success");
        boolean failed = httpStatus >= 400 || (success.isBoolean() && !success.asBoolean())
                || "false".equalsIgnoreCase(success.asText());
        if (!failed) {
            return Optional.empty();
        }
        Entry entry = forStatus(httpStatus).orElseGet(() -> generic(httpStatus));
        String message = root.path("message").asText("");
        String said = message.isBlank() ? "" : " Smartflo: \"" + message + "\"";
        String where = step == null ? "" : " [" + step + "]";
        return Optional.of(Finding.error(entry.code(), step == null ? "" : step,
                entry.english() + said + where, entry.spanish() + said + where));
    }

    private static Entry generic(int httpStatus) {
        if (httpStatus >= 500) {
            return new Entry("smartflo.http_" + httpStatus,
                    "Smartflo is failing (HTTP " + httpStatus + "). Wait a few minutes and send again; lists and leads already created stay in Smartflo.",
                    "Smartflo está fallando (HTTP " + httpStatus + "). Espere unos minutos y envíe de nuevo; las listas y contactos ya creados siguen en Smartflo.");
        }
        if (httpStatus < 400) {
            return new Entry("smartflo.failed",
                    "Smartflo answered that this step failed. Read its message and correct the draft.",
                    "Smartflo respondió que este paso falló. Lea su mensaje y corrija el borrador.");
        }
        return new Entry("smartflo.http_" + httpStatus,
                "Smartflo answered with an error (HTTP " + httpStatus + "). Read its message and correct the draft or the account.",
                "Smartflo respondió con un error (HTTP " + httpStatus + "). Lea su mensaje y corrija el borrador o la cuenta.");
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
