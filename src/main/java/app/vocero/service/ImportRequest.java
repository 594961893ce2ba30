package app.vocero.service;

import app.vocero.domain.ContactField;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the user asked to import.
 *
 * @param country   the country of numbers written without their code: ISO region ({@code CO}) or prefix ({@code 57})
 * @param columns   columns the user chose for a role, by header
 * @param sheet     the XLSX sheet; empty for the first
 * @param name      the list's name; empty for the file's name
 * @param save      whether to keep the list in the local store (a dry run does not)
 */
public record ImportRequest(Path file, String country, Map<ContactField, String> columns, Optional<String> sheet,
                            Optional<String> name, boolean save) {

    public ImportRequest {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    public static ImportRequest of(Path file, String country) {
        return new ImportRequest(file, country, Map.of(), Optional.empty(), Optional.empty(), true);
    }

    public String listName() {
        return name.filter(n -> !n.isBlank()).orElseGet(() -> {
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        });
    }
}
