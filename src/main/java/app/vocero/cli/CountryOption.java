package app.vocero.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --country}: the country of numbers written without their code. */
final class CountryOption {

    @Option(names = "--country", paramLabel = "CC",
            description = "Country of numbers written without their country code: ISO code (CO) or dialing prefix (57). "
                    + "Default: the country of the computer's locale.")
    String country;

    /** The option, else the locale's country; {@code null} when neither says. */
    String resolve(Locale systemLocale) {
        if (country != null && !country.isBlank()) {
            return country.trim();
        }
        String fromLocale = systemLocale.getCountry();
        return fromLocale == null || fromLocale.isBlank() ? null : fromLocale;
    }
}
