package app.vocero.domain.campaign;

import java.util.Locale;
import java.util.Optional;

/** The voice providers Vocero sends campaigns through, by the key drafts and the command line use. */
public enum ProviderId {
    SAEM("saem", "Saem"),
    MEETZY("meetzy", "Meetzy"),
    ROUTEE("routee", "Routee"),
    OCTOPUSH("octopush", "Octopush"),
    SMARTFLO("smartflo", "Tata Smartflo");

    private final String key;
    private final String displayName;

    ProviderId(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ProviderId> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (ProviderId id : values()) {
            if (id.key.equals(wanted)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
