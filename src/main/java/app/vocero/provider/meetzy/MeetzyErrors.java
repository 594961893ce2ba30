package app.vocero.provider.meetzy;

import app.vocero.provider.StatusAdvice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What Meetzy's error answers mean and what to do, in English and Spanish: the statuses of document 001 (400, 401,
 * 403, 500) and the rate limit of its public pages (429). {@link #detail(String)} reads Meetzy's own text from
 * either body shape it uses ({@code {"error": "..."}} or {@code {"success": false, "error": {"code", "message"}}}).
 */
public final class MeetzyErrors {


    private static final StatusAdvice TABLE = new StatusAdvice("Meetzy");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        add(400, "Meetzy rejected the data: the playbook id is missing, there are no contacts, or a contact has no valid "
                        + "phone. Check the draft's pre-flight and send again.",
                "Meetzy rechazó los datos: falta el id del playbook, no hay contactos o un contacto no tiene un teléfono "
                        + "válido. Revise la verificación del borrador y envíe de nuevo.");
        add(401, "Meetzy did not accept the API token: copy it again from Meetzy into the account settings.",
                "Meetzy no aceptó el token de la API: cópielo de nuevo desde Meetzy en la configuración de la cuenta.");
        add(403, "Meetzy did not find the playbook, or it belongs to another account: check options.playbook_id "
                        + "and that the token is from the same Meetzy account.",
                "Meetzy no encontró el playbook o pertenece a otra cuenta: revise options.playbook_id y que el token "
                        + "sea de la misma cuenta de Meetzy.");
        add(429, "Too many requests to Meetzy (100 a minute at most): wait a minute and send again.",
                "Demasiadas solicitudes a Meetzy (máximo 100 por minuto): espere un minuto y envíe de nuevo.");
        add(500, "Meetzy had an internal error: wait a few minutes and send again; if it repeats, contact Meetzy "
                        + "support. Check in Meetzy first that the campaign was not created.",
                "Meetzy tuvo un error interno: espere unos minutos y envíe de nuevo; si se repite, contacte al soporte "
                        + "de Meetzy. Antes, verifique en Meetzy que la campaña no se haya creado.");
    }

    private static void add(int status, String english, String spanish) {
        TABLE.add(status, english, spanish);
    }

    private MeetzyErrors() {
    }

    /** The listed meaning of a status. */
    public static Optional<StatusAdvice.Entry> forStatus(int status) {
        return TABLE.forStatus(status);
    }

    /** The meaning of any error status: the documented one, else the 500 entry for 5xx, else a generic one. */
    public static StatusAdvice.Entry describe(int status) {
        return TABLE.describe(status);
    }

    /** Meetzy's own error text from an answer's body, when it has one. */
    public static Optional<String> detail(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return Optional.of(error.asText());
            }
            JsonNode message = error.path("message");
            if (message.isTextual()) {
                JsonNode code = error.path("code");
                return Optional.of(code.isMissingNode() || code.isNull() ? message.asText()
                        : code.asText() + ": " + message.asText());
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
