package app.vocero.provider.http;

import java.util.Set;

/**
 * Which answers let the transport send a request again on its own. A request that never reached the provider
 * (connection refused, no such host) is always sent again: nothing left this computer. An answer is retried only
 * when its status is in {@link #statuses()}: for a request that creates something, only statuses that prove the
 * provider did nothing with it (each provider's client says which: see
 * {@link app.vocero.provider.ProviderClient#notProcessedStatuses()}); for a request that is harmless to repeat
 * (a token, a read, a frame the provider de-duplicates), also the server errors that usually pass.
 */
public record RetryRule(Set<Integer> statuses) {

    /** Repeating it creates nothing: rate limits and passing server errors are retried. */
    public static final RetryRule HARMLESS = new RetryRule(Set.of(429, 502, 503, 504));

    public RetryRule {
        statuses = Set.copyOf(statuses);
    }

    public boolean retries(int status) {
        return statuses.contains(status);
    }
}
