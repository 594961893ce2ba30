package app.vocero.provider.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reads of request fields: providers accept numbers sent as strings and the other way round. */
final class Json {

    private Json() {
    }

    /** The field as text (numbers and booleans too), {@code null} when absent, null or a container. */
    static String text(JsonNode object, String name) {
        JsonNode node = object == null ? null : object.get(name);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An integer given as a JSON integer or as a string of digits (optional sign), else {@code null}. */
    static Long integer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? node.asLong() : null;
        }
        if (node.isTextual() && node.asText().trim().matches("[+-]?\\d{1,18}")) {
            return Long.parseLong(node.asText().trim());
        }
        return null;
    }

    static Long integer(JsonNode object, String name) {
        return object == null ? null : integer(object.get(name));
    }

    /** Digits only. */
    static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
