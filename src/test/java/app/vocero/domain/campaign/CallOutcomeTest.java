package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every provider's spelling of a call status groups into one outcome; "not called yet" is no outcome. */
class CallOutcomeTest {

    @Test
    void eachProvidersSpellingGroupsTogether() {
        assertThat(CallOutcome.of("NoAnswer")).isEqualTo(CallOutcome.NO_ANSWER);      // Routee
        assertThat(CallOutcome.of("no-answer")).isEqualTo(CallOutcome.NO_ANSWER);     // Meetzy
        assertThat(CallOutcome.of("No answer")).isEqualTo(CallOutcome.NO_ANSWER);     // Smartflo
        assertThat(CallOutcome.of("voicemail")).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(CallOutcome.of("Completed")).isEqualTo(CallOutcome.ANSWERED);
        assertThat(CallOutcome.of("Message played")).isEqualTo(CallOutcome.ANSWERED);
        assertThat(CallOutcome.of("Congestion")).isEqualTo(CallOutcome.BUSY);
        assertThat(CallOutcome.of("Unsent")).isEqualTo(CallOutcome.FAILED);
        assertThat(CallOutcome.of("wrong-phone-format")).isEqualTo(CallOutcome.WRONG_NUMBER);
        assertThat(CallOutcome.of("Code 9")).isEqualTo(CallOutcome.OTHER);
    }

    @Test
    void numbersNotCalledYetAreNoOutcomeAndAreNotCalledAgain() {
        for (String waiting : new String[] {"New", "Queued", "Ringing", "InProgress", "recall-scheduled", "open"}) {
            assertThat(CallOutcome.of(waiting)).as(waiting).isEqualTo(CallOutcome.NOT_CALLED_YET);
        }
        assertThat(CallOutcome.NOT_CALLED_YET.callAgain()).isFalse();
        assertThat(CallOutcome.ANSWERED.callAgain()).isFalse();
        assertThat(CallOutcome.WRONG_NUMBER.callAgain()).isFalse();
        assertThat(CallOutcome.NO_ANSWER.callAgain()).isTrue();
        assertThat(CallOutcome.BUSY.callAgain()).isTrue();
        assertThat(CallOutcome.FAILED.callAgain()).isTrue();
    }
}
