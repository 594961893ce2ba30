package app.vocero.domain.campaign;

import java.util.Map;

/**
 * Where a draft's contacts come from: a file (relative to the draft's folder) read with a country and column
 * choices, or a saved contact list.
 *
 * @param columns role key → header ({@code {"phone": "Celular"}})
 */
public record ContactSource(String file, String list, String country, Map<String, String> columns, String sheet,
                            Map<String, Object> extra) {

    public ContactSource {
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public boolean isSavedList() {
        return list != null && !list.isBlank();
    }
}
