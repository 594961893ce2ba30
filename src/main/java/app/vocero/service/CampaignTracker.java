package app.vocero.service;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import app.vocero.provider.Tracking;
import app.vocero.provider.http.HttpResult;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.http.OutgoingRequest;
import app.vocero.store.CampaignRepository;
import app.vocero.store.SecretStore;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a sent campaign's calls went: asks the provider where its API allows (Routee tracking, Meetzy calls,
 * Smartflo leads), keeps per-status counts and per-number outcomes in the history, and says so where the provider
 * offers nothing (Saem, Octopush).
 */
public final class CampaignTracker {

    private final CampaignRepository history;
    private final AccountService accounts;
    private final SecretStore secrets;
    private final Map<app.vocero.domain.campaign.ProviderId, ProviderClient> clients;
    private final HttpTransport transport;
    private final SandboxEndpoints sandbox;
    private final Clock clock;

    public CampaignTracker(CampaignRepository history, AccountService accounts, SecretStore secrets,
                           Map<app.vocero.domain.campaign.ProviderId, ProviderClient> clients, HttpTransport transport,
                           SandboxEndpoints sandbox, Clock clock) {
        this.history = history;
        this.accounts = accounts;
        this.secrets = secrets;
        this.clients = Map.copyOf(clients);
        this.transport = transport;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /** A campaign's tracking as stored, and why there is none when the provider has no tracking API. */
    public record View(CampaignRecord campaign, List<Submission> submissions, Map<String, Long> counts,
                       Map<String, String[]> outcomes, Optional<String[]> unavailable) {
    }

    /** Every campaign sent from this data directory, newest first. */
    public List<CampaignRecord> history() {
        return history.all();
    }

    /** The campaigns of the history the filter lets through, newest first. */
    public List<CampaignRecord> history(app.vocero.domain.campaign.HistoryFilter filter) {
        return filter.apply(history.all());
    }

    /**
     * The draft exactly as the campaign was sent (account included), with relative paths made absolute against the
     * folder of the file it was sent from; empty when the campaign is not in the history.
     */
    public Optional<app.vocero.domain.campaign.Draft> sentDraft(String campaignId) {
        Optional<CampaignRecord> campaign = history.find(campaignId);
        Optional<String> json = history.draftJson(campaignId);
        if (campaign.isEmpty() || json.isEmpty()) {
            return Optional.empty();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.get());
            java.nio.file.Path sentFrom = java.nio.file.Path.of(campaign.get().draftFile()).toAbsolutePath().getParent();
            app.vocero.campaign.DraftReading reading = app.vocero.campaign.DraftFile.fromJson(
                    (com.fasterxml.jackson.databind.node.ObjectNode) tree, sentFrom);
            return Optional.of(DraftService.absolute(reading.draft(), reading.folder()));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("The stored draft of campaign " + campaignId + " cannot be read", e);
        }
    }

    /** The contacts the campaign was sent to, as recorded at its first send. */
    public Optional<app.vocero.domain.ContactTable> contacts(String campaignId) {
        return history.contacts(campaignId);
    }

    public Optional<View> view(String campaignId) {
        return history.find(campaignId).map(campaign -> new View(campaign, history.submissions(campaignId),
                history.trackingCounts(campaignId), history.outcomes(campaignId),
                clients.get(campaign.provider()).noTrackingReason()));
    }

