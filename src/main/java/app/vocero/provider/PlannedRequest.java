package app.vocero.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exact HTTP request a draft becomes. Secrets appear only as {@link Secrets} placeholders, filled in by the
 * sender at the last moment; a value the provider returns to an earlier step appears as {@code {listId}}-style
 * placeholders.
 *
 * @param step    what the request does, in the provider's words ({@code send/massive}, {@code leads 2/5})
 * @param records how many contacts (or rows) the body carries
 */
public record PlannedRequest(String step, String method, String url, Map<String, String> headers, String contentType,
                             RequestBody body, long records) {

    public PlannedRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
