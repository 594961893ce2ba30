package app.vocero.domain.campaign;

import app.vocero.domain.ContactField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The formats a draft chose for its tags, kept in the draft as {@code message.tagFormats}
 * ({@code {"S": "amount", "C": "digits", "Vence": "written"}}): keys are a tag's letter or column name without
 * braces, values a {@link TagFormat#key()}. A tag not listed takes its default: {@code {S}} (balance) is an amount,
 * every other tag is as written. Being part of the draft, the choice travels with it to the command line and to
 * every provider's requests, so what is sent is what the window previews.
 */
public final class TagFormats {

    /** The key under {@code message} in a draft. */
    public static final String FIELD = "tagFormats";

    private static final TagFormats DEFAULTS = new TagFormats(Map.of());

    private final Map<String, TagFormat> chosen;

    private TagFormats(Map<String, TagFormat> chosen) {
        this.chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    public static TagFormats defaults() {
        return DEFAULTS;
    }

    public static TagFormats of(Map<String, TagFormat> chosen) {
        return new TagFormats(chosen);
    }

    /** The formats of a TTS message ({@code extra.tagFormats}); unknown format names are left to the defaults. */
    public static TagFormats of(Message message) {
        if (!(message instanceof Message.Tts)) {
            return DEFAULTS;
        }
        Object value = message.extra().get(FIELD);
        if (!(value instanceof Map)) {
            return DEFAULTS;
        }
        Map<String, TagFormat> chosen = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((tag, format) -> {
            if (tag != null && format instanceof String) {
                TagFormat.fromKey((String) format).ifPresent(known -> chosen.put(tag.toString().trim(), known));
            }
        });
        return new TagFormats(chosen);
    }

    /** The default of a tag: the balance is money, the rest as written. */
    public static TagFormat defaultFor(String tag) {
        return "S".equalsIgnoreCase(tag) ? TagFormat.AMOUNT : TagFormat.AS_WRITTEN;
    }

    public static TagFormat defaultFor(ContactField field) {
        return field == ContactField.BALANCE ? TagFormat.AMOUNT : TagFormat.AS_WRITTEN;
    }

    /** The format of a tag by its letter ({@code S}) or column name ({@code Vence}; case does not matter). */
    public TagFormat formatOf(String tag) {
        return find(tag).orElseGet(() -> defaultFor(tag));
    }

    private Optional<TagFormat> find(String tag) {
        TagFormat exact = chosen.get(tag);
        if (exact != null) {
            return Optional.of(exact);
        }
        return chosen.entrySet().stream().filter(entry -> entry.getKey().toLowerCase(Locale.ROOT)
                .equals(tag.toLowerCase(Locale.ROOT))).map(Map.Entry::getValue).findFirst();
    }

    /** These formats with one tag's changed; choosing the default removes the entry. */
    public TagFormats with(String tag, TagFormat format) {
        Map<String, TagFormat> next = new LinkedHashMap<>(chosen);
        next.keySet().removeIf(key -> key.equalsIgnoreCase(tag));
        if (format != defaultFor(tag)) {
            next.put(tag, format);
        }
        return new TagFormats(next);
    }

    /** The chosen formats (defaults left out). */
    public Map<String, TagFormat> chosen() {
        return chosen;
    }

    /** A TTS message carrying these formats in {@code extra.tagFormats} (removed when all are defaults). */
    public Message.Tts applyTo(Message.Tts tts) {
        Map<String, Object> extra = new LinkedHashMap<>(tts.extra());
        if (chosen.isEmpty()) {
            extra.remove(FIELD);
        } else {
            Map<String, String> keys = new LinkedHashMap<>();
            chosen.forEach((tag, format) -> keys.put(tag, format.key()));
            extra.put(FIELD, keys);
        }
        return new Message.Tts(tts.template(), tts.voice(), tts.gender(), tts.language(), extra);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TagFormats && ((TagFormats) other).chosen.equals(chosen);
    }

    @Override
    public int hashCode() {
        return chosen.hashCode();
    }

    @Override
    public String toString() {
        return "TagFormats" + chosen;
    }
}
