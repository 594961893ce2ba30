package app.vocero.provider.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request handed to one provider's handlers: the path after the provider prefix, parsed query, body. */
final class SandboxRequest {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String mount;
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Instant now;

    SandboxRequest(String mount, String method, String path, String rawQuery, Map<String, List<String>> headers,
                   byte[] body, Instant now) {
        this.mount = mount;
        this.method = method;
        this.path = path;
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.body = body;
        this.now = now;
    }

    /** The first path segment the request came in under ({@code routee} or {@code routee-auth}…). */
    String mount() {
        return mount;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    boolean is(String wantedMethod, String wantedPath) {
        return method.equalsIgnoreCase(wantedMethod) && path.equals(wantedPath);
    }

    /** The segment after {@code prefix} when the path is {@code prefix + one segment}, else {@code null}. */
    String tail(String wantedMethod, String prefix) {
        if (!method.equalsIgnoreCase(wantedMethod) || !path.startsWith(prefix) || path.length() == prefix.length()) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return rest.contains("/") ? null : rest;
    }

    String param(String name) {
        return query.get(name);
    }

    String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** The bearer token of {@code Authorization}, or the header's whole value when it has no scheme. */
    String bearer() {
        String value = header("Authorization");
        if (value == null) {
            return null;
        }
        value = value.trim();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).trim() : value;
    }

    byte[] body() {
        return body;
    }

    Instant now() {
        return now;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; a body that is not JSON throws {@link BadJson}. */
    JsonNode json() throws BadJson {
        if (body.length == 0) {
            throw new BadJson("the request body is empty; a JSON object was expected");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new BadJson("the request body is empty; a JSON object was expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadJson("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadJson("the request body cannot be read: " + e.getMessage());
        }
    }

    /** A form-urlencoded body as a map (first value of each name). */
    Map<String, String> form() {
        return parseQuery(text());
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The body is not the JSON the endpoint needs. */
    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;

        BadJson(String message) {
            super(message);
        }
    }
}
