package app.vocero.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's words: Spanish or English texts from {@code app/vocero/i18n/messages*.properties}. English is the
 * base bundle; no fallback to the JVM's default locale, so asking for English on a Spanish system gives English.
 */
public final class Messages {

    public static final String BUNDLE = "app.vocero.i18n.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Locale locale) {
        return new Messages(bundle(locale));
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), bundle.getLocale()).format(arguments);
    }
}
