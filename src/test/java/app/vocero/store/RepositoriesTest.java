package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repositories without a test class of their own — settings, price tables, accounts, the campaign history and its
 * journal, the secret stores' rows — on this computer's H2 file; {@link RepositoriesOnPostgresTest} runs them all on
 * PostgreSQL. What differs between the two (upserts, the journal's bump) is what is checked hardest.
 */
class RepositoriesTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @TempDir
    Path dir;
    Database database;

    Database openDatabase() throws Exception {
        return Database.open(dir, Messages.of(Locale.ENGLISH));
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSettingIsWrittenThenReplaced() {
        SettingsRepository settings = new SettingsRepository(database);
        assertThat(settings.get("language")).isEmpty();
        settings.put("language", "es");
        settings.put("language", "en");
        settings.put("window", null);
        assertThat(settings.get("language")).contains("en");
        assertThat(settings.get("window")).isEmpty();
    }

    @Test
    void aPriceTableIsWrittenReplacedAndRemoved() {
        PriceTableRepository prices = new PriceTableRepository(database);
        prices.put("Saem", new PriceTable(PriceTable.Unit.PER_CALL, new BigDecimal("120.5"), "COP"));
        prices.put("Saem", new PriceTable(PriceTable.Unit.PER_MINUTE, new BigDecimal("0.012345"), "USD"));
        prices.put("Routee", new PriceTable(PriceTable.Unit.PER_CALL, new BigDecimal("3"), "EUR"));
        assertThat(prices.find("Saem")).contains(new PriceTable(PriceTable.Unit.PER_MINUTE, new BigDecimal("0.012345"), "USD"));
        assertThat(prices.all().keySet()).containsExactly("Routee", "Saem");
        assertThat(prices.remove("Saem")).isTrue();
        assertThat(prices.remove("Saem")).isFalse();
        assertThat(prices.find("Saem")).isEmpty();
    }

    @Test
    void accountsAreSavedUpdatedAndDeleted() {
        AccountRepository accounts = new AccountRepository(database);
        Account saem = new Account("Saem", ProviderId.SAEM, "https://api.saem.example", null, "ana", "PASSPHRASE", false, T0);
        accounts.insert(saem);
        accounts.insert(new Account("Sandbox", ProviderId.ROUTEE, "http://127.0.0.1:1", "http://127.0.0.1:2", null,
                "PASSPHRASE", true, T0));
        accounts.insert(new Account("Agencia", ProviderId.MEETZY, "https://m.example", null, null, "KEYRING", false, T0));
        assertThat(accounts.all()).extracting(Account::name).containsExactly("Agencia", "Saem", "Sandbox");
        assertThat(accounts.update(new Account("Saem", ProviderId.SAEM, "https://new.example", null, "luis", "KEYRING",
                false, T0))).isTrue();
        Account back = accounts.find("Saem").orElseThrow();
        assertThat(back.baseUrl()).isEqualTo("https://new.example");
        assertThat(back.login()).isEqualTo("luis");
        assertThat(back.createdAt()).isEqualTo(T0);
        assertThat(accounts.find("Sandbox").orElseThrow().sandbox()).isTrue();
        assertThat(accounts.delete("Agencia")).isTrue();
        assertThat(accounts.find("Agencia")).isEmpty();
    }

    @Test
    void theJournalBumpsARequestKeepingItsFirstTimeAndTheHistoryReadsBack() {
        CampaignRepository history = new CampaignRepository(database);
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE), List.of())
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"), new String[] {"3001234567"},
                        new String[0])
                .build();
        CampaignRecord campaign = new CampaignRecord("c1", "Cobro", ProviderId.SAEM, "Saem", "/tmp/cobro.vocero.json", 1,
                CampaignState.SENDING, T0, T0, null);
        history.create(campaign, "{\"name\": \"Cobro\"}", contacts);
        history.create(new CampaignRecord("c2", "Después", ProviderId.ROUTEE, "Routee", null, 1, CampaignState.SENDING,
                T0.plusSeconds(60), T0.plusSeconds(60), null), "{}", contacts);

        history.journal("c1", 0, "create", "digest-a", "idem-1", T0);
        history.record("c1", 0, SubmissionState.UNKNOWN, Map.of(), null, "timeout", "no answer", T0.plusSeconds(1));
        history.journal("c1", 0, "create", "digest-b", "idem-1", T0.plusSeconds(30)); // the safe retry
        history.countAttempt("c1", 0, T0.plusSeconds(31));
        history.record("c1", 0, SubmissionState.ACCEPTED, Map.of("campaignId", "S-77"), 201, null, null, T0.plusSeconds(32));
        history.journal("c1", 1, "start", "digest-c", null, T0.plusSeconds(40));

        List<Submission> journal = history.submissions("c1");
        assertThat(journal).hasSize(2);
        Submission first = journal.get(0);
        assertThat(first.state()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(first.attempts()).isEqualTo(3);
        assertThat(first.payloadDigest()).isEqualTo("digest-b");
        assertThat(first.createdAt()).isEqualTo(T0);
        assertThat(first.httpStatus()).isEqualTo(201);
        assertThat(first.providerIds()).containsEntry("campaignId", "S-77");
        assertThat(journal.get(1).state()).isEqualTo(SubmissionState.PENDING);
        assertThat(journal.get(1).attempts()).isEqualTo(1);
        assertThat(journal.get(1).httpStatus()).isNull();

        history.setState("c1", CampaignState.SENT, T0.plusSeconds(50));
        assertThat(history.all()).extracting(CampaignRecord::id).containsExactly("c2", "c1");
        assertThat(history.find("c1").orElseThrow().state()).isEqualTo(CampaignState.SENT);
        assertThat(history.draftJson("c1")).contains("{\"name\": \"Cobro\"}");
        assertThat(history.contacts("c1").orElseThrow().e164(0)).isEqualTo("+573001234567");
    }

    @Test
    void trackingIsReplacedByEachPoll() {
        CampaignRepository history = new CampaignRepository(database);
        history.create(new CampaignRecord("c1", "Cobro", ProviderId.SAEM, "Saem", null, 2, CampaignState.SENT, T0, T0,
                null), "{}", ContactTable.builder(Set.of(ContactField.PHONE), List.of()).build());
        history.saveTracking("c1", Map.of("ANSWERED", 1L, "BUSY", 1L),
                Map.of("+573001234567", new String[] {"ANSWERED", "12 s"}, "+573101234567", new String[] {"BUSY"}), T0);
        history.saveTracking("c1", Map.of("ANSWERED", 2L),
                Map.of("+573101234567", new String[] {"ANSWERED", "3 s"}), T0.plusSeconds(60));
        assertThat(history.trackingCounts("c1")).containsExactly(Map.entry("ANSWERED", 2L));
        Map<String, String[]> outcomes = history.outcomes("c1");
        assertThat(outcomes.get("+573001234567")).containsExactly("ANSWERED", "12 s");
        assertThat(outcomes.get("+573101234567")).containsExactly("ANSWERED", "3 s");
        assertThat(history.find("c1").orElseThrow().trackedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void secretStoresReplaceAnAccountsSecret() {
        PassphraseSecretStore store = new PassphraseSecretStore(database, creating -> Optional.of("una frase larga".toCharArray()));
        store.put("Saem", "apiKey", "primera");
        store.put("Saem", "apiKey", "segunda");
        assertThat(store.get("Saem", "apiKey")).contains("segunda");
        WindowsSecretStore windows = new WindowsSecretStore(database, (command, input) ->
                new KeyringSecretStore.Commands.Result(0, command.get(command.size() - 1).equals(WindowsSecretStore.PROTECT)
                        ? "0100" + input.length() + "\r\n" : "texto"));
        windows.put("Meetzy", "token", "abc");
        windows.put("Meetzy", "token", "abcdef");
        assertThat(windows.has("Meetzy", "token")).isTrue();
    }
}
