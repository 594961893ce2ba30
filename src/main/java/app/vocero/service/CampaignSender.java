package app.vocero.service;

import app.vocero.campaign.DraftException;
import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.Account;
import app.vocero.domain.ContactTable;
import app.vocero.domain.Operator;
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
import app.vocero.provider.http.RetryRule;
import app.vocero.provider.routee.RouteePlan;
import app.vocero.store.CampaignRepository;
import app.vocero.store.SendLeases;
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
    private final SendLeases leases;
    private final Operator operator;
    private final java.util.function.Function<Path, String> draftLeaseKey;

    /** Sending from this desktop: each campaign recorded says this OS user and computer sent it. */
    public CampaignSender(CampaignService campaigns, AccountService accounts, app.vocero.store.SecretStore secrets,
                          CampaignRepository history, Map<ProviderId, ProviderClient> clients,
                          Map<ProviderId, ProviderPlan> plans, HttpTransport transport, SandboxEndpoints sandbox,
                          Clock clock, SendLeases leases) {
        this(campaigns, accounts, secrets, history, clients, plans, transport, sandbox, clock, leases,
                Operator.thisDesktop(), SendLeases::draftKey);
    }

    /** Sending as {@code operator}: tests play several desktops sharing one history. */
    public CampaignSender(CampaignService campaigns, AccountService accounts, app.vocero.store.SecretStore secrets,
                          CampaignRepository history, Map<ProviderId, ProviderClient> clients,
                          Map<ProviderId, ProviderPlan> plans, HttpTransport transport, SandboxEndpoints sandbox,
                          Clock clock, SendLeases leases, Operator operator) {
        this(campaigns, accounts, secrets, history, clients, plans, transport, sandbox, clock, leases, operator,
                SendLeases::draftKey);
    }

    /**
     * @param draftLeaseKey the send lease of a draft file ({@link DraftService#leaseKey}: a window draft by its id,
     *                      any other file by its path)
     */
    public CampaignSender(CampaignService campaigns, AccountService accounts, app.vocero.store.SecretStore secrets,
                          CampaignRepository history, Map<ProviderId, ProviderClient> clients,
                          Map<ProviderId, ProviderPlan> plans, HttpTransport transport, SandboxEndpoints sandbox,
                          Clock clock, SendLeases leases, java.util.function.Function<Path, String> draftLeaseKey) {
        this(campaigns, accounts, secrets, history, clients, plans, transport, sandbox, clock, leases,
                Operator.thisDesktop(), draftLeaseKey);
    }

    /** Sending as {@code operator}, with the lease key of a draft file given. */
    public CampaignSender(CampaignService campaigns, AccountService accounts, app.vocero.store.SecretStore secrets,
                          CampaignRepository history, Map<ProviderId, ProviderClient> clients,
                          Map<ProviderId, ProviderPlan> plans, HttpTransport transport, SandboxEndpoints sandbox,
                          Clock clock, SendLeases leases, Operator operator,
                          java.util.function.Function<Path, String> draftLeaseKey) {
        this.operator = operator;
        this.draftLeaseKey = draftLeaseKey;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.secrets = secrets;
        this.history = history;
        this.clients = Map.copyOf(clients);
        this.plans = Map.copyOf(plans);
        this.transport = transport;
        this.sandbox = sandbox;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Checks a draft and, without errors, records it in the history and sends it.
     *
     * @param accountName the account to use; empty for the draft's own
     * @throws SendRefused when nothing may be sent (draft errors, unknown account, another provider's account)
     */
    public SendReport send(Path draftFile, Optional<String> accountName, Progress progress)
            throws DraftException, SendRefused, InterruptedException {
        // one send of a draft at a time, across every window and command of this data directory
        try (SendLeases.Lease draftLease = lease(draftLeaseKey.apply(draftFile))) {
            return sendHeld(draftFile, accountName, progress);
        }
    }

    private SendReport sendHeld(Path draftFile, Optional<String> accountName, Progress progress)
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
        // the secrets are unlocked and the login made before anything is recorded: a send that cannot start
        // leaves no campaign behind (never one stuck in "sending")
        AccountEndpoint endpoint = unlock(account, clients.get(account.provider()));
        List<PlannedRequest> tokens = logIn(clients.get(account.provider()), endpoint);
        String id = UUID.randomUUID().toString();
        CampaignRecord record = new CampaignRecord(id, draft.name(), draft.provider(), account.name(),
                draftFile.toAbsolutePath().toString(), input.contacts().size(), CampaignState.SENDING, clock.instant(),
                clock.instant(), null, operator);
        ObjectNode json = DraftFile.toJson(draft);
        json.put("account", account.name());
        try (SendLeases.Lease lease = lease(SendLeases.campaignKey(id))) {
            history.create(record, json.toString(), input.contacts());
            return run(id, input, endpoint, tokens, progress, lease);
        }
    }

    /** The lease of a draft or campaign for this process; refused in words when another process holds it. */
    private SendLeases.Lease lease(String key) throws SendRefused {
        try {
            return leases.take(key);
        } catch (SendLeases.Unavailable e) {
            throw new SendRefused(e.getMessage(), e.spanish(), List.of());
        } catch (SendLeases.Taken e) {
            SendLeases.Holder holder = e.holder();
            String who = holder.osUser() + "@" + holder.host() + " (" + holder.pid() + ")";
            String what = key.startsWith("draft:") ? key.substring("draft:".length()) : key.substring("campaign:".length());
            throw new SendRefused("Campaign " + what + " is already being sent by " + who + " since " + e.since()
                    + ": nothing was sent. Wait for it to finish (vocero history), then try again.",
                    "La campaña " + what + " ya la está enviando " + who + " desde " + e.since()
                    + ": no se envió nada. Espere a que termine (vocero history) e intente de nuevo.", List.of());
        }
    }

    /**
     * The exact requests of a checked draft as they would leave with the account — its own address (a sandbox, a
     * {@code --base-url}) and Routee token URL, never the provider's official one when the account points
     * elsewhere — secrets masked. No secret is read. Empty when the draft has errors.
     *
     * @param accountName the account to use; empty for the draft's own
     */
    public List<RequestPreview> previews(CampaignCheck check, Optional<String> accountName) {
        if (check.hasErrors() || check.plan().isEmpty() || check.input().isEmpty()) {
            return List.of();
        }
        ProviderPlan plan = check.plan().get();
        Optional<Account> account = accountName.or(() -> Optional.ofNullable(check.reading().draft().account()))
                .flatMap(accounts::find).filter(found -> found.provider() == plan.id());
        String baseUrl = account.map(found -> found.sandbox() ? sandbox.baseUrl(found.provider()) : found.baseUrl())
                .orElse(plan.defaultBaseUrl());
        String authUrl = account.map(found -> found.sandbox() ? sandbox.authUrl(found.provider()) : found.authUrl())
                .orElse(null);
        AccountEndpoint where = new AccountEndpoint(baseUrl, authUrl, Map.of(), account.orElse(null));
        return plan.requests(check.input().get(), baseUrl).stream()
                .map(request -> new PlannedRequest(request.step(), request.method(),
                        where.route(request.url(), RouteePlan.TOKEN_URL), request.headers(), request.contentType(),
                        request.body(), request.records()))
                .map(RequestPreview::of).toList();
    }

    /** Sends what a campaign never got accepted; stops at a request whose fate is unknown. */
    public SendReport resume(String campaignId, Progress progress) throws SendRefused, InterruptedException {
        try (SendLeases.Lease lease = lease(SendLeases.campaignKey(campaignId))) {
            Stored stored = load(campaignId);
            ProviderClient client = clients.get(stored.account().provider());
            AccountEndpoint endpoint = unlock(stored.account(), client);
            return run(campaignId, stored.input(), endpoint, logIn(client, endpoint), progress, lease);
        }
    }

    /** A campaign as it was recorded at its first send: the exact draft, contacts and account. */
    private record Stored(CampaignInput input, Account account) {
    }

    private Stored load(String campaignId) throws SendRefused {
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
        return new Stored(input, account);
    }

    /** The user checked with the provider what happened to an unknown request (0-based {@code index}). */
    public void settleUnknown(String campaignId, int index, boolean created) throws SendRefused, InterruptedException {
        settle(campaignId, index, created, Optional.empty());
    }

    /**
     * Records what the user found at the provider for a request not proven accepted (0-based {@code index}):
     * {@code created} — it exists, never send it again — optionally with the id the provider shows, which later
     * steps need ({@code listId}); or not created — the next resume sends it. When a later step needs the id and
     * none is given, Vocero looks it up where the API can (a Smartflo list by its name); otherwise it asks for it.
     */
    public void settle(String campaignId, int index, boolean created, Optional<String> providerId)
            throws SendRefused, InterruptedException {
        // not while another process sends it: its answer would race the user's decision
        try (SendLeases.Lease lease = lease(SendLeases.campaignKey(campaignId))) {
            settleHeld(campaignId, index, created, providerId);
        }
    }

    private void settleHeld(String campaignId, int index, boolean created, Optional<String> providerId)
            throws SendRefused, InterruptedException {
        Submission submission = history.submissions(campaignId).stream().filter(s -> s.index() == index).findFirst()
                .orElseThrow(() -> new SendRefused("Request #" + (index + 1) + " of campaign " + campaignId
                        + " was never sent: there is nothing to settle.", "La solicitud #" + (index + 1)
                        + " de la campaña " + campaignId + " nunca se envió: no hay nada que resolver.", List.of()));
        SubmissionState was = submission.state();
        boolean provenCreated = was == SubmissionState.ACCEPTED || was == SubmissionState.CONFIRMED;
        if (provenCreated && !(created && providerId.isPresent())) {
            throw new SendRefused("Request #" + (index + 1) + " is already " + was.name().toLowerCase(java.util.Locale.ROOT)
                    + ": the provider created it, and it is never sent again.",
                    "La solicitud #" + (index + 1) + " ya está " + (was == SubmissionState.ACCEPTED ? "aceptada" : "confirmada")
                    + ": el proveedor la creó y nunca se envía de nuevo.", List.of());
        }
        if (!created) {
            history.record(campaignId, index, SubmissionState.RESEND, submission.providerIds(), submission.httpStatus(),
                    submission.errorCode(), "the user checked: it was not created; the next resume sends it again",
                    clock.instant());
            return;
        }
        Stored stored = load(campaignId);
        ProviderClient client = clients.get(stored.account().provider());
        // the plan only tells which step creates which id: no secret is read unless a lookup is needed
        List<PlannedRequest> requests = plans.get(stored.account().provider()).requests(stored.input(), PLAN_ONLY_BASE_URL);
        PlannedRequest request = requests.get(index);
        Optional<String> idName = client.createdIdName(request);
        Map<String, Object> ids = new java.util.LinkedHashMap<>(submission.providerIds());
        if (providerId.isPresent()) {
            String id = providerId.get().trim();
            if (id.isEmpty() || id.length() > 200) {
                throw new SendRefused("The id given for request #" + (index + 1) + " is empty or too long.",
                        "El id dado para la solicitud #" + (index + 1) + " está vacío o es demasiado largo.", List.of());
            }
            ids.put(idName.orElse("id"), id);
        } else if (idName.isPresent() && neededLater(client, requests, index, idName.get())) {
            Optional<String> found = lookUp(stored.account(), client, request);

            if (found.isEmpty()) {
                throw new SendRefused("Request #" + (index + 1) + " (" + request.step() + ") created the " + idName.get()
                        + " that later requests need, and " + stored.account().provider().displayName()
                        + " cannot be asked for it. Find it in the provider's platform and give it with the request "
                        + "(the id field on the campaign's page, or: vocero campaign settle " + campaignId + " "
                        + (index + 1) + " --created --id …).",
                        "La solicitud #" + (index + 1) + " (" + request.step() + ") creó el " + idName.get()
                        + " que necesitan las siguientes, y no se le puede pedir a " + stored.account().provider().displayName()
                        + ". Búsquelo en la plataforma del proveedor y páselo con la solicitud (el campo del id en la "
                        + "página de la campaña, o: vocero campaign settle " + campaignId + " " + (index + 1)
                        + " --created --id …).", List.of());
            }
            ids.put(idName.get(), found.get());
        }
        history.record(campaignId, index, SubmissionState.CONFIRMED, ids, submission.httpStatus(), null,
                provenCreated ? "the user gave the provider's id" : "the user checked: the provider created it",
                clock.instant());
    }

    /** The base of requests planned only to read their steps, never sent. */
    private static final String PLAN_ONLY_BASE_URL = "https://provider.invalid";

    private static boolean neededLater(ProviderClient client, List<PlannedRequest> requests, int index, String name) {
        String placeholder = "{" + name + "}";
        for (int later = index + 1; later < requests.size(); later++) {
            if (Placeholders.mentions(requests.get(later), placeholder)) {
                return true;
            }
        }
        return false;
    }

    /** Asks the provider, with a harmless read, for the id of what a lost request created. */
    private Optional<String> lookUp(Account account, ProviderClient client, PlannedRequest created)
            throws InterruptedException, SendRefused {
        if (client.lookupRequest(created, PLAN_ONLY_BASE_URL).isEmpty()) {
            return Optional.empty(); // nothing to ask: no secret is read
        }
        AccountEndpoint endpoint = unlock(account, client);
        Optional<PlannedRequest> lookup = client.lookupRequest(created, endpoint.baseUrl());
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        Exchange exchange = new Exchange(client, endpoint, new HashMap<>(), null, null);
        for (PlannedRequest login : client.tokenRequests(endpoint.account(), endpoint.baseUrl())) {
            Reply reply = exchange.sendRepeatable(login);
            if (reply == null || reply.kind() != Reply.Kind.ACCEPTED) {
                return Optional.empty();
            }
        }
        HttpResult result = transport.send(exchange.outgoing(lookup.get()));
        if (result instanceof HttpResult.Answered && ((HttpResult.Answered) result).status() / 100 == 2) {
            return client.readLookup(created, ((HttpResult.Answered) result).body());
        }
        return Optional.empty();
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

    /** The account's address and secrets for one send; a secret that cannot be read refuses the send, in words. */
    private AccountEndpoint unlock(Account account, ProviderClient client) throws SendRefused {
        try {
            return AccountEndpoint.of(account, client, secrets, sandbox);
        } catch (app.vocero.store.SecretException e) {
            throw new SendRefused(e.message("en") + " Nothing was sent.", e.message("es") + " No se envió nada.", List.of());
        }
    }

    /**
     * The account's login (Smartflo's e-mail and password), which creates nothing and is not journaled; the
     * requests made, for a renewal after a 401.
     *
     * @throws SendRefused when the provider cannot be reached or refuses the login: nothing was sent
     */
    private List<PlannedRequest> logIn(ProviderClient client, AccountEndpoint endpoint)
            throws SendRefused, InterruptedException {
        Exchange exchange = new Exchange(client, endpoint, new HashMap<>(), null, null); // journals nothing: no lease
        String provider = client.id().displayName();
        for (PlannedRequest login : client.login(endpoint.account(), endpoint.baseUrl())) {
            HttpResult result = transport.send(exchange.outgoing(login));
            String why = null;
            String porque = null;
            if (result instanceof HttpResult.NotSent) {
                why = ((HttpResult.NotSent) result).reason();
                porque = ((HttpResult.NotSent) result).reasonEs();
            } else if (result instanceof HttpResult.Unknown) {
                why = ((HttpResult.Unknown) result).reason();
                porque = ((HttpResult.Unknown) result).reasonEs();
            } else {
                HttpResult.Answered answer = (HttpResult.Answered) result;
                Reply reply = client.read(login, answer.status(), answer.body());
                if (reply.kind() == Reply.Kind.ACCEPTED) {
                    endpoint.secrets().putAll(reply.secrets());
                    exchange.tokenRequests.add(login);
                    continue;
                }
                why = reply.english();
                porque = reply.spanish() == null ? reply.english() : reply.spanish();
            }
            throw new SendRefused("Vocero could not log in to " + provider + ": " + why + " Nothing was sent.",
                    "Vocero no pudo iniciar sesión en " + provider + ": " + porque + " No se envió nada.", List.of());
        }
        return exchange.tokenRequests;
    }

    private SendReport run(String campaignId, CampaignInput input, AccountEndpoint endpoint, List<PlannedRequest> tokens,
                           Progress progress, SendLeases.Lease lease) throws InterruptedException, SendRefused {
        Account account = endpoint.account();
        ProviderClient client = clients.get(account.provider());
        ProviderPlan plan = plans.get(account.provider());
        List<PlannedRequest> requests = plan.requests(input, endpoint.baseUrl());
        Map<Integer, Submission> journal = new HashMap<>();
        history.submissions(campaignId).forEach(submission -> journal.put(submission.index(), submission));
        Map<String, String> values = new HashMap<>();
        journal.values().stream().filter(s -> s.state() == SubmissionState.ACCEPTED || s.state() == SubmissionState.CONFIRMED)
                .sorted(java.util.Comparator.comparingInt(Submission::index))
                .forEach(s -> s.providerIds().forEach((key, value) -> values.put(key, String.valueOf(value))));
        Exchange exchange = new Exchange(client, endpoint, values, campaignId, lease);
        exchange.tokenRequests.addAll(tokens);
        CampaignState state = CampaignState.SENT;
        for (int index = 0; index < requests.size() && state == CampaignState.SENT; index++) {
            progress.checkCancelled();
            progress.update(index, requests.size(), requests.get(index).step());
            PlannedRequest request = requests.get(index);
            Submission before = journal.get(index);
            boolean repeatable = client.isRepeatable(request);
            if (before != null) {
                SubmissionState was = before.state();
                if (was == SubmissionState.ACCEPTED || was == SubmissionState.CONFIRMED) {
                    continue; // created: never sent again, by any path, de-duplicated by the provider or not
                }
                if (was == SubmissionState.UNKNOWN || was == SubmissionState.PENDING) {
                    if (was == SubmissionState.PENDING) {
                        history.record(campaignId, index, SubmissionState.UNKNOWN, before.providerIds(), null, "no_answer",
                                "Vocero stopped while this request was out: it may have reached the provider. "
                                        + "Check in the provider's platform, then settle it.\n"
                                        + "Vocero se detuvo mientras esta solicitud estaba en camino: pudo llegar al proveedor. "
                                        + "Revise en la plataforma del proveedor y luego resuélvala.", clock.instant());
                    }
                    if (!(repeatable && stillDeduplicated(client, before))) {
                        state = CampaignState.UNKNOWN;
                        break;
                    }
                    LOG.info("Request {} of {} is unknown; the provider de-duplicates it, sending it again", index, campaignId);
                }
            }
            Optional<String> missing = exchange.missingValue(request, requests.subList(0, index));
            if (missing.isPresent()) {
                history.setState(campaignId, CampaignState.UNKNOWN, clock.instant());
                throw missingId(campaignId, requests, client, index, missing.get());
            }
            state = exchange.send(index, request, repeatable);
        }
        history.setState(campaignId, state, clock.instant());
        progress.update(requests.size(), requests.size(), state.name());
        return new SendReport(history.find(campaignId).orElseThrow(), history.submissions(campaignId));
    }

    /** Whether the provider still remembers the request's key since its first try (Octopush: 24 h, trusted 23 h). */
    private boolean stillDeduplicated(ProviderClient client, Submission before) {
        return client.deduplicationWindow().map(window -> before.createdAt().plus(window).isAfter(clock.instant()))
                .orElse(true);
    }

    private static SendRefused missingId(String campaignId, List<PlannedRequest> requests, ProviderClient client,
                                         int index, String name) {
        int source = -1;
        for (int earlier = 0; earlier < index; earlier++) {
            if (client.createdIdName(requests.get(earlier)).filter(name::equals).isPresent()) {
                source = earlier;
            }
        }
        String settle = source < 0 ? "" : " vocero campaign settle " + campaignId + " " + (source + 1) + " --created --id "
                + name.toUpperCase(java.util.Locale.ROOT);
        return new SendRefused("Request #" + (index + 1) + " (" + requests.get(index).step() + ") needs the " + name
                + (source < 0 ? "" : " created by request #" + (source + 1) + " (" + requests.get(source).step() + ")")
                + ", which Vocero does not have: nothing was sent. Find it in the provider's platform and give it:" + settle,
                "La solicitud #" + (index + 1) + " (" + requests.get(index).step() + ") necesita el " + name
                        + (source < 0 ? "" : " creado por la solicitud #" + (source + 1) + " (" + requests.get(source).step() + ")")
                        + ", que Vocero no tiene: no se envió nada. Búsquelo en la plataforma del proveedor y páselo:" + settle,
                List.of());
    }

    /** One send's conversation with the provider: journal, fill, send, read, record. */
    private final class Exchange {
        private final ProviderClient client;
        private final AccountEndpoint endpoint;
        private final Map<String, String> values;
        private final String campaignId;
        private final List<PlannedRequest> tokenRequests = new ArrayList<>();
        private final SendLeases.Lease lease;

        Exchange(ProviderClient client, AccountEndpoint endpoint, Map<String, String> values, String campaignId,
                 SendLeases.Lease lease) {
            this.client = client;
            this.endpoint = endpoint;
            this.values = values;
            this.campaignId = campaignId;
            this.lease = lease;
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

        /** An id an earlier step should have returned but did not ({@code listId} after a settle without id). */
        Optional<String> missingValue(PlannedRequest request, List<PlannedRequest> earlierRequests) {
            // the few distinct ids earlier steps should have returned, each looked for once in this request
            java.util.Set<String> missing = new java.util.LinkedHashSet<>();
            for (PlannedRequest earlier : earlierRequests) {
                client.createdIdName(earlier).filter(name -> !values.containsKey(name)).ifPresent(missing::add);
            }
            return missing.stream().filter(name -> Placeholders.mentions(request, "{" + name + "}")).findFirst();
        }

        CampaignState send(int index, PlannedRequest request, boolean repeatable) throws InterruptedException {
            Placeholders.Filled filled = fill(request);
            OutgoingRequest outgoing = new OutgoingRequest(request.method(), filled.uri(), filled.headers(),
                    request.contentType(), filled.body());
            lease.confirm(); // still this process's campaign: nothing leaves under a lease another process took over
            history.journal(campaignId, index, request.step(), digest(filled.planned()),
                    client.idempotencyKey(request).orElse(null), clock.instant());
            RetryRule rule = repeatable ? RetryRule.HARMLESS : new RetryRule(client.notProcessedStatuses());
            Runnable count = () -> history.countAttempt(campaignId, index, clock.instant());
            HttpResult result = transport.send(outgoing, rule, count);
            if (repeatable && provesNothing(result)) {
                LOG.info("Request {} of {}: {}; the provider de-duplicates it, sending it again", index, campaignId,
                        describe(result));
                count.run();
                result = transport.send(outgoing, rule, count);
            }
            if (result instanceof HttpResult.NotSent) {
                HttpResult.NotSent notSent = (HttpResult.NotSent) result;
                history.record(campaignId, index, SubmissionState.REJECTED, Map.of(), null, "not_sent",
                        (notSent.worthRetrying() ? "Nothing was sent: " : "") + notSent.reason() + "\n"
                                + (notSent.worthRetrying() ? "No se envió nada: " : "") + notSent.reasonEs(), clock.instant());
                return CampaignState.REJECTED;
            }
            if (result instanceof HttpResult.Unknown) {
                HttpResult.Unknown unknown = (HttpResult.Unknown) result;
                history.record(campaignId, index, SubmissionState.UNKNOWN, Map.of(), null, "no_answer",
                        unknown.reason() + " " + CHECK_EN + "\n" + unknown.reasonEs() + " " + CHECK_ES, clock.instant());
                return CampaignState.UNKNOWN;
            }
            HttpResult.Answered answer = (HttpResult.Answered) result;
            if (!provesAnything(answer.status())) {
                return serverError(index, answer.status());
            }
            Reply reply = client.read(request, answer.status(), answer.body());
            if (reply.kind() == Reply.Kind.UNAUTHORIZED && !tokenRequests.isEmpty()) {
                for (PlannedRequest token : List.copyOf(tokenRequests)) {
                    sendRepeatable(token);
                }
                count.run();
                HttpResult again = transport.send(outgoing(request), rule, count);
                if (!(again instanceof HttpResult.Answered)) {
                    history.record(campaignId, index, SubmissionState.UNKNOWN, Map.of(), null, "no_answer",
                            "No answer after renewing the token. " + CHECK_EN + "\nSin respuesta después de renovar el token. "
                                    + CHECK_ES, clock.instant());
                    return CampaignState.UNKNOWN;
                }
                answer = (HttpResult.Answered) again;
                if (!provesAnything(answer.status())) {
                    return serverError(index, answer.status());
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
            if (reply.kind() == Reply.Kind.ALREADY_RECEIVED) {
                reply.ids().forEach((key, value) -> values.put(key, String.valueOf(value)));
                history.record(campaignId, index, SubmissionState.CONFIRMED, reply.ids(), answer.status(), null,
                        reply.english() + "\n" + reply.spanish(), clock.instant());
                return CampaignState.SENT;
            }
            history.record(campaignId, index, SubmissionState.REJECTED, Map.of(), answer.status(), reply.code(),
                    reply.english() + (reply.spanish() == null ? "" : "\n" + reply.spanish()), clock.instant());
            return CampaignState.REJECTED;
        }

        /** A server error after the body went out: the provider may have created it. */
        private CampaignState serverError(int index, int status) {
            String provider = client.id().displayName();
            history.record(campaignId, index, SubmissionState.UNKNOWN, Map.of(), status, "http_" + status,
                    provider + " answered HTTP " + status + " (a server error) after receiving the request: it may have "
                            + "created it anyway. " + CHECK_EN + "\n" + provider + " respondió HTTP " + status
                            + " (un error del servidor) después de recibir la solicitud: pudo haberla creado de todos modos. "
                            + CHECK_ES, clock.instant());
            return CampaignState.UNKNOWN;
        }

        OutgoingRequest outgoing(PlannedRequest request) {
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

    private static final String CHECK_EN = "Check in the provider's platform whether it exists, then settle it "
            + "(created, or send again); it is never sent again on its own.";
    private static final String CHECK_ES = "Revise en la plataforma del proveedor si existe y luego resuélvala "
            + "(creada, o enviar de nuevo); nunca se reenvía por sí sola.";

    /**
     * Whether an answer's status can prove anything about a request that creates something: 2xx (created, or a
     * documented refusal in a 200 body) and 4xx (a documented refusal: validation, credentials, credit; 429 after
     * its retries ran out). A 5xx, or a redirect Vocero never follows, proves nothing: the provider may have
     * committed the campaign before failing.
     */
    static boolean provesAnything(int status) {
        return status >= 200 && status < 300 || status >= 400 && status < 500;
    }

    /** A result after which a request the provider de-duplicates is worth sending again at once. */
    private static boolean provesNothing(HttpResult result) {
        return result instanceof HttpResult.Unknown
                || result instanceof HttpResult.Answered && !provesAnything(((HttpResult.Answered) result).status());
    }

    private static String describe(HttpResult result) {
        return result instanceof HttpResult.Answered ? "HTTP " + ((HttpResult.Answered) result).status()
                : result.getClass().getSimpleName();
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
