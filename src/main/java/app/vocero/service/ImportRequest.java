package app.vocero.service;

import app.vocero.contacts.ImportOptions;
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
 * @param keepContacts whether the outcome's result holds the accepted contacts (a list being saved always does; the
 *                  wizard and a campaign's checks use them; {@code contacts import --no-save} only prints counts)
 */
public record ImportRequest(Path file, String country, Map<ContactField, String> columns, Optional<String> sheet,
                            Optional<String> name, boolean save, boolean keepContacts) {

    public ImportRequest {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (save && !keepContacts) {
            throw new IllegalArgumentException("A list is saved with its contacts");
        }
    }

    /** A request whose result keeps its accepted contacts. */
    public ImportRequest(Path file, String country, Map<ContactField, String> columns, Optional<String> sheet,
                         Optional<String> name, boolean save) {
        this(file, country, columns, sheet, name, save, true);
    }

    /** How the importer reads this request's file, asking {@code cancelled} between chunks. */
    ImportOptions options(java.util.function.BooleanSupplier cancelled) {
        return new ImportOptions(country, columns, cancelled, keepContacts);
    }

    /** A check of the file that counts its accepted contacts without keeping them: nothing saved, nothing held. */
    public ImportRequest checkOnly() {
        return new ImportRequest(file, country, columns, sheet, name, false, false);
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
