package app.vocero.provider;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Vocero talks to one provider beyond the request bodies of its {@link ProviderPlan}: which secrets its requests
 * need, how to read its answers and errors, which requests are safe to repeat, how to test an account and how to
 * track a sent campaign. Implementations are pure (no I/O): the sender and the transport do the talking.
 */
public interface ProviderClient {

    ProviderId id();

    /**
     * The values behind the plan's {@link Secrets} placeholders, from the account and its stored secret
     * (e.g. Routee's {@code basicCredentials} = Base64 of {@code appId:secret}; Octopush's {@code apiLogin}).
     */
    Map<String, String> credentials(Account account, String secret);

    /**
     * Requests to run first to obtain a token when the account logs in (Smartflo with e-mail + password);
     * their replies' {@link Reply#secrets()} fill the placeholders. Empty for static keys.
     */
    default List<PlannedRequest> login(Account account, String baseUrl) {
        return List.of();
    }

    /**
     * What to send before reads that need a token (tracking): the {@link #login} requests, or a provider's token
     * request when its plan fetches the token itself (Routee).
     */
    default List<PlannedRequest> tokenRequests(Account account, String baseUrl) {
        return login(account, baseUrl);
    }

    /**
     * Whether a request can be sent again without creating anything twice: token and login requests, reads, and
     * Octopush frames (their {@code request_id} is de-duplicated by Octopush for 24 h).
     */
    boolean isRepeatable(PlannedRequest request);

    /**
     * HTTP statuses that prove this provider did nothing with a request that creates something, so it may be sent
     * again on its own. 429 is a rate limiter's refusal: the request was turned away before any work (RFC 6585; the
     * providers that document a limit say so). No provider's document gives 5xx that meaning, so a 500, 502, 503 or
     * 504 after the body went out is "unknown" — the campaign may exist — never retried blindly.
     */
    default java.util.Set<Integer> notProcessedStatuses() {
        return NOT_PROCESSED_DEFAULT;
    }

    /** {@link #notProcessedStatuses()} of every provider that documents nothing more. */
    java.util.Set<Integer> NOT_PROCESSED_DEFAULT = java.util.Set.of(429);

    /**
     * How long the provider remembers {@link #idempotencyKey} to drop a repeat, as far as Vocero trusts it; empty
     * when it does not de-duplicate. Within it, a request whose fate is unknown is sent again with the same key;
     * after it, never blindly.
     */
    default Optional<java.time.Duration> deduplicationWindow() {
        return Optional.empty();
    }

    /**
     * The name under which later requests and the history know the id a request's answer carries ({@code listId},
     * {@code timeGroupId}, {@code campaign_id}…): what {@code settle N --created --id X} records. Empty when the
     * request creates nothing later requests or tracking need.
     */
    default Optional<String> createdIdName(PlannedRequest request) {
        return Optional.empty();
    }

    /**
     * A harmless read that finds what a request created when its answer was lost (Smartflo lists by their name);
     * empty when the API offers none. Its answer is read by {@link #readLookup}.
     */
    default Optional<PlannedRequest> lookupRequest(PlannedRequest created, String baseUrl) {
        return Optional.empty();
    }

    /** The id {@link #lookupRequest} found, if the thing it looks for is in the answer. */
    default Optional<String> readLookup(PlannedRequest created, byte[] body) {
        return Optional.empty();
    }

    /** The idempotency key the provider honours for this request ({@code request_id}), if any. */
    default Optional<String> idempotencyKey(PlannedRequest request) {
        return Optional.empty();
    }

    /** Reads the provider's answer (any HTTP status). */
    Reply read(PlannedRequest request, int status, byte[] body);

    /** The cheapest harmless request that proves an account works; empty when the API has none (say so). */
    Optional<PlannedRequest> connectionTest(Account account, String baseUrl);

    /**
     * Requests that ask how a sent campaign's calls went, from the ids its requests were accepted with; empty when
     * the provider offers no tracking API.
     */
    List<PlannedRequest> trackingRequests(String baseUrl, List<Map<String, Object>> acceptedIds);

    /** Reads the answers of {@link #trackingRequests}, in the same order. */
    default Tracking readTracking(List<byte[]> bodies) {
        return new Tracking(Map.of(), Map.of(), false);
    }

    /** Why tracking is not available, in English and Spanish (for providers without a tracking API). */
    default Optional<String[]> noTrackingReason() {
        return Optional.empty();
    }
}
