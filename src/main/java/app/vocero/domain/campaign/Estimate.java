package app.vocero.domain.campaign;

import java.math.BigDecimal;

/**
 * What a draft would do, estimated before sending: contacts, requests, provider campaigns, calls, approximate
 * audio seconds per call and in total, and the cost when the account has a price table. An estimate, never a quote.
 *
 * @param requests       requests to the provider; {@link #UNCOUNTED} while errors keep them from being planned
 * @param secondsPerCall average audio length of one call; {@code null} when unknown (audio without a length)
 * @param cost           {@code null} without a price table
 */
public record Estimate(long records, int requests, int providerCampaigns, long calls, Double secondsPerCall,
                       Double totalSeconds, BigDecimal cost, String currency, String basis) {

    public static final String LABEL = "estimate";

    /** The requests cannot be counted until the draft's errors are fixed (never "0 requests"). */
    public static final int UNCOUNTED = -1;

    public boolean requestsCounted() {
        return requests >= 0;
    }
}
