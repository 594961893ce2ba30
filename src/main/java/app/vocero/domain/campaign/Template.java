package app.vocero.domain.campaign;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text-to-speech message with per-contact tags. The Saem tags {@code {I} {N} {S} {T} {E} {C}} are identifier,
 * name, balance, phone, email and account; a user may type them as {@code <N>} too (same tag). Any other
 * {@code {column name}} is a custom column of the contact file. {@code {T}} reads the number's national digits.
 * Each tag carries its {@link TagFormat} (from the draft's {@code message.tagFormats}, see {@link TagFormats}): every
 * rendering — the window's preview, the pre-flight's lengths, each provider's request bodies — goes through
 * {@link #valueOf}, so what is sent is what was previewed.
 */
public final class Template {

    /** {@code {anything but braces}} or {@code <one of the six letters>}. */
    private static final Pattern TAG = Pattern.compile("\\{([^{}]{1,80})\\}|<([INSTEC])>");

    /** A piece of the template: literal text, a contact field, or a custom column. */
    public sealed interface Part permits Text, FieldTag, ColumnTag {
    }

    public record Text(String text) implements Part {
    }

    /**
     * {@code written} is the tag as the user wrote it ({@code <N>} or {@code {N}}); {@code format} how its value is
     * spoken.
     */
    public record FieldTag(ContactField field, String written, TagFormat format) implements Part {
        public FieldTag {
            format = format == null ? TagFormats.defaultFor(field) : format;
        }

        public FieldTag(ContactField field, String written) {
            this(field, written, null);
        }
    }

    public record ColumnTag(String column, String written, TagFormat format) implements Part {
        public ColumnTag {
            format = format == null ? TagFormats.defaultFor(column) : format;
        }

        public ColumnTag(String column, String written) {
            this(column, written, null);
        }
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = Collections.unmodifiableList(parts);
    }

    /** A template whose tags take their default formats ({@code {S}} an amount, the rest as written). */
    /**
     * Where a tag is opened and never closed ({@code "Hola {N, su saldo"}: the {@code {} at 6), 1-based; empty when
     * every {@code {} closes before the next one opens and every {@code <N>}-style tag has its {@code >}.
     */
    public static java.util.OptionalInt unclosedTagAt(String source) {
        if (source == null) {
            return java.util.OptionalInt.empty();
        }
        int open = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                if (open >= 0) {
                    return java.util.OptionalInt.of(open + 1);
                }
                open = i;
            } else if (c == '}') {
                open = -1;
            } else if (c == '<' && open < 0 && i + 1 < source.length() && "INSTEC".indexOf(source.charAt(i + 1)) >= 0
                    && (i + 2 >= source.length() || !Character.isLetterOrDigit(source.charAt(i + 2)))
                    && (i + 2 >= source.length() || source.charAt(i + 2) != '>')) {
                return java.util.OptionalInt.of(i + 1);
            }
        }
        return open >= 0 ? java.util.OptionalInt.of(open + 1) : java.util.OptionalInt.empty();
    }

    public static Template parse(String source) {
        return parse(source, TagFormats.defaults());
    }

    /** The template of a TTS message, with the formats the message chose for its tags. */
    public static Template of(Message.Tts tts) {
        return parse(tts.template(), TagFormats.of(tts));
    }

    public static Template parse(String source, TagFormats formats) {
        String text = source == null ? "" : source;
        List<Part> parts = new ArrayList<>();
        Matcher matcher = TAG.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                parts.add(new Text(text.substring(last, matcher.start())));
            }
            String name = matcher.group(1) != null ? matcher.group(1).trim() : matcher.group(2);
            parts.add(tag(name, matcher.group(), formats));
            last = matcher.end();
        }
        if (last < text.length()) {
            parts.add(new Text(text.substring(last)));
        }
        return new Template(text, parts);
    }

    private static Part tag(String name, String written, TagFormats formats) {
        if (name.length() == 1) {
            Optional<ContactField> field = ContactField.fromTagLetter(name.toUpperCase(Locale.ROOT).charAt(0));
            if (field.isPresent()) {
                String letter = String.valueOf(field.get().tagLetter().orElseThrow());
                return new FieldTag(field.get(), written, formats.formatOf(letter));
            }
        }
        return new ColumnTag(name, written, formats.formatOf(name));
    }

    public String source() {
        return source;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The template with every tag written the Saem way ({@code <N>} → {@code {N}}). */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text) {
                out.append(((Text) part).text());
            } else if (part instanceof FieldTag) {
                out.append('{').append(((FieldTag) part).field().tagLetter().orElseThrow()).append('}');
            } else {
                out.append('{').append(((ColumnTag) part).column()).append('}');
            }
        }
        return out.toString();
    }

    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "(?iu)^\\s*(pesos|peso|d[oó]lares|d[oó]lar|soles|euros|COP|USD|MXN|\\$)\\b.*", Pattern.DOTALL);

    /**
     * A tag read as an amount ({@code $150.000}) that the text follows with a currency word ({@code {S} pesos}):
     * the listener would hear the currency twice. Empty when there is none.
     */
    public Optional<String> currencyAfterAmount() {
        for (int i = 0; i + 1 < parts.size(); i++) {
            Part part = parts.get(i);
            TagFormat format = part instanceof FieldTag ? ((FieldTag) part).format()
                    : part instanceof ColumnTag ? ((ColumnTag) part).format() : null;
            Part next = parts.get(i + 1);
            if (format == TagFormat.AMOUNT && next instanceof Text && CURRENCY_WORD.matcher(((Text) next).text()).matches()) {
                return Optional.of(part instanceof FieldTag ? "{" + ((FieldTag) part).field().tagLetter().orElseThrow() + "}"
                        : "{" + ((ColumnTag) part).column() + "}");
            }
        }
        return Optional.empty();
    }

    /** Whether any tag makes the text differ per contact. */
    public boolean isPersonalized() {
        return parts.stream().anyMatch(part -> !(part instanceof Text));
    }

    /** The tags used, as written canonically ({@code {N}}, {@code {Ciudad}}), in order of first use. */
    public Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part instanceof FieldTag) {
                tags.add("{" + ((FieldTag) part).field().tagLetter().orElseThrow() + "}");
            } else if (part instanceof ColumnTag) {
                tags.add("{" + ((ColumnTag) part).column() + "}");
            }
        }
        return tags;
    }

    /** The text for one contact; a missing value renders as nothing. */
    public String render(ContactTable contacts, int index) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Part part : parts) {
            out.append(valueOf(part, contacts, index));
        }
        return out.toString();
    }

    /**
     * A part's text for a contact: literal text as it is, a tag by its value in the tag's format ({@code ""} when
     * missing), in the contact's country's way of writing money and numbers.
     */
    public static String valueOf(Part part, ContactTable contacts, int index) {
        if (part instanceof Text) {
            return ((Text) part).text();
        }
        if (part instanceof FieldTag) {
            FieldTag tag = (FieldTag) part;
            return tag.format().apply(rawValueOf(part, contacts, index), contacts.region(index));
        }
        ColumnTag tag = (ColumnTag) part;
        return tag.format().apply(rawValueOf(part, contacts, index), contacts.region(index));
    }

    /** A tag's value exactly as the file had it (the phone: its national digits); literal text as it is. */
    public static String rawValueOf(Part part, ContactTable contacts, int index) {
        if (part instanceof Text) {
            return ((Text) part).text();
        }
        if (part instanceof FieldTag) {
            ContactField field = ((FieldTag) part).field();
            return field == ContactField.PHONE ? contacts.nationalDigits(index) : contacts.field(field, index);
        }
        String column = ((ColumnTag) part).column();
        String value = contacts.custom(column, index);
        if (value.isEmpty() && !contacts.customNames().contains(column)) {
            for (String name : contacts.customNames()) {
                if (name.equalsIgnoreCase(column)) {
                    return contacts.custom(name, index);
                }
            }
        }
        return value;
    }
}
