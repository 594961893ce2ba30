package app.vocero.provider.routee;

import app.vocero.provider.StatusAdvice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What Routee's error answers mean and what to do, in English and Spanish: the statuses of document 002 (403 not
 * authenticated, 404 user not found), 401 from its token rules (the sender gets a new token once, then this
 * message applies), 400 for a rejected body, and 5xx. Routee's own 9-digit {@code code} and
 * {@code developerMessage} are read by {@link #detail(String)}; they are not listed in the document, so they are
 * shown as Routee wrote them rather than translated.
 */
public final class RouteeErrors {


    private static final StatusAdvice TABLE = new StatusAdvice("Routee");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        add(400, "Routee rejected the campaign's data: read Routee's message below, fix the draft and send again.",
                "Routee rechazó los datos de la campaña: lea el mensaje de Routee abajo, corrija el borrador y envíe "
                        + "de nuevo.");
        add(401, "Routee did not accept the access token even after getting a new one: check the application id and "
                        + "secret in the account settings.",
                "Routee no aceptó el token de acceso ni después de pedir uno nuevo: revise el id y el secreto de la "
                        + "aplicación en la configuración de la cuenta.");
        add(403, "Routee says the user is not authenticated: copy the application id and secret again from Routee's "
                        + "console into the account settings.",
                "Routee dice que el usuario no está autenticado: copie de nuevo el id y el secreto de la aplicación "
                        + "desde la consola de Routee en la configuración de la cuenta.");
        add(404, "Routee did not find the user of these credentials: check that the application belongs to an active "
                        + "Routee account.",
                "Routee no encontró el usuario de estas credenciales: verifique que la aplicación pertenezca a una "
                        + "cuenta de Routee activa.");
        add(500, "Routee had an internal error: check in Routee's console that the campaign was not created, then "
                        + "send again in a few minutes; if it repeats, contact Routee support.",
                "Routee tuvo un error interno: verifique en la consola de Routee que la campaña no se haya creado y "
                        + "envíe de nuevo en unos minutos; si se repite, contacte al soporte de Routee.");
    }

    private static void add(int status, String english, String spanish) {
        TABLE.add(status, english, spanish);
    }

    private RouteeErrors() {
    }

    /** The listed meaning of a status. */
    public static Optional<StatusAdvice.Entry> forStatus(int status) {
        return TABLE.forStatus(status);
    }

    /** The meaning of any error status: the listed one, else the 500 entry for 5xx, else a generic one. */
    public static StatusAdvice.Entry describe(int status) {
        return TABLE.describe(status);
    }

    /** {@code code: developerMessage} from Routee's error body, or the OAuth {@code error_description}. */
    public static Optional<String> detail(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode message = root.path("developerMessage");
            if (message.isTextual()) {
                JsonNode code = root.path("code");
                return Optional.of(code.isMissingNode() || code.isNull() ? message.asText()
                        : code.asText() + ": " + message.asText());
            }
            JsonNode oauth = root.path("error_description");
            if (oauth.isTextual()) {
                return Optional.of(oauth.asText());
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
