package app.vocero.provider.sandbox;

import app.vocero.domain.campaign.ProviderId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as the sandbox received it.
 *
 * @param provider the provider it was addressed to
 * @param method   {@code GET}, {@code POST}…
 * @param path     the path after the provider's base URL, as documented ({@code /send/massive}; {@code /oauth/token}
 *                 for Routee's auth host)
 * @param query    the raw query string, {@code ""} when none
 * @param headers  the headers; look them up with {@link #header(String)}, which ignores case
 * @param body     the body bytes (empty for a body over the sandbox's limit)
 * @param at       the injected clock's instant when it arrived
 */
public record ReceivedRequest(ProviderId provider, String method, String path, String query,
                              Map<String, List<String>> headers, byte[] body, Instant at) {

    public ReceivedRequest {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of that header (any case), or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
