package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.SubmissionState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying a supervisor's history into another database (the team's), and back, twice without doubling. */
class DatabaseCopyTest {

    @TempDir
    Path local;
    @TempDir
    Path team;
    private Database from;
    private Database to;

    @BeforeEach
    void open() throws Exception {
        from = Database.open(local, Messages.of(Locale.ENGLISH));
        to = Database.open(team, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        from.close();
        to.close();
    }

    @Test
    void everySharedRowArrivesOnceAndNothingPerDesktopGoes() throws Exception {
        Instant when = Instant.parse("2026-11-20T15:30:00Z");
        new AccountRepository(from).insert(new Account("Saem Bogotá", ProviderId.SAEM, "https://api.saem.example",
                null, "ana", "keyring", false, when));
        new DoNotCallRepository(from).add(List.of("+573001234567", "+573101234567"), "quejas.csv", when);
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of())
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"3001234567", "José Peña"}, new String[0])
                .build();
        new ContactListRepository(from).save(new ContactListSummary("list-1", "Cobranza", "/data/c.csv", "csv", "CO",
                when, 3, 1, 1, 0, 1), "{\"rows\":3}", contacts);
        CampaignRepository campaigns = new CampaignRepository(from);
        campaigns.create(new CampaignRecord("camp-1", "Cobranza noviembre", ProviderId.SAEM, "Saem Bogotá", null, 1,
                CampaignState.SENDING, when, when, null), "{\"version\":1}", contacts);
        campaigns.journal("camp-1", 0, "send", "abc", null, when);
        campaigns.record("camp-1", 0, SubmissionState.ACCEPTED, Map.of("idCampaign", 4711), 200, null, null, when);
        new SettingsRepository(from).put("language", "es");

        DatabaseCopy.Outcome first = new DatabaseCopy(from, to).copy(() -> false);

        assertThat(first.cancelled()).isFalse();
        assertThat(first.copied("account")).isEqualTo(1);
        assertThat(first.copied("do_not_call")).isEqualTo(2);
        assertThat(first.copied("contact_list")).isEqualTo(1);
        assertThat(first.copied("campaign")).isEqualTo(1);
        assertThat(first.copied("submission")).isEqualTo(1);
        assertThat(new AccountRepository(to).find("Saem Bogotá")).contains(new AccountRepository(from)
                .find("Saem Bogotá").orElseThrow());
        assertThat(new DoNotCallRepository(to).numbers()).containsExactlyInAnyOrder("+573001234567", "+573101234567");
        ContactTable back = new ContactListRepository(to).contacts("list-1").orElseThrow();
        assertThat(back.field(ContactField.NAME, 0)).isEqualTo("José Peña");
        assertThat(new ContactListRepository(to).reportJson("list-1")).contains("{\"rows\":3}");
        CampaignRepository copied = new CampaignRepository(to);
        assertThat(copied.find("camp-1")).isEqualTo(campaigns.find("camp-1"));
        assertThat(copied.draftJson("camp-1")).contains("{\"version\":1}");
        assertThat(copied.submissions("camp-1")).isEqualTo(campaigns.submissions("camp-1"));
        assertThat(new SettingsRepository(to).get("language")).isEmpty(); // per desktop: stays here

        DatabaseCopy.Outcome second = new DatabaseCopy(from, to).copy(() -> false);

        assertThat(second.copied()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(first.copied());
        assertThat(new CampaignRepository(to).all()).hasSize(1);
        assertThat(new DoNotCallRepository(to).numbers()).hasSize(2);
    }

    @Test
    void whatTheTargetAlreadyHasStaysAsItIs() {
        Instant when = Instant.parse("2026-11-20T15:30:00Z");
        new AccountRepository(from).insert(new Account("Ventas", ProviderId.ROUTEE, "https://connect.routee.net",
                null, "mine", "keyring", false, when));
        new AccountRepository(to).insert(new Account("Ventas", ProviderId.ROUTEE, "https://connect.routee.net",
                null, "theirs", "keyring", false, when));
        new DoNotCallRepository(to).add(List.of("+573001234567"), "typed", when);
        new DoNotCallRepository(from).add(List.of("+573001234567", "+573151234567"), "typed", when);

        DatabaseCopy.Outcome outcome = new DatabaseCopy(from, to).copy(() -> false);

        assertThat(new AccountRepository(to).find("Ventas").orElseThrow().login()).isEqualTo("theirs");
        assertThat(outcome.copied("account")).isZero();
        assertThat(outcome.copied("do_not_call")).isEqualTo(1);
        assertThat(new DoNotCallRepository(to).numbers()).containsExactlyInAnyOrder("+573001234567", "+573151234567");
    }

    @Test
    void aCancelledCopyStopsAndTheNextRunFinishesIt() {
        Instant when = Instant.parse("2026-11-20T15:30:00Z");
        new DoNotCallRepository(from).add(List.of("+573001234567"), "typed", when);
        new AccountRepository(from).insert(new Account("Ventas", ProviderId.ROUTEE, "https://connect.routee.net",
                null, "mine", "keyring", false, when));

        DatabaseCopy.Outcome cancelled = new DatabaseCopy(from, to).copy(() -> true);
        DatabaseCopy.Outcome rest = new DatabaseCopy(from, to).copy(() -> false);

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.copied()).isZero();
        assertThat(rest.copied()).isEqualTo(2);
    }
}