    /**
     * Asks the provider for the latest outcomes and stores them.
     *
     * @return the updated view; unchanged when the provider offers no tracking
     */
    public View refresh(String campaignId) throws InterruptedException, SendRefused {
        View before = view(campaignId).orElseThrow(() -> new SendRefused("No campaign " + campaignId + " in the history.",
                "No hay una campaña " + campaignId + " en el historial.", List.of()));
        ProviderClient client = clients.get(before.campaign().provider());
        if (client.noTrackingReason().isPresent()) {
            return before;
        }
        Account account = accounts.find(before.campaign().account()).orElseThrow(() -> new SendRefused(
                "The account " + before.campaign().account() + " of this campaign no longer exists.",
                "La cuenta " + before.campaign().account() + " de esta campaña ya no existe.", List.of()));
        AccountEndpoint endpoint;
        try {
            endpoint = AccountEndpoint.of(account, client, secrets, sandbox);
        } catch (app.vocero.store.SecretException e) {
            // a missing or wrong passphrase: said in words, nothing asked of the provider
            throw new SendRefused(e.message("en"), e.message("es"), List.of());
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (Submission submission : before.submissions()) {
            if (submission.state() == SubmissionState.ACCEPTED || submission.state() == SubmissionState.CONFIRMED) {
                accepted.add(submission.providerIds());
            }
        }
        for (PlannedRequest login : client.tokenRequests(endpoint.account(), endpoint.baseUrl())) {
            HttpResult result = exchange(client, endpoint, values, login);
            Optional<byte[]> body = body(result);
            if (body.isEmpty()) {
                // without its token the tracking cannot be asked for: say why, never "no secret accessToken"
                if (result instanceof HttpResult.Answered) {
                    HttpResult.Answered answer = (HttpResult.Answered) result;
                    Reply reply = client.read(login, answer.status(), answer.body());
                    if (reply.english() != null) {
                        throw refused(reply.english(), reply.spanish() == null ? reply.english() : reply.spanish());
                    }
                }
                throw notAnswered(client, result);
            }
            endpoint.secrets().putAll(client.read(login, 200, body.get()).secrets());
        }
        List<byte[]> bodies = new ArrayList<>();
        for (PlannedRequest request : client.trackingRequests(endpoint.baseUrl(), accepted)) {
            HttpResult result = exchange(client, endpoint, values, request);
            Optional<byte[]> body = body(result);
            if (body.isEmpty()) {
                throw notAnswered(client, result);
            }
            bodies.add(body.get());
        }
        Tracking tracking = ownCalls(client.readTracking(bodies), campaignId);
        history.saveTracking(campaignId, tracking.counts(), tracking.outcomes(), clock.instant());
        return view(campaignId).orElseThrow();
    }

    /**
     * Keeps only the calls to this campaign's numbers: some providers answer per account or per playbook and date
     * (Meetzy), not per campaign. Counts are recounted from what is kept.
     */
    private Tracking ownCalls(Tracking tracking, String campaignId) {
        if (tracking.outcomes().isEmpty()) {
            return tracking;
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        history.contacts(campaignId).ifPresent(contacts -> {
            for (int i = 0; i < contacts.size(); i++) {
                numbers.add(contacts.e164(i));
            }
        });
        Map<String, String[]> outcomes = new java.util.LinkedHashMap<>();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        tracking.outcomes().forEach((phone, outcome) -> {
            if (numbers.contains(phone)) {
                outcomes.put(phone, outcome);
                counts.merge(outcome[0], 1L, Long::sum);
            }
        });
        return new Tracking(counts, outcomes, tracking.complete());
    }

    /** The tracking request got no usable answer: why, in words (never an exception's name). */
    private static SendRefused notAnswered(ProviderClient client, HttpResult problem) {
        String provider = client.id().displayName();
        String why;
        String porque;
        if (problem instanceof HttpResult.NotSent) {
            why = ((HttpResult.NotSent) problem).reason();
            porque = ((HttpResult.NotSent) problem).reasonEs();
        } else if (problem instanceof HttpResult.Unknown) {
            why = ((HttpResult.Unknown) problem).reason();
            porque = ((HttpResult.Unknown) problem).reasonEs();
        } else if (problem instanceof HttpResult.Answered) {
            int status = ((HttpResult.Answered) problem).status();
            why = provider + " answered HTTP " + status + ".";
            porque = provider + " respondió HTTP " + status + ".";
        } else {
            why = provider + " gave no answer.";
            porque = provider + " no respondió.";
        }
        return refused(why, porque);
    }

    private static SendRefused refused(String why, String porque) {
        return new SendRefused("The outcomes could not be read: " + why + " Try again later; nothing was changed.",
                "No se pudieron leer los resultados: " + porque + " Intente más tarde; no se cambió nada.", List.of());
    }

    /** The body of a 2xx answer; empty for anything else. */
    private static Optional<byte[]> body(HttpResult result) {
        if (result instanceof HttpResult.Answered && ((HttpResult.Answered) result).status() / 100 == 2) {
            return Optional.of(((HttpResult.Answered) result).body());
        }
        return Optional.empty();
    }

    private HttpResult exchange(ProviderClient client, AccountEndpoint endpoint, Map<String, String> values,
                                      PlannedRequest request) throws InterruptedException {
        try {
            Placeholders.Filled filled = new Placeholders(endpoint.secrets(), values).fill(request);
            return transport.send(new OutgoingRequest(request.method(), filled.uri(), filled.headers(),
                    request.contentType(), filled.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
