package app.vocero.domain.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each provider supports, as its API document says (see {@code /shared/providers/}): the message types, how
 * many calling windows, whether it retries and on which results, whether it takes minutes between retries, and its
 * own options. The wizard offers only this; pre-flight ({@code provider.*Rules}) still has the last word.
 *
 * <ul>
 *   <li>Saem: {@code standard} = recorded audio ({@code audioId}), {@code custom} = text-to-speech; up to 5 windows;
 *       retries 0–5 on its own result names; option {@code mailbox}.</li>
 *   <li>Routee: text-to-speech or a {@code .wav} URL; one window, no retries; {@code from}, {@code respectQuietHours}.</li>
 *   <li>Octopush: text-to-speech only; one start time, no retries; {@code sender}, {@code purpose},
 *       {@code simulation_mode}.</li>
 *   <li>Meetzy: the message is a playbook ({@code playbook_id}); one launch time; retries after the minutes given.</li>
 *   <li>Smartflo: the message is an IVR ({@code destination}); retries need minutes between them.</li>
 * </ul>
 */
public record ProviderCapabilities(ProviderId provider, Set<MessageType> messageTypes, int maxWindows, boolean retries,
                                   boolean retryConditions, boolean retryIntervals, List<OptionSpec> options) {

    /** Saem's and Vocero's limit of calling windows and retries. */
    public static final int MAX_WINDOWS = 5;
    public static final int MAX_RETRIES = 5;
    /** Minutes between retries offered when the provider needs them (Smartflo's own default is 30). */
    public static final int DEFAULT_RETRY_MINUTES = 30;

    /** What the called person hears. */
    public enum MessageType {
        /** A recorded audio: Saem's {@code audioId} (standard), Routee's {@code fileUrl}. */
        AUDIO,
        /** Text-to-speech from a template. */
        TTS,
        /** The provider plays something configured on its side (Meetzy's playbook, Smartflo's IVR): no message. */
        NONE
    }

    /** The kind of value an option takes. */
    public enum Kind { TEXT, BOOLEAN, INTEGER, CHOICE }

    /**
     * One provider option under the provider's own name.
     *
     * @param pattern  what a valid text looks like ({@code null}: anything not blank)
     * @param minimum  the smallest valid integer ({@link Kind#INTEGER})
     * @param fallback the value suggested for a new draft ({@code null}: none)
     */
    public record OptionSpec(String key, Kind kind, boolean required, List<String> choices, Pattern pattern, int minimum,
                             Object fallback) {

        public OptionSpec {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        /** True when {@code value} (as typed, or as read from a draft) is acceptable for this option. */
        public boolean accepts(Object value) {
            if (value == null || value.toString().isBlank()) {
                return !required;
            }
            String text = value.toString().trim();
            switch (kind) {
                case BOOLEAN:
                    return value instanceof Boolean || "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
                case INTEGER:
                    try {
                        return Integer.parseInt(text) >= minimum;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                case CHOICE:
                    return choices.contains(text);
                default:
                    return pattern == null || pattern.matcher(text).matches();
            }
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Map<ProviderId, ProviderCapabilities> ALL = Map.of(
            ProviderId.SAEM, new ProviderCapabilities(ProviderId.SAEM, Set.of(MessageType.AUDIO, MessageType.TTS),
                    MAX_WINDOWS, true, true, false,
                    List.of(new OptionSpec("mailbox", Kind.BOOLEAN, false, List.of(), null, 0, Boolean.FALSE))),
            ProviderId.ROUTEE, new ProviderCapabilities(ProviderId.ROUTEE, Set.of(MessageType.TTS, MessageType.AUDIO),
                    1, false, false, false,
                    List.of(new OptionSpec("from", Kind.TEXT, true, List.of(), Pattern.compile("\\+?[0-9]{3,16}"), 0, null),
                            new OptionSpec("respectQuietHours", Kind.BOOLEAN, false, List.of(), null, 0, Boolean.TRUE))),
            ProviderId.OCTOPUSH, new ProviderCapabilities(ProviderId.OCTOPUSH, Set.of(MessageType.TTS),
                    1, false, false, false,
                    List.of(new OptionSpec("sender", Kind.TEXT, false, List.of(), Pattern.compile("[a-zA-Z0-9]{3,11}"), 0, null),
                            new OptionSpec("purpose", Kind.CHOICE, false, List.of("alert", "wholesale"), null, 0, "alert"),
                            new OptionSpec("simulation_mode", Kind.BOOLEAN, false, List.of(), null, 0, Boolean.FALSE))),
            ProviderId.MEETZY, new ProviderCapabilities(ProviderId.MEETZY, Set.of(MessageType.NONE),
                    1, true, false, true,
                    List.of(new OptionSpec("playbook_id", Kind.TEXT, true, List.of(), UUID, 0, null))),
            ProviderId.SMARTFLO, new ProviderCapabilities(ProviderId.SMARTFLO, Set.of(MessageType.NONE),
                    MAX_WINDOWS, true, true, true,
                    List.of(new OptionSpec("destination", Kind.TEXT, true, List.of(),
                                    Pattern.compile("(?i)\\s*ivr\\s*\\|{1,2}\\s*[A-Za-z0-9_-]+\\s*"), 0, null),
                            new OptionSpec("caller_id_number", Kind.TEXT, true, List.of(), DIGITS, 0, null),
                            new OptionSpec("timeout", Kind.INTEGER, false, List.of(), null, 40, 40),
                            new OptionSpec("concurrent_limit", Kind.INTEGER, true, List.of(), null, 1, 5))));

    public ProviderCapabilities {
        messageTypes = Set.copyOf(messageTypes);
        options = List.copyOf(options);
    }

    public static ProviderCapabilities of(ProviderId provider) {
        return ALL.get(provider);
    }

    /** True when the provider plays a message Vocero sends (audio or text-to-speech). */
    public boolean needsMessage() {
        return !messageTypes.contains(MessageType.NONE);
    }

    public boolean supports(MessageType type) {
        return messageTypes.contains(type);
    }

    /** The message types in the order the wizard offers them (recorded audio first, as Saem lists it). */
    public List<MessageType> offered() {
        return List.of(MessageType.AUDIO, MessageType.TTS, MessageType.NONE).stream().filter(messageTypes::contains).toList();
    }

    /** The message type a draft's message is, or {@code null} when it has none. */
    public static MessageType typeOf(Message message) {
        if (message instanceof Message.Tts) {
            return MessageType.TTS;
        }
        return message instanceof Message.Audio ? MessageType.AUDIO : null;
    }
}
