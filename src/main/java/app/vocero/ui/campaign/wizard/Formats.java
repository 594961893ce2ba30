package app.vocero.ui.campaign.wizard;

import java.util.Locale;

/**
 * The locale numbers, money and dates are written in: the window's language with a region, since a bare "en" writes
 * dates as "2026 Dec 6" — Latin-American Spanish ({@code es-419}) and US English unless the language has a region.
 */
public final class Formats {

    private Formats() {
    }

    public static Locale of(Locale language) {
        if (!language.getCountry().isEmpty()) {
            return language;
        }
        return "es".equals(language.getLanguage()) ? Locale.forLanguageTag("es-419") : Locale.US;
    }
}
