package app.vocero;

import app.vocero.config.InstanceLock;
import app.vocero.config.LogSetup;
import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.campaign.CampaignChecks;
import app.vocero.contacts.ContactImporter;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.meetzy.MeetzyPlan;
import app.vocero.provider.octopush.OctopushPlan;
import app.vocero.provider.smartflo.SmartfloPlan;
import app.vocero.provider.routee.RouteePlan;
import app.vocero.provider.saem.SaemPlan;
import app.vocero.service.CampaignService;
import app.vocero.service.KnownAudios;
import app.vocero.service.LocalSpeech;
import app.vocero.service.ContactListService;
import app.vocero.service.DoNotCallService;
import app.vocero.service.DraftService;
import app.vocero.store.DraftRepository;
import app.vocero.service.PriceService;
import app.vocero.ui.UiServices;
import app.vocero.service.AccountService;
import app.vocero.service.AccountTester;
import app.vocero.service.BuiltInSandbox;
import app.vocero.service.CampaignSender;
import app.vocero.service.CampaignTracker;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.saem.SaemClient;
import app.vocero.provider.meetzy.MeetzyClient;
import app.vocero.provider.routee.RouteeClient;
import app.vocero.provider.octopush.OctopushClient;
import app.vocero.provider.smartflo.SmartfloClient;
import app.vocero.store.AccountRepository;
import app.vocero.store.CampaignRepository;
import app.vocero.store.KeyringSecretStore;
import app.vocero.store.PassphraseSecretStore;
import app.vocero.config.PassphraseSource;
import app.vocero.store.SecretStore;
import app.vocero.store.SendLeases;
import app.vocero.store.WindowsSecretStore;
import app.vocero.service.SettingsService;
import app.vocero.service.TeamDatabaseService;
import app.vocero.service.TeamCopyService;
import app.vocero.service.TeamStatus;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import app.vocero.store.PriceTableRepository;
import app.vocero.store.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The composition root: builds every store, provider client and service of one data directory, by hand, in one
 * place. The window and the command line both start from here.
 */
public final class VoceroApp implements AutoCloseable {

