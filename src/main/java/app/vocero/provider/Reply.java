package app.vocero.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider's answer to one request, read by its {@link ProviderClient}.
 *
 * @param ids     what the provider created and reported, kept in the journal and the history ({@code campaign_id},
 *                {@code ticket_number}, {@code trackingId}, Saem's {@code sends} and {@code summary}, Smartflo's
 *                {@code listId}); later requests may refer to them as {@code {name}}. Never a secret.
 * @param secrets values later requests need but that must never be stored (an access token)
 * @param code    the provider's error code ({@code CALLB_021}, {@code 400}) when rejected
 */
public record Reply(Kind kind, Map<String, Object> ids, Map<String, String> secrets, String code, String english,
                    String spanish) {

    public enum Kind {
        ACCEPTED,
        REJECTED,
        /** The credentials are no longer valid (expired token): renew once and send again; nothing was created. */
        UNAUTHORIZED,
        /**
         * The provider says it already received this very request (a repeated idempotency key): it was created by an
         * earlier try. Never a rejection.
         */
        ALREADY_RECEIVED
    }

    public Reply {
        ids = Collections.unmodifiableMap(new LinkedHashMap<>(ids == null ? Map.of() : ids));
        secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets == null ? Map.of() : secrets));
    }

    public static Reply accepted(Map<String, Object> ids) {
        return new Reply(Kind.ACCEPTED, ids, Map.of(), null, null, null);
    }

    public static Reply token(Map<String, String> secrets) {
        return new Reply(Kind.ACCEPTED, Map.of(), secrets, null, null, null);
    }

    public static Reply rejected(String code, String english, String spanish) {
        return new Reply(Kind.REJECTED, Map.of(), Map.of(), code, english, spanish);
    }

    public static Reply unauthorized(String english, String spanish) {
        return new Reply(Kind.UNAUTHORIZED, Map.of(), Map.of(), "401", english, spanish);
    }

    public static Reply alreadyReceived(Map<String, Object> ids, String english, String spanish) {
        return new Reply(Kind.ALREADY_RECEIVED, ids, Map.of(), null, english, spanish);
    }

    public String message(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : english;
    }
}
