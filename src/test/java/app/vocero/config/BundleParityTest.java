package app.vocero.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Spanish bundles say the same things: the same keys, the same {@code {n}} arguments, and no
 * sentence left in English in the Spanish bundle.
 */
class BundleParityTest {

    /**
     * Keys whose Spanish value may equal the English one: brand names, codes and words that are the same in both
     * languages. Anything else equal in both bundles is an untranslated text.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "app.title",                          // the brand
            "settings.tab.general",               // "General" is Spanish too
            "accounts.add.secret.octopush",       // Octopush's own name of the field (api-key)
            "cli.history.id",                     // ID
            "wizard.schedule.option.destination", // IVR
            "cli.severity.error",                 // ERROR is Spanish too
            "cli.severity.info",                  // INFO, as Spanish command lines print it
            "history.answer.audio",               // "audio 1234": the same word in Spanish
            "history.answer.ticket");             // Octopush's "ticket", as Latin-American Spanish says it

    /**
     * Keys whose Spanish text takes an argument the English one does not need: Spanish agrees a word with a count
     * the English sentence leaves out (the code passes every argument to both).
     */
    private static final Set<String> SPANISH_NEEDS_MORE_ARGUMENTS = Set.of("wizard.contacts.split.keep");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A text with at least two words of letters: a sentence or label, not a code, unit or symbol. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[^\\p{L}]+\\p{L}{2,}");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(spanish.stringPropertyNames());
        Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
        onlySpanish.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing from messages_es.properties").isEmpty();
        assertThat(onlySpanish).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (!spanish.containsKey(key)) {
                continue; // reported by everyKeyIsInBothLanguages
            }
            Set<String> inEnglish = arguments(english.getProperty(key));
            Set<String> inSpanish = arguments(spanish.getProperty(key));
            boolean fine = SPANISH_NEEDS_MORE_ARGUMENTS.contains(key) ? inSpanish.containsAll(inEnglish)
                    : inSpanish.equals(inEnglish);
            if (!fine) {
                different.add(key + ": en " + inEnglish + ", es " + inSpanish);
            }
        }
        assertThat(different).as("keys whose {n} arguments differ between the languages").isEmpty();
    }

    @Test
    void noSentenceIsLeftInEnglishInTheSpanishBundle() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String value = english.getProperty(key);
            if (value.equals(spanish.getProperty(key)) && !SAME_IN_BOTH.contains(key)
                    && (WORDS.matcher(words(value)).find() || words(value).matches(".*\\p{L}{4,}.*"))) {
                untranslated.add(key + "=" + value);
            }
        }
        assertThat(untranslated).as("Spanish values equal to the English ones (translate them, or allow a true "
                + "cognate in SAME_IN_BOTH)").isEmpty();
    }

    @Test
    void theAllowListsNameRealKeys() throws IOException {
        Properties english = load("messages.properties");
        assertThat(english.stringPropertyNames()).containsAll(SAME_IN_BOTH).containsAll(SPANISH_NEEDS_MORE_ARGUMENTS);
    }

    /** The text without its {n,number,integer}-style arguments: their words are format names, not English. */
    private static String words(String value) {
        return value.replaceAll("\\{[^}]*}", "");
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream("/app/vocero/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