    private final Path dataDirectory;
    private final InstanceLock lock;
    /** This computer's own H2 file: settings (language, window place) and secrets, always. */
    private final Database database;
    /** What a team shares: the team's PostgreSQL database, or this computer's own when there is no team. */
    private final Database shared;
    private final TeamDatabaseService team;
    private final TeamStatus teamStatus;
    private final TeamCopyService teamCopies;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VoceroApp.class);
    private final SettingsService settings;
    private final ContactListService contactLists;
    private final DoNotCallService doNotCall;
    private final CampaignService campaigns;
    private final PriceService prices;
    private final AccountService accounts;
    private final CampaignRepository history;
    private final CampaignSender sender;
    private final CampaignTracker tracker;
    private final AccountTester accountTester;
    private final BuiltInSandbox sandbox = new BuiltInSandbox();
    private final DraftService drafts;
    private final LocalSpeech speech = LocalSpeech.forThisComputer();
    private final SendLeases leases;

    /** For tests and tools that never need a passphrase (it is refused when asked). */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale) throws StartupException {
        return open(dataDirectory, systemLocale, creating -> java.util.Optional.empty());
    }

    private VoceroApp(Path dataDirectory, InstanceLock lock, Database database, Database shared, SecretStore secrets,
                      Locale systemLocale, HttpTransport transport, Clock clock, TeamStatus teamStatus) {
        this.dataDirectory = dataDirectory;
        this.teamStatus = teamStatus;
        this.lock = lock;
        this.database = database;
        this.shared = shared;
        ContactImporter importer = new ContactImporter();
        DoNotCallRepository doNotCallNumbers = new DoNotCallRepository(shared);
        SettingsRepository localSettings = new SettingsRepository(database);
        this.settings = new SettingsService(localSettings, systemLocale);
        this.team = new TeamDatabaseService(localSettings, secrets, shared == database ? null : shared.where());
        this.contactLists = new ContactListService(new ContactListRepository(shared), doNotCallNumbers, importer, clock);
        this.doNotCall = new DoNotCallService(doNotCallNumbers, importer, clock);
        PriceTableRepository priceTables = new PriceTableRepository(shared);
        this.prices = new PriceService(priceTables);
        Map<ProviderId, ProviderPlan> plans = plans();
        AccountRepository accountNames = new AccountRepository(shared);
        this.campaigns = new CampaignService(contactLists, priceTables, plans, new CampaignChecks(settings::callingHours),
                clock, name -> accountNames.find(name).isPresent());
        this.accounts = new AccountService(new AccountRepository(shared), secrets, plans, clock);
        accounts.ensureSandboxAccounts();
        this.history = new CampaignRepository(shared);
        Map<ProviderId, ProviderClient> clients = clients();
        this.leases = new SendLeases(shared, clock);
        teamStatus.unreachable().ifPresent(where -> leases.refuseAll(
                Messages.of(Locale.ENGLISH).format("team.offline.sending", where),
                Messages.of(Locale.forLanguageTag("es")).format("team.offline.sending", where)));
        this.teamCopies = new TeamCopyService(database, () -> teamHandle(shared, null));
        // the window's drafts live in the database (V9) a team shares; an older Vocero's draft files are imported once
        this.drafts = new DraftService(new DraftRepository(shared, clock, DraftRepository.Author.thisComputer()),
                dataDirectory, source -> source.isSavedList()
                        ? contactLists.find(source.list()).map(list -> list.contacts()) : java.util.Optional.empty());
        drafts.importOldFolder();
        this.sender = new CampaignSender(campaigns, accounts, secrets, history, clients, plans, transport, sandbox, clock,
                leases, drafts::leaseKey);
        this.tracker = new CampaignTracker(history, accounts, secrets, clients, transport, sandbox, clock);
        this.accountTester = new AccountTester(accounts, secrets, clients, transport, sandbox);
    }

    /**
     * This computer's secret store, always on the local database (secrets are never shared: each teammate keeps the
     * keys on their own desktop): the desktop's keyring, else Windows' protection, else encrypted with a passphrase.
     */
    private static SecretStore secretStore(Database local, PassphraseSource passphrases) {
        String os = System.getProperty("os.name", "");
        return new app.vocero.store.LazySecretStore(() -> KeyringSecretStore.detect(System.getenv(), os)
                .<SecretStore>map(store -> store)
                .or(() -> WindowsSecretStore.detect(local, os).map(store -> store))
                .orElseGet(() -> new PassphraseSecretStore(local, passphrases)));
    }

    /** How Vocero talks to each provider. */
    private static Map<ProviderId, ProviderClient> clients() {
        Map<ProviderId, ProviderClient> clients = new java.util.EnumMap<>(ProviderId.class);
        for (ProviderClient client : List.<ProviderClient>of(new SaemClient(), new MeetzyClient(), new RouteeClient(),
                new OctopushClient(), new SmartfloClient())) {
            clients.put(client.id(), client);
        }
        return clients;
    }

    /** Every provider Vocero can prepare campaigns for. */
    private static Map<ProviderId, ProviderPlan> plans() {
        Map<ProviderId, ProviderPlan> plans = new java.util.EnumMap<>(ProviderId.class);
        for (ProviderPlan plan : List.of(new SaemPlan(), new MeetzyPlan(), new RouteePlan(), new OctopushPlan(), new SmartfloPlan())) {
            plans.put(plan.id(), plan);
        }
        return plans;
    }

    /**
     * Takes the data directory for this process (one Vocero per directory), sends the logs there, opens and
     * migrates the database.
     */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases)
            throws StartupException {
        return open(dataDirectory, systemLocale, passphrases, HttpTransport.standard());
    }

    /** With another transport: tests use short timeouts and a backoff that does not sleep. */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases,
                                 HttpTransport transport) throws StartupException {
        return open(dataDirectory, systemLocale, passphrases, transport, Clock.systemUTC());
    }

    /** With another clock too: tests move time (a provider's 24-hour memory). */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases,
                                 HttpTransport transport, Clock clock) throws StartupException {
        return open(InstanceLock.shared(dataDirectory, Messages.of(systemLocale)), dataDirectory, systemLocale,
                passphrases, transport, clock, DatabaseChoice.standard(), false);
    }

    /**
     * For commands: like {@link #open(Path, Locale, PassphraseSource)}, with the database chosen on the command line
     * ({@code --db-url}; {@link DatabaseChoice#localOnly()} for {@code vocero team …}, which must work when the team
     * database does not).
     */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases,
                                 DatabaseChoice choice) throws StartupException {
        return open(InstanceLock.shared(dataDirectory, Messages.of(systemLocale)), dataDirectory, systemLocale,
                passphrases, HttpTransport.standard(), Clock.systemUTC(), choice, false);
    }

    /**
     * For the window: like {@link #open(Path, Locale, PassphraseSource)}, and refused when a window is open on this
     * data directory already. Commands open it beside the window (the database is shared, see README "Data directory").
     */
    public static VoceroApp openWindow(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases)
            throws StartupException {
        return open(InstanceLock.acquire(dataDirectory, Messages.of(systemLocale)), dataDirectory, systemLocale,
                passphrases, HttpTransport.standard(), Clock.systemUTC(), DatabaseChoice.standard(), true);
    }

    /**
     * For the window with a database chosen: a team database that cannot be reached leaves the window working
     * offline on this computer's database ({@link #teamStatus()}), drafts kept here, sending refused. Commands fail
     * instead (they say what to do).
     */
    public static VoceroApp openWindow(Path dataDirectory, Locale systemLocale, PassphraseSource passphrases,
                                       HttpTransport transport, DatabaseChoice choice) throws StartupException {
        return open(InstanceLock.acquire(dataDirectory, Messages.of(systemLocale)), dataDirectory, systemLocale,
                passphrases, transport, Clock.systemUTC(), choice, true);
    }

    /**
     * Opens this computer's own database (settings and secrets live there always), then the team's PostgreSQL
     * database if one is chosen ({@link DatabaseChoice}: {@code --db-url}, {@code VOCERO_DB_URL}, or Settings), for
     * everything a team shares. A team database that cannot be opened is a {@link StartupException} saying what to do.
     */
    private static VoceroApp open(InstanceLock lock, Path dataDirectory, Locale systemLocale,
                                  PassphraseSource passphrases, HttpTransport transport, Clock clock,
                                  DatabaseChoice choice, boolean offlineAllowed) throws StartupException {
        Messages messages = Messages.of(systemLocale);
        Database database = null;
        try {
            LogSetup.toDataDirectory(dataDirectory);
            database = Database.open(dataDirectory, messages);
            app.vocero.config.PrivateFiles.restrictContents(dataDirectory);
            SecretStore secrets = secretStore(database, passphrases);
            Database shared = database;
            java.util.Optional<TeamDatabaseService.Login> login = choice.login(
                    new TeamDatabaseService(new SettingsRepository(database), secrets, null), messages);
            TeamStatus status = TeamStatus.connected();
            if (login.isPresent()) {
                try {
                    shared = Database.openTeam(login.get().address(), login.get().user(), login.get().password(),
                            messages);
                    java.util.Arrays.fill(login.get().password(), '\0');
                } catch (StartupException unreachable) {
                    if (!offlineAllowed) {
                        throw unreachable;
                    }
                    // the window goes on with this computer's database: drafts keep working, sending waits
                    LOG.warn("Team database {} not reachable; working offline: {}", login.get().address().display(),
                            unreachable.getMessage());
                    status = TeamStatus.offline(login.get(), unreachable.getMessage(), database, clock);
                }
            }
            VoceroApp app = new VoceroApp(dataDirectory, lock, database, shared, secrets, systemLocale, transport,
                    clock, status);
            return app;
        } catch (StartupException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return LogSetup.logFile(dataDirectory);
    }

    public SettingsService settings() {
        return settings;
    }

    public ContactListService contactLists() {
        return contactLists;
    }

    public DoNotCallService doNotCall() {
        return doNotCall;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public PriceService prices() {
        return prices;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AccountTester accountTester() {
        return accountTester;
    }

    public CampaignSender sender() {
        return sender;
    }

    /** The window's campaign drafts (in the database; {@code <dataDir>/drafts/current} holds their file copies). */
    public DraftService drafts() {
        return drafts;
    }

    public CampaignTracker tracker() {
        return tracker;
    }

    /**
     * The team database for a copy: the one in use, else the one set up in Settings (opened for the copy and closed
     * after it). Empty when there is none; a team database set up but unreachable fails the copy in words.
     */
    private java.util.Optional<TeamCopyService.TeamHandle> teamHandle(Database shared, String commandLineUrl) {
        if (shared != database) {
            return java.util.Optional.of(new TeamCopyService.TeamHandle(shared, shared.where(), false));
        }
        Messages messages = Messages.of(settings.language().locale());
        try {
            java.util.Optional<TeamDatabaseService.Login> login = team.login(commandLineUrl, System.getenv(), messages);
            if (login.isEmpty()) {
                return java.util.Optional.empty();
            }
            Database opened = Database.openTeam(login.get().address(), login.get().user(), login.get().password(),
                    messages);
            return java.util.Optional.of(new TeamCopyService.TeamHandle(opened, opened.where(), true));
        } catch (StartupException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Whether this window works offline on this computer's database (the team's could not be reached). */
    public TeamStatus teamStatus() {
        return teamStatus;
    }

    public TeamCopyService teamCopies() {
        return teamCopies;
    }

    /**
     * Copies between this computer's database and a team database named on the command line ({@code --db-url}),
     * else the one in use or set up.
     */
    public TeamCopyService teamCopies(String commandLineUrl) {
        if (commandLineUrl == null || commandLineUrl.isBlank()) {
            return teamCopies;
        }
        return new TeamCopyService(database, () -> teamHandle(database, commandLineUrl));
    }

    /** The team database: what is configured, testing and saving it (Settings → Team database, {@code vocero team}). */
    public TeamDatabaseService team() {
        return team;
    }

    /** What the window needs. */
    public UiServices uiServices() {
        return new UiServices(settings, contactLists, accounts, accountTester, sender, tracker, dataDirectory, logFile(),
                campaigns, drafts, new KnownAudios(history), speech, doNotCall,
                prices, team, teamCopies, teamStatus);
    }

    /** Every campaign sent from this data directory, newest first. */
    public List<CampaignRecord> history() {
        return history.all();
    }

    @Override
    public void close() {
        leases.close();
        sandbox.close();
        if (shared != database) {
            shared.close();
        }
        database.close();
        lock.close();
    }
}
