package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.Operator;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who sent each campaign and who saved each list: recorded, read back, and unknown on rows from before it was kept. */
class WhoDidWhatRepositoryTest {

    private static final Operator ANA = new Operator("ana", "PC-VENTAS-3");
    private static final Operator LUIS = new Operator("luis", "PC-COBROS-1");

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase(dir);
    }

    /** This computer's H2 here; {@link WhoDidWhatRepositoryOnPostgresTest} runs every test on a team's PostgreSQL. */
    Database openDatabase(Path directory) throws Exception {
        return Database.open(directory, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static CampaignRecord campaign(String id, Operator sentBy, String when) {
        Instant at = Instant.parse(when);
        return new CampaignRecord(id, "Cobranza " + id, ProviderId.SAEM, "Saem principal", "/d/" + id + ".vocero.json",
                0, CampaignState.SENT, at, at, null, sentBy);
    }

    @Test
    void aCampaignKeepsWhoSentItAndAnOlderOneSaysNoOne() throws Exception {
        CampaignRepository history = new CampaignRepository(database);
        history.create(campaign("a", ANA, "2026-12-01T10:00:00Z"), "{}", ContactTable.empty());
        history.create(campaign("b", LUIS, "2026-12-02T10:00:00Z"), "{}", ContactTable.empty());
        // a row written as Vocero wrote it before V8: none of the new columns
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, name, provider, account, "
                     + "draft_file, draft_json, contacts_data, contact_count, state, created_at, updated_at) "
                     + "VALUES ('old', 'Antigua', 'saem', 'Saem principal', NULL, '{}', ?, 0, 'SENT', ?, ?)")) {
            insert.setBytes(1, ContactTableCodec.encode(ContactTable.empty()));
            insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")));
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")));
            insert.executeUpdate();
        }

        assertThat(history.find("a").orElseThrow().sentBy()).isEqualTo(ANA);
        assertThat(history.all()).extracting(CampaignRecord::id, CampaignRecord::sentBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", LUIS),
                        org.assertj.core.groups.Tuple.tuple("a", ANA),
                        org.assertj.core.groups.Tuple.tuple("old", null));
        assertThat(history.find("old").orElseThrow().sentBy()).isNull();
    }

    @Test
    void aListKeepsWhoSavedItAndAnOlderOneSaysNoOne() throws Exception {
        ContactListRepository lists = new ContactListRepository(database);
        lists.save(new ContactListSummary("l1", "Clientes", "/d/clientes.csv", "csv", "CO",
                Instant.parse("2026-12-01T10:00:00Z"), 3, 1, 0, 0, 2, LUIS), "{}", ContactTable.empty());
        lists.save(new ContactListSummary("l0", "Sin autor", "/d/viejos.csv", "csv", "CO",
                Instant.parse("2026-11-01T10:00:00Z"), 3, 1, 0, 0, 2), "{}", ContactTable.empty());

        assertThat(lists.find("l1").orElseThrow().madeBy()).isEqualTo(LUIS);
        assertThat(lists.find("l0").orElseThrow().madeBy()).isNull();
        assertThat(lists.all()).extracting(ContactListSummary::madeBy).containsExactly(LUIS, null);
    }

    @Test
    void aLongComputerNameIsCutToTheColumn() {
        CampaignRepository history = new CampaignRepository(database);
        Operator far = new Operator("  maría.josé ", "X".repeat(400));
        history.create(campaign("c", far, "2026-12-03T10:00:00Z"), "{}", ContactTable.empty());

        Operator read = history.find("c").orElseThrow().sentBy();
        assertThat(read.user()).isEqualTo("maría.josé");
        assertThat(read.host()).hasSize(Operator.LIMIT);
    }

    @Test
    void whoSentAndWhoSavedAreIndexed() throws Exception {
        assertThat(indexedColumns("campaign")).contains("sent_by_user");
        assertThat(indexedColumns("contact_list")).contains("made_by_user");
    }

    /** The columns of a table's indexes, through JDBC's metadata (names fold to upper case on H2, lower on PostgreSQL). */
    private java.util.Set<String> indexedColumns(String table) throws Exception {
        java.util.Set<String> columns = new java.util.HashSet<>();
        try (Connection connection = database.connection()) {
            for (String name : java.util.List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rows.next()) {
                        String column = rows.getString("COLUMN_NAME");
                        if (column != null) {
                            columns.add(column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
