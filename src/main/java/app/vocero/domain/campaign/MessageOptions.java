package app.vocero.domain.campaign;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What each provider's document lets a message be: text-to-speech or not, its longest text, its voices (Saem's
 * two names, or a gender and a language), and how a recorded audio is given (Saem's {@code audioId} or generated
 * from text, Routee's {@code fileUrl}). One place for the window's message step and the providers' pre-flight
 * rules ({@code OctopushRules.MAX_TEXT} is {@link #OCTOPUSH_MAX_TEXT}…), so both say the same.
 *
 * @param maxTextLength the longest text the provider reads, -1 when its document sets no limit
 * @param voices        named voices (Saem: Juan, Maria); empty when the voice is a gender and a language
 * @param genders       {@code male}/{@code female} where the provider takes a gender
 * @param languages     the provider's voice languages, as it spells them
 * @param perContact    whether each contact can hear their own text (Routee reads one text to everyone)
 */
public record MessageOptions(ProviderId provider, boolean tts, boolean audioId, boolean audioUrl,
                             boolean audioGeneration, int maxTextLength, List<String> voices, List<String> genders,
                             List<String> languages, boolean perContact) {

    /** "Message text (from 1 to 1224 characters)" — Octopush's document. */
    public static final int OCTOPUSH_MAX_TEXT = 1224;
    /** Routee: "message.text ≤ 1000 characters". */
    public static final int ROUTEE_MAX_TEXT = 1000;
    /** Octopush's {@code voice_language} enum, in its order. */
    public static final List<String> OCTOPUSH_LANGUAGES = List.of("en-US", "en-GB", "el-GR", "pl-PL", "hu-HU",
            "sv-SE", "de-DE", "es-ES", "es-LA", "fr-FR", "it-IT", "pt-BR", "ru-RU");
    /** The TTS languages Routee lists. */
    public static final List<String> ROUTEE_LANGUAGES = List.of("en-US", "de-DE", "fr-FR", "it-IT", "pt-BR", "es-ES",
            "es-LA", "en-GB", "el-GR", "bg-BG", "pl-PL", "hu-HU", "sv-SE", "ru-RU");
    public static final List<String> GENDERS = List.of("male", "female");
    /** Saem's voices as its document spells them. */
    public static final List<String> SAEM_VOICES = List.of("Juan", "Maria");
    /**
     * The {@code resource_name} Vocero lets through (Saem rejects bad ones with {@code CALLB_AUD_001} without saying
     * which are bad). A conservative reading: the base name of the .wav (no extension), ASCII letters, digits,
     * {@code _} and {@code -}, starting with a letter or digit, at most 60 characters.
     */
    public static final Pattern SAEM_RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

    public MessageOptions {
        voices = List.copyOf(voices);
        genders = List.copyOf(genders);
        languages = List.copyOf(languages);
    }

    public static MessageOptions of(ProviderId provider) {
        if (provider == null) {
            return new MessageOptions(null, false, false, false, false, -1, List.of(), List.of(), List.of(), true);
        }
        switch (provider) {
            case SAEM:
                return new MessageOptions(provider, true, true, false, true, -1, SAEM_VOICES, List.of(), List.of(), true);
            case ROUTEE:
                return new MessageOptions(provider, true, false, true, false, ROUTEE_MAX_TEXT, List.of(), GENDERS,
                        ROUTEE_LANGUAGES, false);
            case OCTOPUSH:
                return new MessageOptions(provider, true, false, false, false, OCTOPUSH_MAX_TEXT, List.of(), GENDERS,
                        OCTOPUSH_LANGUAGES, true);
            default:
                // Meetzy plays its playbook, Smartflo its IVR: no message in the draft
                return new MessageOptions(provider, false, false, false, false, -1, List.of(), List.of(), List.of(), true);
        }
    }

    /** Whether the provider takes a message at all. */
    public boolean needsMessage() {
        return tts || audioId || audioUrl;
    }

    /** Whether a recorded audio is possible. */
    public boolean audio() {
        return audioId || audioUrl;
    }
}
