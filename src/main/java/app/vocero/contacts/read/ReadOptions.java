package app.vocero.contacts.read;

import java.util.Objects;
import java.util.Optional;

/**
 * How to open a contact file.
 *
 * @param sheet the XLSX sheet to read (exact name, else a case-insensitive match); empty = the first sheet.
 *              Ignored by the other formats.
 */
public record ReadOptions(Optional<String> sheet) {

    public ReadOptions {
        Objects.requireNonNull(sheet, "sheet");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty());
    }

    public static ReadOptions sheet(String name) {
        return new ReadOptions(Optional.of(name));
    }
}
