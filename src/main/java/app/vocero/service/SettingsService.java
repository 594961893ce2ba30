package app.vocero.service;

import app.vocero.campaign.CallingHours;
import app.vocero.config.Language;
import app.vocero.store.SettingsRepository;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user's choices that outlive a session: language and the window's place. */
public final class SettingsService {

    static final String LANGUAGE = "ui.language";
    static final String WINDOW = "ui.window";
    static final String COUNTRY = "contacts.country";
    static final String CALLING_HOURS = "campaigns.callingHours";
    /** Vocero's first providers and users are Colombian: the country when neither a choice nor the OS says. */
    static final String FALLBACK_COUNTRY = "CO";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final SettingsRepository settings;
    private final Locale systemLocale;
    /** {@code vocero --lang es}: the window's language for this run, until one is chosen in Settings; never saved. */
    private volatile Language thisRun;

    public SettingsService(SettingsRepository settings, Locale systemLocale) {
        this.settings = settings;
        this.systemLocale = systemLocale;
    }

    /**
     * The language of this run given on the command line, else the one chosen in Settings, else (first start) the
     * operating system's (Spanish or English).
     */
    public Language language() {
        Language run = thisRun;
        if (run != null) {
            return run;
        }
        return settings.get(LANGUAGE).flatMap(SettingsService::knownLanguage).orElse(Language.of(systemLocale));
    }

    /** {@code --lang} for the window: its language for this run only; what Settings remembers stays as it was. */
    public void useForThisRun(Language language) {
        thisRun = language;
    }

    /** A language chosen in Settings: remembered, and the one of this run from now on. */
    public void setLanguage(Language language) {
        settings.put(LANGUAGE, language.code());
        thisRun = null;
    }

    /** The country of numbers written without their code: the last one used, else the OS's, else Colombia. */
    public String defaultCountry() {
        return settings.get(COUNTRY).filter(code -> !code.isBlank()).orElseGet(() ->
                systemLocale.getCountry().isBlank() ? FALLBACK_COUNTRY : systemLocale.getCountry());
    }

    public void setDefaultCountry(String country) {
        settings.put(COUNTRY, country.trim().toUpperCase(Locale.ROOT));
    }

    /** The hours people may be called in their own local time (08:00–21:00 until the user changes them). */
    public CallingHours callingHours() {
        return settings.get(CALLING_HOURS).flatMap(SettingsService::parseHours).orElse(CallingHours.DEFAULT);
    }

    /** @throws IllegalArgumentException when {@code from} is not before {@code to} */
    public void setCallingHours(LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Calling hours must start before they end: " + from + "–" + to);
        }
        settings.put(CALLING_HOURS, from + "-" + to);
    }

    private static Optional<CallingHours> parseHours(String text) {
        try {
            String[] parts = text.split("-");
            return Optional.of(new CallingHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1])));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring saved calling hours that cannot be read: {}", text);
            return Optional.empty();
        }
    }

    public Optional<WindowPlace> windowPlace() {
        return settings.get(WINDOW).flatMap(text -> {
            try {
                return Optional.of(WindowPlace.parse(text));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring a saved window place that cannot be read: {}", text);
                return Optional.empty();
            }
        });
    }

    public void setWindowPlace(WindowPlace place) {
        settings.put(WINDOW, place.format());
    }

    private static Optional<Language> knownLanguage(String code) {
        try {
            return Optional.of(Language.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
