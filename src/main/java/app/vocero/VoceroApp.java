package app.vocero;

import app.vocero.config.InstanceLock;
import app.vocero.config.LogSetup;
import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.campaign.CallingHours;
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
import app.vocero.service.ContactListService;
import app.vocero.service.DoNotCallService;
import app.vocero.service.PriceService;
import app.vocero.service.SettingsService;
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
    private final Database database;
    private final SettingsService settings;
    private final ContactListService contactLists;
    private final DoNotCallService doNotCall;
    private final CampaignService campaigns;
    private final PriceService prices;

    private VoceroApp(Path dataDirectory, InstanceLock lock, Database database, Locale systemLocale) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        Clock clock = Clock.systemUTC();
        ContactImporter importer = new ContactImporter();
        DoNotCallRepository doNotCallNumbers = new DoNotCallRepository(database);
        this.settings = new SettingsService(new SettingsRepository(database), systemLocale);
        this.contactLists = new ContactListService(new ContactListRepository(database), doNotCallNumbers, importer, clock);
        this.doNotCall = new DoNotCallService(doNotCallNumbers, importer, clock);
        PriceTableRepository priceTables = new PriceTableRepository(database);
        this.prices = new PriceService(priceTables);
        this.campaigns = new CampaignService(contactLists, priceTables, plans(), new CampaignChecks(CallingHours.DEFAULT),
                clock);
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
    public static VoceroApp open(Path dataDirectory, Locale systemLocale) throws StartupException {
        Messages messages = Messages.of(systemLocale);
        InstanceLock lock = InstanceLock.acquire(dataDirectory, messages);
        try {
            LogSetup.toDataDirectory(dataDirectory);
            Database database = Database.open(dataDirectory, messages);
            return new VoceroApp(dataDirectory, lock, database, systemLocale);
        } catch (StartupException | RuntimeException e) {
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

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
