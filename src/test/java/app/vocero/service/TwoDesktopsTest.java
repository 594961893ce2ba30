package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.CallingHours;
import app.vocero.campaign.CampaignChecks;
import app.vocero.config.Messages;
import app.vocero.contacts.ContactImporter;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Operator;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.HistoryFilter;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.provider.saem.SaemClient;
import app.vocero.provider.saem.SaemPlan;
import app.vocero.store.AccountRepository;
import app.vocero.store.CampaignRepository;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import app.vocero.store.PassphraseSecretStore;
import app.vocero.store.PriceTableRepository;
import app.vocero.store.SecretStore;
import app.vocero.store.SendLeases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two supervisors, each on their own desktop, sharing one database: every list and campaign says who made or sent
 * it, and the history finds each person's campaigns.
 */
class TwoDesktopsTest {

    private static final Operator ANA = new Operator("ana", "PC-VENTAS-3");
    private static final Operator LUIS = new Operator("luis", "PC-COBROS-1");

    @TempDir
    Path dir;
    private Database database;
    private SandboxServer sandbox;
    private SendLeases leases;

    /** What one desktop runs: its own services, as its OS user, on the shared database. */
    private record Desktop(ContactListService lists, CampaignSender sender) {
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("data"), Messages.of(Locale.ENGLISH));
        sandbox = SandboxServer.start(0);
        leases = new SendLeases(database, Clock.systemUTC());
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular;Saldo\nJosé;3001234567;10\nAna;3101234567;20\n");
        SecretStore secrets = secrets();
        new AccountService(new AccountRepository(database), secrets, plans(), Clock.systemUTC())
                .add(new AccountService.NewAccount("Saem local", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM), null,
                        null, SandboxCredentials.SAEM_API_KEY));
    }

    @AfterEach
    void close() {
        leases.close();
        sandbox.close();
        database.close();
    }

    private SecretStore secrets() {
        return new PassphraseSecretStore(database, creating -> Optional.of("clave-de-prueba".toCharArray()));
    }

    private static Map<ProviderId, ProviderPlan> plans() {
        return Map.of(ProviderId.SAEM, new SaemPlan());
    }

    private Desktop desktop(Operator who) {
        Clock clock = Clock.system(ZoneOffset.UTC);
        ContactListService lists = new ContactListService(new ContactListRepository(database),
                new DoNotCallRepository(database), new ContactImporter(1), clock, who);
        CampaignService campaigns = new CampaignService(lists, new PriceTableRepository(database), plans(),
                new CampaignChecks(CallingHours.DEFAULT), clock);
        SecretStore secrets = secrets();
        AccountService accounts = new AccountService(new AccountRepository(database), secrets, plans(), clock);
        Map<ProviderId, ProviderClient> clients = Map.of(ProviderId.SAEM, new SaemClient());
        HttpTransport quick = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2), duration -> { });
        CampaignSender sender = new CampaignSender(campaigns, accounts, secrets, new CampaignRepository(database),
                clients, plans(), quick, new BuiltInSandbox(), clock, leases, who);
        return new Desktop(lists, sender);
    }

    private Path draft(String name) throws Exception {
        return Files.writeString(dir.resolve(name + ".vocero.json"), """
                {"version": 1, "name": "%s", "provider": "saem", "account": "Saem local",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}, su saldo es {S}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """.formatted(name));
    }

    @Test
    void eachCampaignSaysWhoSentItAndTheHistoryFindsEachPersonsOwn() throws Exception {
        SendReport fromAna = desktop(ANA).sender().send(draft("Cobranza"), Optional.empty(), Progress.NONE);
        SendReport fromLuis = desktop(LUIS).sender().send(draft("Aviso"), Optional.empty(), Progress.NONE);

        assertThat(fromAna.campaign().state()).isEqualTo(CampaignState.SENT);
        CampaignRepository shared = new CampaignRepository(database);
        assertThat(shared.find(fromAna.campaign().id()).orElseThrow().sentBy()).isEqualTo(ANA);
        assertThat(shared.find(fromLuis.campaign().id()).orElseThrow().sentBy()).isEqualTo(LUIS);
        assertThat(HistoryFilter.all(ZoneOffset.UTC).sentBy("luis").apply(shared.all()))
                .extracting(CampaignRecord::name).containsExactly("Aviso");
        assertThat(HistoryFilter.senders(shared.all())).containsExactly("ana", "luis");
    }

    @Test
    void resumingAnothersCampaignKeepsWhoFirstSentIt() throws Exception {
        SendReport fromAna = desktop(ANA).sender().send(draft("Cobranza"), Optional.empty(), Progress.NONE);

        SendReport resumed = desktop(LUIS).sender().resume(fromAna.campaign().id(), Progress.NONE);

        assertThat(resumed.campaign().sentBy()).isEqualTo(ANA);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void eachListSaysWhoSavedIt() throws Exception {
        ImportOutcome imported = desktop(ANA).lists().importFile(ImportRequest.of(dir.resolve("contactos.csv"), "CO"),
                "es", Progress.NONE);
        ContactListSummary again = desktop(LUIS).lists().saveContacts("Volver a llamar",
                desktop(LUIS).lists().contacts(imported.saved().orElseThrow().id()).orElseThrow(), "Cobranza", "CO");

        assertThat(imported.saved().orElseThrow().madeBy()).isEqualTo(ANA);
        assertThat(desktop(ANA).lists().lists()).extracting(ContactListSummary::name, ContactListSummary::madeBy)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("contactos", ANA),
                        org.assertj.core.groups.Tuple.tuple("Volver a llamar", LUIS));
        assertThat(again.madeBy()).isEqualTo(LUIS);
    }
}
