package app.vocero.store;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign history and the submission journal. A journal row is committed <em>and forced to disk</em> before
 * its request leaves ({@link #journal}); the answer updates it ({@link #record}), forced to disk too, before anyone
 * is told. A {@code kill -9} at any moment therefore leaves either no row (the request never left) or a row that
 * says what may have happened. Nothing here holds a secret.
 */
public final class CampaignRepository {

    /** Made at first use: listing contacts or campaigns needs no JSON mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String CAMPAIGN = "id, name, provider, account, draft_file, contact_count, state, created_at, "
            + "updated_at, tracked_at, sent_by_user, sent_by_host";
    private static final String SUBMISSION = "campaign_id, request_index, step, payload_digest, idempotency_key, state, "
            + "provider_ids, http_status, error_code, error_message, attempts, created_at, updated_at";

    private final Database database;

    public CampaignRepository(Database database) {
        this.database = database;
    }

    public void create(CampaignRecord campaign, String draftJson, ContactTable contacts) {
        byte[] data = ContactTableCodec.encode(contacts);
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, name, provider, account, "
                     + "draft_file, draft_json, contacts_data, contact_count, state, created_at, updated_at, sent_by_user, "
                     + "sent_by_host) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, campaign.id());
            insert.setString(2, campaign.name());
            insert.setString(3, campaign.provider().key());
            insert.setString(4, campaign.account());
            insert.setString(5, campaign.draftFile());
            insert.setString(6, draftJson);
            insert.setBytes(7, data);
            insert.setLong(8, campaign.contacts());
            insert.setString(9, campaign.state().name());
            insert.setTimestamp(10, Timestamp.from(campaign.createdAt()));
            insert.setTimestamp(11, Timestamp.from(campaign.updatedAt()));
            insert.setString(12, OperatorColumns.user(campaign.sentBy()));
            insert.setString(13, OperatorColumns.host(campaign.sentBy()));
            insert.executeUpdate();
            database.forceToDisk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not save campaign " + campaign.name(), e);
        }
    }

    public Optional<CampaignRecord> find(String id) {
        return query("SELECT " + CAMPAIGN + " FROM campaign WHERE id = ?", id).stream().findFirst();
    }

    /** Newest first. */
    public List<CampaignRecord> all() {
        return query("SELECT " + CAMPAIGN + " FROM campaign ORDER BY created_at DESC", null);
    }

    public Optional<String> draftJson(String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT draft_json FROM campaign WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the draft of campaign " + id, e);
        }
    }

    public Optional<ContactTable> contacts(String id) {
        return ContactTableCodec.query(database, "SELECT contacts_data FROM campaign WHERE id = ?", id);
    }

    public void setState(String id, CampaignState state, Instant when) {
        update("UPDATE campaign SET state = ?, updated_at = ? WHERE id = ?", state.name(), Timestamp.from(when), id);
    }

    /** One more try of a journaled request went out (a safe automatic retry, or a resend Octopush de-duplicates). */
    public void countAttempt(String campaignId, int index, Instant when) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE submission SET attempts = attempts + 1, "
                     + "updated_at = ? WHERE campaign_id = ? AND request_index = ?")) {
            update.setTimestamp(1, Timestamp.from(when));
            update.setString(2, campaignId);
            update.setInt(3, index);
            update.executeUpdate();
            database.forceToDisk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not count a try of request " + index + " of campaign " + campaignId, e);
        }
    }

    /** Commits a {@code pending} row for a request that is about to leave (or bumps its attempts), forced to disk. */
    public void journal(String campaignId, int index, String step, String digest, String idempotencyKey, Instant when) {
        boolean h2 = database.dialect() == Dialect.H2;
        try (Connection connection = database.connection();
             PreparedStatement upsert = connection.prepareStatement(h2 ? JOURNAL_H2 : JOURNAL_POSTGRESQL)) {
            upsert.setString(1, campaignId);
            upsert.setInt(2, index);
            upsert.setString(3, step);
            upsert.setString(4, digest);
            upsert.setString(5, idempotencyKey);
            if (h2) {
                upsert.setString(6, campaignId);
                upsert.setInt(7, index);
                upsert.setString(8, campaignId);
                upsert.setInt(9, index);
                upsert.setTimestamp(10, Timestamp.from(when));
                upsert.setTimestamp(11, Timestamp.from(when));
            } else {
                upsert.setTimestamp(6, Timestamp.from(when));
                upsert.setTimestamp(7, Timestamp.from(when));
            }
            upsert.executeUpdate();
            database.forceToDisk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not journal request " + index + " of campaign " + campaignId, e);
        }
    }

    /*
     * The journal's insert-or-bump, per database: a new row is PENDING with one attempt; an existing one becomes
     * PENDING again with one more attempt and keeps its created_at and its last answer's columns.
     */
    private static final String JOURNAL_H2 = "MERGE INTO submission (campaign_id, request_index, "
            + "step, payload_digest, idempotency_key, state, attempts, created_at, updated_at) KEY (campaign_id, request_index) "
            + "VALUES (?, ?, ?, ?, ?, 'PENDING', COALESCE((SELECT attempts FROM submission WHERE campaign_id = ? "
            + "AND request_index = ?), 0) + 1, COALESCE((SELECT created_at FROM submission WHERE campaign_id = ? "
            + "AND request_index = ?), ?), ?)";
    private static final String JOURNAL_POSTGRESQL = "INSERT INTO submission (campaign_id, request_index, step, "
            + "payload_digest, idempotency_key, state, attempts, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, 'PENDING', 1, ?, ?) "
            + "ON CONFLICT (campaign_id, request_index) DO UPDATE SET step = EXCLUDED.step, "
            + "payload_digest = EXCLUDED.payload_digest, idempotency_key = EXCLUDED.idempotency_key, "
            + "state = 'PENDING', attempts = submission.attempts + 1, updated_at = EXCLUDED.updated_at";

    /** Records the outcome of a journaled request. */
    public void record(String campaignId, int index, SubmissionState state, Map<String, Object> providerIds,
                       Integer httpStatus, String errorCode, String errorMessage, Instant when) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE submission SET state = ?, provider_ids = ?, "
                     + "http_status = ?, error_code = ?, error_message = ?, updated_at = ? WHERE campaign_id = ? AND request_index = ?")) {
            update.setString(1, state.name());
            update.setString(2, providerIds == null || providerIds.isEmpty() ? null : Json.MAPPER.writeValueAsString(providerIds));
            if (httpStatus == null) {
                update.setNull(3, Types.INTEGER);
            } else {
                update.setInt(3, httpStatus);
            }
            update.setString(4, errorCode);
            update.setString(5, errorMessage == null ? null : errorMessage.substring(0, Math.min(4000, errorMessage.length())));
            update.setTimestamp(6, Timestamp.from(when));
            update.setString(7, campaignId);
            update.setInt(8, index);
            update.executeUpdate();
            database.forceToDisk(connection);
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Could not record the answer to request " + index + " of campaign " + campaignId, e);
        }
    }

    /** The journal of a campaign, in request order. */
    public List<Submission> submissions(String campaignId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + SUBMISSION + " FROM submission WHERE campaign_id = ? ORDER BY request_index")) {
            select.setString(1, campaignId);
            List<Submission> submissions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    submissions.add(submission(rows));
                }
            }
            return submissions;
        } catch (SQLException e) {
            throw new StoreException("Could not read the journal of campaign " + campaignId, e);
        }
    }

    /** Replaces a campaign's tracking counts and per-number outcomes with the latest poll. */
    public void saveTracking(String campaignId, Map<String, Long> counts, Map<String, String[]> outcomes, Instant when) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM tracking_status WHERE campaign_id = ?");
                 PreparedStatement count = connection.prepareStatement(
                         "INSERT INTO tracking_status (campaign_id, status, calls) VALUES (?, ?, ?)");
                 PreparedStatement outcome = connection.prepareStatement(database.dialect().upsert("call_outcome",
                         List.of("campaign_id", "phone"), List.of("campaign_id", "phone", "status", "detail", "updated_at")));
                 PreparedStatement tracked = connection.prepareStatement("UPDATE campaign SET tracked_at = ? WHERE id = ?")) {
                clear.setString(1, campaignId);
                clear.executeUpdate();
                for (Map.Entry<String, Long> entry : counts.entrySet()) {
                    count.setString(1, campaignId);
                    count.setString(2, entry.getKey());
                    count.setLong(3, entry.getValue());
                    count.addBatch();
                }
                count.executeBatch();
                for (Map.Entry<String, String[]> entry : outcomes.entrySet()) {
                    outcome.setString(1, campaignId);
                    outcome.setString(2, entry.getKey());
                    outcome.setString(3, entry.getValue()[0]);
                    outcome.setString(4, entry.getValue().length > 1 ? entry.getValue()[1] : null);
                    outcome.setTimestamp(5, Timestamp.from(when));
                    outcome.addBatch();
                }
                outcome.executeBatch();
                tracked.setTimestamp(1, Timestamp.from(when));
                tracked.setString(2, campaignId);
                tracked.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save the tracking of campaign " + campaignId, e);
        }
    }

    public Map<String, Long> trackingCounts(String campaignId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT status, calls FROM tracking_status WHERE campaign_id = ? ORDER BY calls DESC, status")) {
            select.setString(1, campaignId);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Could not read the tracking of campaign " + campaignId, e);
        }
    }

    /** Phone → {status, detail}. */
    public Map<String, String[]> outcomes(String campaignId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT phone, status, detail FROM call_outcome WHERE campaign_id = ? ORDER BY phone")) {
            select.setString(1, campaignId);
            Map<String, String[]> outcomes = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outcomes.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
            return outcomes;
        } catch (SQLException e) {
            throw new StoreException("Could not read the outcomes of campaign " + campaignId, e);
        }
    }

    private List<CampaignRecord> query(String sql, String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            List<CampaignRecord> campaigns = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp tracked = rows.getTimestamp(10);
                    campaigns.add(new CampaignRecord(rows.getString(1), rows.getString(2),
                            ProviderId.fromKey(rows.getString(3)).orElseThrow(), rows.getString(4), rows.getString(5),
                            rows.getLong(6), CampaignState.valueOf(rows.getString(7)), rows.getTimestamp(8).toInstant(),
                            rows.getTimestamp(9).toInstant(), tracked == null ? null : tracked.toInstant(),
                            OperatorColumns.read(rows.getString(11), rows.getString(12))));
                }
            }
            return campaigns;
        } catch (SQLException e) {
            throw new StoreException("Could not read the campaign history", e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
            database.forceToDisk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not update the campaign history", e);
        }
    }

    private static Submission submission(ResultSet rows) throws SQLException {
        Map<String, Object> ids = Map.of();
        String json = rows.getString(7);
        if (json != null) {
            try {
                ids = Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (JsonProcessingException e) {
                throw new SQLException("Unreadable provider ids in the journal", e);
            }
        }
        int status = rows.getInt(8);
        Integer httpStatus = rows.wasNull() ? null : status;
        return new Submission(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(5),
                SubmissionState.valueOf(rows.getString(6)), ids, httpStatus, rows.getString(9), rows.getString(10),
                rows.getInt(11), rows.getTimestamp(12).toInstant(), rows.getTimestamp(13).toInstant());
    }
}
