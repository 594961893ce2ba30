package app.vocero.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that give English away: words (four letters or more) of the English bundle's values that no Spanish
 * value uses. Command names, brands and cognates appear in both bundles and are therefore never counted.
 */
public final class BundleWords {

    private BundleWords() {
    }

    public static Set<String> englishOnly() {
        try {
            Set<String> english = words(BundleParityTest.load("messages.properties"));
            english.removeAll(words(BundleParityTest.load("messages_es.properties")));
            return english;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value of the English bundle, for tests that look for raw English values. */
    public static Set<String> englishValues() {
        try {
            Properties english = BundleParityTest.load("messages.properties");
            Properties spanish = BundleParityTest.load("messages_es.properties");
            Set<String> values = new TreeSet<>();
            for (String key : english.stringPropertyNames()) {
                String value = english.getProperty(key);
                if (!value.equals(spanish.getProperty(key))) {
                    values.add(value);
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(Properties bundle) {
        Set<String> words = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key).replaceAll("\\{\\d+(,\\s*\\w+(,\\s*\\w+)?)?}", " ");
            for (String word : value.split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
