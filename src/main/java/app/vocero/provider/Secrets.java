package app.vocero.provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders for credentials inside planned requests ({@code {{secret:apiKey}}}), so a plan never holds a
 * secret: previews mask them, the sender replaces them just before the request leaves.
 */
public final class Secrets {

    public static final String MASK = "••••••";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{secret:([A-Za-z0-9_.-]+)}}");

    private Secrets() {
    }

    public static String placeholder(String name) {
        return "{{secret:" + name + "}}";
    }

    /** The text with every secret placeholder shown as {@value #MASK}. */
    public static String mask(String text) {
        return text == null ? null : PLACEHOLDER.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }
}
