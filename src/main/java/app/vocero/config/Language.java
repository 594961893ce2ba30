package app.vocero.config;

import java.util.Locale;

/** The languages Vocero speaks. */
public enum Language {
    SPANISH("es", "Español"),
    ENGLISH("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language of(Locale locale) {
        return "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language: " + code + " (use es or en)");
    }
}
