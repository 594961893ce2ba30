package app.vocero.contacts.read;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link ContactFileException} messages from {@code app/vocero/contacts/read/problems.properties} (English)
 * and {@code problems_es.properties} (Spanish) with {@link MessageFormat}: {@code where.file} or {@code where.row}
 * (the file's name and row), {@code ": "}, then the problem's own key with its arguments. No fallback to the JVM's
 * default locale: English on a Spanish machine stays English.
 */
final class ProblemTexts {

    static final String BUNDLE = "app.vocero.contacts.read.problems";
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale SPANISH = Locale.forLanguageTag("es");

    /** An argument that is a key of the bundle, shown in the message's language. */
    record Term(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    private ProblemTexts() {
    }

    /** {@code es}, {@code es-CO}, {@code es_MX} → Spanish; anything else (and {@code null}) → English. */
    static Locale language(String language) {
        if (language == null) {
            return ENGLISH;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        boolean spanish = tag.equals("es") || tag.startsWith("es-") || tag.startsWith("es_");
        return spanish ? SPANISH : ENGLISH;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String format(Locale locale, Path file, long row, String key, Object[] arguments) {
        ResourceBundle bundle = bundle(locale);
        String name = name(file);
        String where;
        if (name == null) {
            where = text(bundle, locale, "where.noFile");
        } else if (row > 0) {
            where = text(bundle, locale, "where.row", name, String.valueOf(row));
        } else {
            where = text(bundle, locale, "where.file", name);
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Term term ? text(bundle, locale, term.key()) : arguments[i];
        }
        return where + ": " + text(bundle, locale, key, shown);
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a key missing from a bundle is a bug (ProblemBundlesTest); still say something useful
            return arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The file's name without its folder; {@code null} when there is no file. */
    static String name(Path file) {
        if (file == null) {
            return null;
        }
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
