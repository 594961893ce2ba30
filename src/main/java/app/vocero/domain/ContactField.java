package app.vocero.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields a contact can carry, each with its stable lower-case role key and, where Saem's TTS templates have
 * one, its template tag letter ({@code {T}} phone, {@code {N}} name, {@code {S}} balance, {@code {I}} identifier,
 * {@code {E}} email, {@code {C}} account).
 */
public enum ContactField {
    PHONE('T', "phone"),
    NAME('N', "name"),
    LAST_NAME(null, "last_name"),
    BALANCE('S', "balance"),
    IDENTIFIER('I', "identifier"),
    EMAIL('E', "email"),
    ACCOUNT('C', "account"),
    CONTENT(null, "content");

    private final Character tagLetter;
    private final String key;

    ContactField(Character tagLetter, String key) {
        this.tagLetter = tagLetter;
        this.key = key;
    }

    /** The stable role key: {@code phone}, {@code name}, {@code last_name}, … */
    public String key() {
        return key;
    }

    /** The Saem template tag letter ({@code T} for {@code {T}}), empty where Saem has no tag for this field. */
    public Optional<Character> tagLetter() {
        return Optional.ofNullable(tagLetter);
    }

    /** The template tag as written in a message ({@code "{T}"}), empty where Saem has none. */
    public Optional<String> templateTag() {
        return tagLetter().map(letter -> "{" + letter + "}");
    }

    public static Optional<ContactField> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (ContactField field : values()) {
            if (field.key.equals(wanted) || field.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public static Optional<ContactField> fromTagLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (ContactField field : values()) {
            if (field.tagLetter != null && field.tagLetter == upper) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
