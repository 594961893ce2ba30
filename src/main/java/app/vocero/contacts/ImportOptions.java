package app.vocero.contacts;

import app.vocero.domain.ContactField;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to import a file.
 *
 * @param defaultCountry the country of numbers without a country code: ISO region ({@code CO}) or prefix ({@code 57})
 * @param roleOverrides  columns chosen by the user, by header ({@code PHONE → "Celular 2"})
 * @param cancelled      asked between chunks of rows; when it says yes the import stops with a
 *                       {@link java.util.concurrent.CancellationException}
 * @param keepContacts   whether the result holds the accepted contacts; without them (a check whose contacts nobody
 *                       uses: {@code contacts import --no-save}) it has the same counts, breakdowns and rejects, an
 *                       empty {@link app.vocero.domain.ContactTable}, and the import neither spends the time nor holds
 *                       the memory of copying every accepted row into one
 */
public record ImportOptions(String defaultCountry, Map<ContactField, String> roleOverrides, BooleanSupplier cancelled,
                            boolean keepContacts) {

    public ImportOptions {
        roleOverrides = roleOverrides == null || roleOverrides.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(roleOverrides));
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** An import that keeps its accepted contacts. */
    public ImportOptions(String defaultCountry, Map<ContactField, String> roleOverrides, BooleanSupplier cancelled) {
        this(defaultCountry, roleOverrides, cancelled, true);
    }

    public static ImportOptions forCountry(String defaultCountry) {
        return new ImportOptions(defaultCountry, Map.of(), () -> false);
    }

    public ImportOptions withOverride(ContactField field, String header) {
        Map<ContactField, String> overrides = new EnumMap<>(ContactField.class);
        overrides.putAll(roleOverrides);
        overrides.put(field, header);
        return new ImportOptions(defaultCountry, overrides, cancelled, keepContacts);
    }

    public ImportOptions withCancelCheck(BooleanSupplier cancelCheck) {
        return new ImportOptions(defaultCountry, roleOverrides, cancelCheck, keepContacts);
    }

    /** The same import, counting its accepted contacts without keeping them ({@link #keepContacts()}). */
    public ImportOptions withoutContacts() {
        return new ImportOptions(defaultCountry, roleOverrides, cancelled, false);
    }
}
