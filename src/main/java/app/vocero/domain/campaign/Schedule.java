package app.vocero.domain.campaign;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One calling window: local date-times in the draft's time zone, how many retries and on which call results.
 *
 * @param retryOn           retry conditions as Saem names them ({@link RetryCondition})
 * @param retryAfterMinutes minutes before each retry (Meetzy {@code recall}, Smartflo {@code retry_after_minutes});
 *                          empty when the provider decides
 * @param extra             keys Vocero does not know, kept as they were
 */
public record Schedule(LocalDateTime start, LocalDateTime end, int retries, List<String> retryOn,
                       List<Integer> retryAfterMinutes, Map<String, Object> extra) {

    public Schedule {
        retryOn = retryOn == null ? List.of() : List.copyOf(retryOn);
        retryAfterMinutes = retryAfterMinutes == null ? List.of() : List.copyOf(retryAfterMinutes);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public boolean overlaps(Schedule other) {
        return start != null && end != null && other.start != null && other.end != null
                && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
