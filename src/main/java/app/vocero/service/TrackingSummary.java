package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CallOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's tracking counts in the user's words: each provider status translated ("NoAnswer" → "No contestó"),
 * statuses with no call left out, the numbers not called yet counted apart (they are no outcome), and the calls per
 * {@link CallOutcome} for a chart. The window's history and the command line say the same.
 *
 * @param outcomes  "Completed: 7, Failed: 2, Busy: 1", empty when no call has an outcome
 * @param notCalled numbers the provider has not called yet ({@code New}, {@code Queued}, {@code Ringing}…)
 * @param byOutcome calls per outcome, in {@link CallOutcome} order, none for {@link CallOutcome#NOT_CALLED_YET}
 */
public record TrackingSummary(String outcomes, long notCalled, Map<CallOutcome, Long> byOutcome) {

    public static TrackingSummary of(Map<String, Long> counts, Messages messages) {
        List<String> parts = new ArrayList<>();
        long waiting = 0;
        Map<CallOutcome, Long> byOutcome = new EnumMap<>(CallOutcome.class);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            if (count.getValue() == null || count.getValue() == 0) {
                continue;
            }
            CallOutcome kind = CallOutcome.of(count.getKey());
            if (kind == CallOutcome.NOT_CALLED_YET) {
                waiting += count.getValue();
                continue;
            }
            byOutcome.merge(kind, count.getValue(), Long::sum);
            parts.add(messages.format("history.tracking.count", statusText(count.getKey(), messages), count.getValue()));
        }
        return new TrackingSummary(String.join(", ", parts), waiting, byOutcome);
    }

    /** A provider status in the user's language ({@code NoAnswer} → "No contestó"), as written when unknown. */
    public static String statusText(String status, Messages messages) {
        String key = "history.status." + CallOutcome.key(status);
        return messages.bundle().containsKey(key) ? messages.text(key) : status;
    }

    public static String outcomeText(CallOutcome outcome, Messages messages) {
        return messages.text("history.outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }
}
