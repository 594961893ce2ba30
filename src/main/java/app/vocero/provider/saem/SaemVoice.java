package app.vocero.provider.saem;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Saem's two text-to-speech voices, spelled as its document spells them ({@code "Juan"}, {@code "Maria"}). */
public enum SaemVoice {
    JUAN("Juan"),
    MARIA("Maria");

    private final String spelling;

    SaemVoice(String spelling) {
        this.spelling = spelling;
    }

    /** The name as Saem expects it in {@code voice}. */
    public String spelling() {
        return spelling;
    }

    /** The voice a supervisor typed: case, surrounding spaces and accents do not matter ({@code "maría"} → Maria). */
    public static Optional<SaemVoice> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (SaemVoice voice : values()) {
            if (voice.spelling.toLowerCase(Locale.ROOT).equals(plain)) {
                return Optional.of(voice);
            }
        }
        return Optional.empty();
    }
}
