package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CallOutcome;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tracking counts in the user's words, "not called yet" apart. */
class TrackingSummaryTest {

    private static Map<String, Long> routee() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Queued", 3L);
        counts.put("Ringing", 0L);
        counts.put("Completed", 2L);
        counts.put("NoAnswer", 1L);
        counts.put("Busy", 0L);
        counts.put("Hangup-ish", 1L);
        return counts;
    }

    @Test
    void spanishHasNoEnglishStatusAndKeepsNotCalledYetApart() {
        TrackingSummary summary = TrackingSummary.of(routee(), Messages.of(Locale.forLanguageTag("es")));

        assertThat(summary.outcomes()).isEqualTo("Completada: 2, No contestó: 1, Hangup-ish: 1");
        assertThat(summary.notCalled()).isEqualTo(3);
        assertThat(summary.byOutcome()).containsExactly(Map.entry(CallOutcome.ANSWERED, 2L),
                Map.entry(CallOutcome.NO_ANSWER, 1L), Map.entry(CallOutcome.OTHER, 1L));
    }

    @Test
    void englishAndSmartflosNewAndLargeCounts() {
        TrackingSummary summary = TrackingSummary.of(Map.of("New", 12_000L, "Message played", 497_000L),
                Messages.of(Locale.ENGLISH));

        assertThat(summary.outcomes()).isEqualTo("Message played: 497,000");
        assertThat(summary.notCalled()).isEqualTo(12_000);
    }
}
