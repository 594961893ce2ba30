package app.vocero.provider.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, extra headers, body. */
record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

    static SandboxResponse json(int status, Object value) {
        try {
            byte[] bytes = SandboxRequest.JSON.writeValueAsBytes(value);
            return new SandboxResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the sandbox's own answer", e);
        }
    }

    static SandboxResponse text(int status, String contentType, String body) {
        return new SandboxResponse(status, contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static SandboxResponse empty(int status) {
        return new SandboxResponse(status, Map.of(), new byte[0]);
    }

    static ObjectNode object() {
        return SandboxRequest.JSON.createObjectNode();
    }

    /** {@code {"name": message}}. */
    static SandboxResponse error(int status, String name, String message) {
        ObjectNode node = object();
        node.put(name, message);
        return json(status, node);
    }

    SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, Map.copyOf(copy), body);
    }
}
