package app.vocero.service;

import app.vocero.campaign.DraftException;
import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.Account;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.Reply;
import app.vocero.provider.TemplateStats;
import app.vocero.provider.http.HttpResult;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.http.OutgoingRequest;
import app.vocero.provider.routee.RouteePlan;
import app.vocero.store.CampaignRepository;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends campaigns so that none is ever sent twice: every request is journaled (committed) before it leaves; an
 * answer marks it accepted or rejected; a request that left without an answer is {@code UNKNOWN} and is not sent
 * again until the user says what the provider shows — except where the provider de-duplicates it itself
 * (Octopush's {@code request_id}). Resuming sends only what was never accepted.
 */
public final class CampaignSender {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);

    private final CampaignService campaigns;
    private final AccountService accounts;
    private final app.vocero.store.SecretStore secrets;
    private final CampaignRepository history;
    private final Map<ProviderId, ProviderClient> clients;
    private final Map<ProviderId, ProviderPlan> plans;
    private final HttpTransport transport;
    private final SandboxEndpoints sandbox;
    private final Clock clock;

    public CampaignSender(CampaignService campaigns, AccountService accounts, app.vocero.store.SecretStore secrets,
                          CampaignRepository history, Map<ProviderId, ProviderClient> clients,
                          Map<ProviderId, ProviderPlan> plans, HttpTransport transport, SandboxEndpoints sandbox,
                          Clock clock) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.secrets = secrets;
        this.history = history;
        this.clients = Map.copyOf(clients);
        this.plans = Map.copyOf(plans);
        this.transport = transport;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /**
     * Checks a draft and, without errors, records it in the history and sends it.
     *
     * @param accountName the account to use; empty for the draft's own
     * @throws SendRefused when nothing may be sent (draft errors, unknown account, another provider's account)
     */
    public SendReport send(Path draftFile, Optional<String> accountName, Progress progress)
            throws DraftException, SendRefused, InterruptedException {
        CampaignCheck check = campaigns.check(draftFile, progress);
        if (check.hasErrors() || check.input().isEmpty()) {
            throw new SendRefused("The draft has errors: nothing was sent. Fix them (vocero campaign validate) and send again.",
                    "El borrador tiene errores: no se envió nada. Corríjalos (vocero campaign validate) y envíe de nuevo.",
                    check.findings());
        }
        Draft draft = check.reading().draft();
        Account account = account(accountName.orElse(draft.account()), draft.provider());
        if (!clients.containsKey(draft.provider())) {
            throw new SendRefused("Sending to " + draft.provider().displayName() + " is not available in this Vocero yet.",
                    "Este Vocero aún no puede enviar a " + draft.provider().displayName() + ".", List.of());
        }
        CampaignInput input = check.input().get();
        String id = UUID.randomUUID().toString();
        CampaignRecord record = new CampaignRecord(id, draft.name(), draft.provider(), account.name(),
                draftFile.toAbsolutePath().toString(), input.contacts().size(), CampaignState.SENDING, clock.instant(),
                clock.instant(), null);
        ObjectNode json = DraftFile.toJson(draft);
        json.put("account", account.name());
        history.create(record, json.toString(), input.contacts());
        return run(id, input, account, progress);
    }

    /** Sends what a campaign never got accepted; stops at a request whose fate is unknown. */
    public SendReport resume(String campaignId, Progress progress) throws SendRefused, InterruptedException {
        CampaignRecord record = history.find(campaignId).orElseThrow(() -> new SendRefused(
                "No campaign " + campaignId + " in the history (vocero history).",
                "No hay una campaña " + campaignId + " en el historial (vocero history).", List.of()));
        Account account = account(record.account(), record.provider());
        ObjectNode json;
        try {
            json = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.draftJson(campaignId).orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException("The stored draft of campaign " + campaignId + " cannot be read", e);
        }
        DraftReading reading = DraftFile.fromJson(json, Path.of(record.draftFile()).getParent());
        ContactTable contacts = history.contacts(campaignId).orElseThrow();
        Draft draft = reading.draft();
        Optional<Template> template = draft.message() instanceof app.vocero.domain.campaign.Message.Tts
                ? Optional.ofNullable(((app.vocero.domain.campaign.Message.Tts) draft.message()).template()).map(Template::parse)
                : Optional.empty();
        ZoneId zone = app.vocero.campaign.CampaignZone.parse(draft.timezone()).orElse(ZoneId.of("UTC"));
        CampaignInput input = new CampaignInput(draft, contacts, template, template.map(t -> TemplateStats.of(t, contacts)),
                zone, record.createdAt());
        return run(campaignId, input, account, progress);
    }

    /** The user checked with the provider what happened to an unknown request. */
    public void settleUnknown(String campaignId, int index, boolean created) throws SendRefused {
        Submission submission = history.submissions(campaignId).stream().filter(s -> s.index() == index).findFirst()
                .orElseThrow(() -> new SendRefused("No request " + index + " in campaign " + campaignId + ".",
                        "No hay una solicitud " + index + " en la campaña " + campaignId + ".", List.of()));
        if (submission.state() != SubmissionState.UNKNOWN && submission.state() != SubmissionState.PENDING) {
            throw new SendRefused("Request " + index + " is " + submission.state() + ", not unknown.",
                    "La solicitud " + index + " está " + submission.state() + ", no desconocida.", List.of());
        }
        history.record(campaignId, index, created ? SubmissionState.CONFIRMED : SubmissionState.RESEND,
                submission.providerIds(), submission.httpStatus(), submission.errorCode(),
                created ? "confirmed by the user" : "the user chose to send it again", clock.instant());
    }

    private Account account(String name, ProviderId provider) throws SendRefused {
        if (name == null || name.isBlank()) {
            throw new SendRefused("The draft names no account: add \"account\" or use --account.",
                    "El borrador no indica una cuenta: agregue \"account\" o use --account.", List.of());
        }
        Account account = accounts.find(name).orElseThrow(() -> new SendRefused(
                "No account named \"" + name + "\" (vocero accounts list).",
                "No hay una cuenta llamada \"" + name + "\" (vocero accounts list).", List.of()));
        if (account.provider() != provider) {
            throw new SendRefused("Account \"" + name + "\" is a " + account.provider().displayName() + " account; the draft is for "
                    + provider.displayName() + ".", "La cuenta \"" + name + "\" es de " + account.provider().displayName()
                    + "; el borrador es para " + provider.displayName() + ".", List.of());
        }
        return account;
    }

    private SendReport run(String campaignId, CampaignInput input, Account account, Progress progress)
            throws InterruptedException {
        ProviderClient client = clients.get(account.provider());
        ProviderPlan plan = plans.get(account.provider());
        AccountEndpoint endpoint = AccountEndpoint.of(account, client, secrets, sandbox);
        List<PlannedRequest> requests = plan.requests(input, endpoint.baseUrl());
        Map<Integer, Submission> journal = new HashMap<>();
        history.submissions(campaignId).forEach(submission -> journal.put(submission.index(), submission));
        Map<String, String> values = new HashMap<>();
        journal.values().stream().filter(s -> s.state() == SubmissionState.ACCEPTED || s.state() == SubmissionState.CONFIRMED)
                .forEach(s -> s.providerIds().forEach((key, value) -> values.put(key, String.valueOf(value))));
        Exchange exchange = new Exchange(client, endpoint, values, campaignId);
        CampaignState state = CampaignState.SENT;
        for (PlannedRequest login : client.login(endpoint.account(), endpoint.baseUrl())) {
            Reply reply = exchange.sendRepeatable(login);
            if (reply == null || reply.kind() != Reply.Kind.ACCEPTED) {
                state = CampaignState.REJECTED;
                break;
            }
        }
        for (int index = 0; index < requests.size() && state == CampaignState.SENT; index++) {
            progress.checkCancelled();
            progress.update(index, requests.size(), requests.get(index).step());
            PlannedRequest request = requests.get(index);
            Submission before = journal.get(index);
            boolean repeatable = client.isRepeatable(request);
            if (before != null && !repeatable) {
                SubmissionState was = before.state();
                if (was == SubmissionState.ACCEPTED || was == SubmissionState.CONFIRMED) {
                    continue;
                }
                if (was == SubmissionState.UNKNOWN || was == SubmissionState.PENDING) {
                    if (was == SubmissionState.PENDING) {
                        history.record(campaignId, index, SubmissionState.UNKNOWN, before.providerIds(), null, null,
                                "Vocero stopped while this request was out: check with the provider", clock.instant());
                    }
                    state = CampaignState.UNKNOWN;
                    break;
                }
            }
            state = exchange.send(index, request, repeatable);
        }
        history.setState(campaignId, state, clock.instant());
        progress.update(requests.size(), requests.size(), state.name());
        return new SendReport(history.find(campaignId).orElseThrow(), history.submissions(campaignId));
    }

    /** One send's conversation with the provider: journal, fill, send, read, record. */
    private final class Exchange {
        private final ProviderClient client;
        private final AccountEndpoint endpoint;
        private final Map<String, String> values;
        private final String campaignId;
        private final List<PlannedRequest> tokenRequests = new ArrayList<>();

        Exchange(ProviderClient client, AccountEndpoint endpoint, Map<String, String> values, String campaignId) {
            this.client = client;
            this.endpoint = endpoint;
            this.values = values;
            this.campaignId = campaignId;
        }

        /** A login or token request: not part of the campaign, safe to repeat, its answer never stored. */
        Reply sendRepeatable(PlannedRequest request) throws InterruptedException {
            HttpResult result = transport.send(outgoing(request));
            if (!(result instanceof HttpResult.Answered)) {
                return null;
            }
            HttpResult.Answered answer = (HttpResult.Answered) result;
            Reply reply = client.read(request, answer.status(), answer.body());
            endpoint.secrets().putAll(reply.secrets());
            tokenRequests.add(request);
            return reply;
        }

        CampaignState send(int index, PlannedRequest request, boolean repeatable) throws InterruptedException {
            Placeholders.Filled filled = fill(request);
            OutgoingRequest outgoing = new OutgoingRequest(request.method(), filled.uri(), filled.headers(),
                    request.contentType(), filled.body());
            history.journal(campaignId, index, request.step(), digest(filled.planned()),
                    client.idempotencyKey(request).orElse(null), clock.instant());
            HttpResult result = transport.send(outgoing);
            if (result instanceof HttpResult.Unknown && repeatable) {
                LOG.info("Request {} of {} had no answer; the provider de-duplicates it, sending it again", index, campaignId);
                result = transport.send(outgoing);
            }
            if (result instanceof HttpResult.NotSent) {
                history.record(campaignId, index, SubmissionState.REJECTED, Map.of(), null, "not_sent",
                        ((HttpResult.NotSent) result).reason(), clock.instant());
                return CampaignState.REJECTED;
            }
            if (result instanceof HttpResult.Unknown) {
                history.record(campaignId, index, SubmissionState.UNKNOWN, Map.of(), null, "no_answer",
                        ((HttpResult.Unknown) result).reason(), clock.instant());
                return CampaignState.UNKNOWN;
            }
            HttpResult.Answered answer = (HttpResult.Answered) result;
            Reply reply = client.read(request, answer.status(), answer.body());
            if (reply.kind() == Reply.Kind.UNAUTHORIZED && !tokenRequests.isEmpty()) {
                for (PlannedRequest token : List.copyOf(tokenRequests)) {
                    sendRepeatable(token);
                }
                answer = resend(request);
                if (answer == null) {
                    history.record(campaignId, index, SubmissionState.UNKNOWN, Map.of(), null, "no_answer",
                            "no answer after renewing the token", clock.instant());
                    return CampaignState.UNKNOWN;
                }
                reply = client.read(request, answer.status(), answer.body());
            }
            if (reply.kind() == Reply.Kind.ACCEPTED) {
                endpoint.secrets().putAll(reply.secrets());
                if (!reply.secrets().isEmpty()) {
                    tokenRequests.add(request);
                }
                reply.ids().forEach((key, value) -> values.put(key, String.valueOf(value)));
                history.record(campaignId, index, SubmissionState.ACCEPTED, reply.ids(), answer.status(), null, null,
                        clock.instant());
                return CampaignState.SENT;
            }
            history.record(campaignId, index, SubmissionState.REJECTED, Map.of(), answer.status(), reply.code(),
                    reply.english() + (reply.spanish() == null ? "" : "\n" + reply.spanish()), clock.instant());
            return CampaignState.REJECTED;
        }

        private HttpResult.Answered resend(PlannedRequest request) throws InterruptedException {
            HttpResult again = transport.send(outgoing(request));
            return again instanceof HttpResult.Answered ? (HttpResult.Answered) again : null;
        }

        private OutgoingRequest outgoing(PlannedRequest request) {
            Placeholders.Filled filled = fill(request);
            return new OutgoingRequest(request.method(), filled.uri(), filled.headers(), request.contentType(), filled.body());
        }

        private Placeholders.Filled fill(PlannedRequest request) {
            PlannedRequest routed = new PlannedRequest(request.step(), request.method(),
                    endpoint.route(request.url(), RouteePlan.TOKEN_URL), request.headers(), request.contentType(),
                    request.body(), request.records());
            try {
                return new Placeholders(endpoint.secrets(), values).fill(routed);
            } catch (IOException e) {
                throw new IllegalStateException("The body of " + request.step() + " could not be written", e);
            }
        }
    }

    /** The digest of the body as planned (placeholders unfilled): the same on every resume, never of a secret. */
    private static String digest(byte[] planned) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(planned));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
