package app.vocero.service;

import app.vocero.provider.PlannedRequest;
import app.vocero.provider.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a planned request just before it leaves: {@code {{secret:name}}} with the account's secrets (held only in
 * memory), {@code {name}} with what earlier answers returned ({@code {listId}}, {@code {audioId}}).
 */
final class Placeholders {

    private static final Pattern SECRET = Pattern.compile("\\{\\{secret:([A-Za-z0-9_.-]+)}}");

    private final Map<String, String> secrets;
    private final Map<String, String> values;

    Placeholders(Map<String, String> secrets, Map<String, String> values) {
        this.secrets = secrets;
        this.values = values;
    }

    /** Whether a request's url, headers or (textual) body holds {@code placeholder} ({@code {listId}}). */
    static boolean mentions(PlannedRequest request, String placeholder) {
        if (request.url() != null && request.url().contains(placeholder)
                || request.headers().values().stream().anyMatch(value -> value != null && value.contains(placeholder))) {
            return true;
        }
        if (!isTextual(request)) {
            return false;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            request.body().writeTo(bytes);
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8).contains(placeholder);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isTextual(PlannedRequest request) {
        return request.contentType() == null || request.contentType().startsWith("application/json")
                || request.contentType().startsWith("application/x-www-form-urlencoded");
    }

    /** The url, headers and body with every placeholder filled. */
    Filled fill(PlannedRequest request) throws IOException {
        String url = text(request.url());
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            headers.put(header.getKey(), text(header.getValue()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        request.body().writeTo(bytes);
        byte[] planned = bytes.toByteArray();
        boolean textual = request.contentType() == null || request.contentType().startsWith("application/json")
                || request.contentType().startsWith("application/x-www-form-urlencoded");
        byte[] body = planned;
        if (textual && planned.length > 0) {
            String original = new String(planned, StandardCharsets.UTF_8);
            String filled = text(original);
            if (!filled.equals(original)) {
                body = filled.getBytes(StandardCharsets.UTF_8);
            }
        }
        byte[] finalBody = body;
        return new Filled(URI.create(url), headers, out -> out.write(finalBody), planned);
    }

    /** @param planned the body as planned (before filling): its digest is what the journal keeps */
    record Filled(URI uri, Map<String, String> headers, RequestBody body, byte[] planned) {
    }

    private String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = SECRET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = secrets.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("The account has no secret \"" + matcher.group(1) + "\"");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String filled = out.toString();
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
