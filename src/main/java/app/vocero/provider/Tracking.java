package app.vocero.provider;

import java.util.Map;

/**
 * What a provider says of a sent campaign's calls.
 *
 * @param counts   provider status → calls ({@code Completed: 120, NoAnswer: 30})
 * @param outcomes phone (E.164) → {status, detail}
 * @param complete every call has reached a final status
 */
public record Tracking(Map<String, Long> counts, Map<String, String[]> outcomes, boolean complete) {
}
