package app.vocero.domain.campaign;

import java.util.Locale;
import java.util.Map;

/**
 * What a tracked call came to, across providers: each provider spells its statuses its own way (Routee
 * {@code NoAnswer}, Meetzy {@code no-answer}, Smartflo {@code No answer} or a code), and this groups them. A number
 * the provider has not called yet ({@code New}, {@code Queued}, {@code Ringing}…) is {@link #NOT_CALLED_YET}: it is no
 * outcome, and is counted apart.
 */
public enum CallOutcome {
    NOT_CALLED_YET,
    ANSWERED,
    NO_ANSWER,
    BUSY,
    FAILED,
    WRONG_NUMBER,
    OTHER;

    private static final Map<String, CallOutcome> STATUSES = Map.ofEntries(
            // not dialled yet, or still in progress
            Map.entry("new", NOT_CALLED_YET), Map.entry("pending", NOT_CALLED_YET), Map.entry("queued", NOT_CALLED_YET),
            Map.entry("initiated", NOT_CALLED_YET), Map.entry("ringing", NOT_CALLED_YET),
            Map.entry("inprogress", NOT_CALLED_YET), Map.entry("open", NOT_CALLED_YET),
            Map.entry("recallscheduled", NOT_CALLED_YET), Map.entry("dialing", NOT_CALLED_YET),
            Map.entry("calling", NOT_CALLED_YET), Map.entry("notdialed", NOT_CALLED_YET),
            // the message was heard, or a person took the call
            Map.entry("completed", ANSWERED), Map.entry("messageplayed", ANSWERED), Map.entry("routed", ANSWERED),
            Map.entry("closed", ANSWERED), Map.entry("answered", ANSWERED),
            Map.entry("noanswer", NO_ANSWER), Map.entry("voicemail", NO_ANSWER),
            Map.entry("busy", BUSY), Map.entry("congestion", BUSY),
            Map.entry("failed", FAILED), Map.entry("unsent", FAILED), Map.entry("terminated", FAILED),
            Map.entry("wrongphoneformat", WRONG_NUMBER));

    /** The status as a key: lower case, letters and digits only ({@code NoAnswer}, {@code no-answer} → {@code noanswer}). */
    public static String key(String providerStatus) {
        return providerStatus == null ? "" : providerStatus.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static CallOutcome of(String providerStatus) {
        return STATUSES.getOrDefault(key(providerStatus), OTHER);
    }

    /** Whether "Call again" calls such a number: it did not answer, was busy, or the call failed. */
    public boolean callAgain() {
        return this == NO_ANSWER || this == BUSY || this == FAILED;
    }
}
