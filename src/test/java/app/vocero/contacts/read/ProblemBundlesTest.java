package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.vocero.domain.ContactField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code problems.properties} and {@code problems_es.properties} hold the same keys with the same arguments, and
 * every message key the contacts code uses is in both.
 */
class ProblemBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/app/vocero/contacts");
    /**
     * Where the code names a message key: right after a reason code ({@code "not_found", "file.notFound"}), as a
     * {@code term("columns.none")}, or a {@code "where.…"} prefix.
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"[a-z_]+\",\\s*\"([a-z]+\\.[A-Za-z_]+)\""
            + "|term\\(\\s*\"([^\"]+)\"\\s*\\)|\"(where\\.[A-Za-z]+)\"");
    /** {@code {0}}, {@code {1,number,integer}}: the index and the format after it. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,([^}]*))?}");

    private final ResourceBundle english = ProblemTexts.bundle(ProblemTexts.ENGLISH);
    private final ResourceBundle spanish = ProblemTexts.bundle(ProblemTexts.SPANISH);

    @Test
    void bothBundlesAreTheirOwnFilesWithoutFallback() {
        assertThat(spanish.getLocale().getLanguage()).isEqualTo("es");
        assertThat(english.getLocale().getLanguage()).isEmpty(); // the base bundle, English
        assertThat(spanish.getString("where.row")).isEqualTo("{0}, fila {1}");
        assertThat(english.getString("where.row")).isEqualTo("{0}, row {1}");
    }

    @Test
    void bothBundlesHaveTheSameKeysWithTheSameArguments() {
        assertThat(new TreeSet<>(spanish.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(arguments(spanish.getString(key))).as("arguments of %s", key)
                    .isEqualTo(arguments(english.getString(key)));
        }
    }

    @Test
    void everyPatternIsAValidMessageFormatWithDoubledApostrophes() {
        for (ResourceBundle bundle : new ResourceBundle[] {english, spanish}) {
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                assertThatCode(() -> new MessageFormat(pattern, bundle.getLocale())).as(key).doesNotThrowAnyException();
                assertThat(pattern.replace("''", "")).as("%s: write an apostrophe as ''", key).doesNotContain("'");
                assertThat(pattern).as(key).isNotBlank().doesNotContain("\n");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundlesAndNoneIsLeftOver() throws IOException {
        Set<String> used = keysInCode();
        for (ContactField field : ContactField.values()) {
            used.add("field." + field.key()); // ColumnRoles: term("field." + key)
        }

        assertThat(used).hasSizeGreaterThan(30).contains("file.notFound", "columns.noPhone", "import.noRows");
        assertThat(english.keySet()).containsAll(used);
        assertThat(spanish.keySet()).containsAll(used);
        assertThat(used).containsAll(english.keySet());
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    for (int group = 1; group <= m.groupCount(); group++) {
                        if (m.group(group) != null) {
                            keys.add(m.group(group));
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** Argument index → its format ({@code ""}, {@code "number,integer"}), quoted text left out. */
    private static Map<Integer, String> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Map<Integer, String> arguments = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            arguments.put(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).strip());
        }
        return arguments;
    }
}
