package app.vocero.domain.campaign;

import java.util.Map;

/** What the called person hears: a text-to-speech template or a recorded audio. */
public sealed interface Message permits Message.Tts, Message.Audio {

    Map<String, Object> extra();

    /**
     * Text read by the provider's voice, with per-contact tags ({@code {N}}, {@code <N>}, {@code {Ciudad}}).
     *
     * @param voice    Saem's voice ({@code Juan}, {@code Maria}); empty when the provider takes gender + language
     * @param gender   {@code male}/{@code female} (Routee, Octopush)
     * @param language {@code es-LA}, {@code es-ES}, {@code en-US}… (Routee, Octopush)
     */
    record Tts(String template, String voice, String gender, String language, Map<String, Object> extra)
            implements Message {
        public Tts {
            extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        }
    }

    /**
     * A recorded message: Saem's {@code audioId} or Routee's {@code fileUrl} (.wav).
     *
     * @param file            an optional local copy of the audio, to know its length for the estimate
     * @param durationSeconds the audio's length when known (read from {@code file}, or written in the draft)
     */
    record Audio(String audioId, String fileUrl, String file, Double durationSeconds, Map<String, Object> extra)
            implements Message {
        public Audio {
            extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        }
    }
}
