package app.vocero.provider.routee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Routee's error answers mean and what to do, in English and Spanish: the statuses of document 002 (403 not
 * authenticated, 404 user not found), 401 from its token rules (the sender gets a new token once, then this
 * message applies), 400 for a rejected body, and 5xx. Routee's own 9-digit {@code code} and
 * {@code developerMessage} are read by {@link #detail(String)}; they are not listed in the document, so they are
 * shown as Routee wrote them rather than translated.
 */
public final class RouteeErrors {

    /** One answer's meaning. */
    public record Entry(int status, String english, String spanish) {
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    private static final Map<Integer, Entry> BY_STATUS = new LinkedHashMap<>();
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
        BY_STATUS.put(status, new Entry(status, english, spanish));
    }

    private RouteeErrors() {
    }

    public static Optional<Entry> forStatus(int status) {
        return Optional.ofNullable(BY_STATUS.get(status));
    }

    /** The meaning of any error status: the listed one, else the 500 entry for 5xx, else a generic one. */
    public static Entry describe(int status) {
        Entry known = BY_STATUS.get(status);
        if (known != null) {
            return known;
        }
        if (status >= 500) {
            Entry server = BY_STATUS.get(500);
            return new Entry(status, server.english(), server.spanish());
        }
        return new Entry(status, "Routee answered with status " + status + ": check the draft and the account, "
                + "then send again.", "Routee respondió con el estado " + status + ": revise el borrador y la cuenta "
                + "y envíe de nuevo.");
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
