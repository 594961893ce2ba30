package app.vocero.campaign;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** A draft's {@code timezone}: a {@code ±HH:MM} offset or an IANA zone ({@code America/Bogota}). */
public final class CampaignZone {

    private CampaignZone() {
    }

    public static Optional<ZoneId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            if (value.matches("[+-]\\d{2}:\\d{2}")) {
                return Optional.of(ZoneOffset.of(value));
            }
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
