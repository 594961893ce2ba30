package app.vocero.provider.saem;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Schedule;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Saem's time fields: {@code gmt} ({@code ±HH:MM}, one per campaign) and the {@code dateStart}/{@code dateEnd} of
 * each calling window.
 */
public final class SaemClock {

    /**
     * The format of {@code dateStart}/{@code dateEnd}, local to {@code gmt}. A READING: Saem's document does not give
     * the format; {@code yyyy-MM-dd HH:mm:ss} is the common convention of Latin-American APIs (and of the MySQL/
     * Postgres {@code DATETIME} text a backend stores). Change it here, and only here, once Saem confirms.
     */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SaemClock() {
    }

    /**
     * The zone of the draft's windows: its {@code timezone} (a {@code ±HH:MM} offset or an IANA zone), else the zone
     * the caller resolved. Empty when the text names no zone.
     */
    public static Optional<ZoneId> zone(Draft draft, ZoneId fallback) {
        String text = draft.timezone();
        if (text == null || text.isBlank()) {
            return Optional.ofNullable(fallback);
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The earliest window start, or {@code null} when no window has one. */
    public static LocalDateTime firstStart(Draft draft) {
        return draft.schedules().stream().map(Schedule::start).filter(Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(null);
    }

    /**
     * The offset Saem gets as {@code gmt}: the zone's offset at the first window's start (or at {@code fallback}
     * when there is none). Empty when it is not whole minutes (historic local mean times), which {@code ±HH:MM}
     * cannot carry.
     */
    public static Optional<ZoneOffset> gmt(ZoneId zone, LocalDateTime firstStart, LocalDateTime fallback) {
        LocalDateTime at = firstStart != null ? firstStart : fallback;
        ZoneOffset offset = zone.getRules().getOffset(at);
        return offset.getTotalSeconds() % 60 == 0 ? Optional.of(offset) : Optional.empty();
    }

    /** {@code -05:00}, {@code +00:00}: always sign, hours and minutes. */
    public static String text(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d:%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** Whether the zone changes its clock after the given moment (daylight saving time). */
    public static boolean changesClock(ZoneId zone, LocalDateTime at) {
        if (zone.getRules().isFixedOffset()) {
            return false;
        }
        return zone.getRules().nextTransition(at.atZone(zone).toInstant()) != null;
    }

    /** A window's local date-time in the draft's zone, as the same instant in Saem's fixed {@code gmt} offset. */
    public static String saemDate(LocalDateTime local, ZoneId zone, ZoneOffset gmt) {
        return local.atZone(zone).withZoneSameInstant(gmt).toLocalDateTime().format(DATE_TIME);
    }
}
