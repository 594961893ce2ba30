package app.vocero.campaign;

import app.vocero.domain.campaign.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of a draft's JSON that turn a wrong or missing value into a finding naming the field. */
final class Fields {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Finding> findings = new ArrayList<>();

    void error(String code, String field, String english, String spanish) {
        findings.add(Finding.error(code, field, english, spanish));
    }

    void wrongType(String field, String expectedEn, String expectedEs) {
        error("draft.type", field, "\"" + field + "\" must be " + expectedEn + ".",
                "\"" + field + "\" debe ser " + expectedEs + ".");
    }

    private void missing(String field) {
        error("draft.missing", field, "The draft has no \"" + field + "\".", "El borrador no tiene \"" + field + "\".");
    }

    String text(JsonNode node, String key, String field, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(field, "text", "texto");
            return null;
        }
        return value.asText();
    }

    Integer integer(JsonNode node, String key, String field, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            wrongType(field, "a whole number", "un número entero");
            return null;
        }
        return value.asInt();
    }

    LocalDateTime dateTime(JsonNode node, String key, String field) {
        String text = text(node, key, field, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            error("draft.date", field, "\"" + field + "\" is \"" + text + "\": write a local date-time like 2026-12-01T08:00.",
                    "\"" + field + "\" es \"" + text + "\": escriba una fecha y hora local como 2026-12-01T08:00.");
            return null;
        }
    }

    List<String> texts(JsonNode node, String key, String field) {
        List<String> texts = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            wrongType(field, "a list of texts", "una lista de textos");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).asText());
            } else {
                wrongType(field + "[" + i + "]", "text", "texto");
            }
        }
        return texts;
    }

    /** A list of whole numbers; a single number is taken as a list of one. */
    List<Integer> integers(JsonNode node, String key, String field) {
        List<Integer> numbers = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return numbers;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            numbers.add(value.asInt());
            return numbers;
        }
        if (!value.isArray()) {
            wrongType(field, "a list of minutes", "una lista de minutos");
            return numbers;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isIntegralNumber() && item.canConvertToInt()) {
                numbers.add(item.asInt());
            } else {
                wrongType(field + "[" + i + "]", "a whole number of minutes", "un número entero de minutos");
            }
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return new LinkedHashMap<>();
        }
        if (!value.isObject()) {
            wrongType(field, "an object", "un objeto");
            return new LinkedHashMap<>();
        }
        return JSON.convertValue(value, LinkedHashMap.class);
    }
}
