package app.vocero.provider.http;

import java.util.List;
import java.util.Map;

/** What happened to one request on the wire. */
public sealed interface HttpResult permits HttpResult.Answered, HttpResult.NotSent, HttpResult.Unknown {

    /** The provider answered (any status). */
    record Answered(int status, Map<String, List<String>> headers, byte[] body) implements HttpResult {
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** The request certainly did not reach the provider (connection refused, no such host): safe to send again. */
    record NotSent(String reason, String reasonEs, boolean worthRetrying) implements HttpResult {

        /** A passing failure (refused connection, unknown host): worth a retry after a pause. */
        public NotSent(String reason) {
            this(reason, reason, true);
        }

        public String reason(String language) {
            return "es".equalsIgnoreCase(language) ? reasonEs : reason;
        }
    }

    /**
     * The body may have reached the provider but no answer came (timeout, connection lost): the campaign may or may
     * not exist. Never sent again without the user's word (or an idempotency key the provider honours).
     */
    record Unknown(Cause cause, long timeoutSeconds) implements HttpResult {

        public enum Cause { TIMEOUT, CONNECTION_LOST }

        /** What happened, for a person (English). */
        public String reason() {
            return cause == Cause.TIMEOUT
                    ? "No answer within " + timeoutSeconds + " s after the request was sent."
                    : "The connection was lost after the request was sent, before any answer.";
        }

        /** What happened, for a person (Spanish). */
        public String reasonEs() {
            return cause == Cause.TIMEOUT
                    ? "Sin respuesta en " + timeoutSeconds + " s después de enviar la solicitud."
                    : "La conexión se perdió después de enviar la solicitud, antes de cualquier respuesta.";
        }
    }
}
