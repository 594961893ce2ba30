package app.vocero.store;

import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.Reject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved contact lists: a summary row each, the report as JSON, the contacts as one compact blob. */
public final class ContactListRepository {

    private static final String SUMMARY_COLUMNS = "id, name, source_file, file_format, default_country, imported_at, "
            + "row_count, invalid_count, duplicate_count, suppressed_count, contact_count, made_by_user, made_by_host";

    private final Database database;

    public ContactListRepository(Database database) {
        this.database = database;
    }

    /** Saves a list in one transaction: all of it or nothing. */
    public void save(ContactListSummary list, String reportJson, ContactTable contacts) {
        save(list, reportJson, contacts, null);
    }

    /**
     * Saves a list and every rejected row of its import in one transaction: all of it or nothing.
     *
     * @param rejects every rejected row, or null to keep only those of the report
     */
    public void save(ContactListSummary list, String reportJson, ContactTable contacts, List<Reject> rejects) {
        byte[] data = ContactTableCodec.encode(contacts);
        byte[] rejected = rejects == null ? null : RejectsCodec.encode(rejects);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_list (" + SUMMARY_COLUMNS
                    + ", report_json, contacts_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, list.id());
                insert.setString(2, list.name());
                insert.setString(3, list.sourceFile());
                insert.setString(4, list.format());
                insert.setString(5, list.defaultCountry());
                insert.setTimestamp(6, Timestamp.from(list.importedAt()));
                insert.setLong(7, list.rows());
                insert.setLong(8, list.invalid());
                insert.setLong(9, list.duplicates());
                insert.setLong(10, list.suppressed());
                insert.setLong(11, list.contacts());
                insert.setString(12, OperatorColumns.user(list.madeBy()));
                insert.setString(13, OperatorColumns.host(list.madeBy()));
                insert.setString(14, reportJson);
                insert.setBytes(15, data);
                insert.executeUpdate();
                if (rejected != null) {
                    try (PreparedStatement rows = connection.prepareStatement(
                            "INSERT INTO contact_list_rejects (list_id, reject_count, rejects_data) VALUES (?, ?, ?)")) {
                        rows.setString(1, list.id());
                        rows.setLong(2, rejects.size());
                        rows.setBytes(3, rejected);
                        rows.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save contact list " + list.name(), e);
        }
    }

    /** Every rejected row saved with a list; empty for a list saved before they were kept (its report has 100). */
    public Optional<List<Reject>> rejects(String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT rejects_data FROM contact_list_rejects WHERE list_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                try (java.io.InputStream data = rows.getBinaryStream(1)) {
                    return Optional.of(RejectsCodec.read(data));
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Could not read the rejected rows of contact list " + id, e);
        }
    }

    /** Newest first. */
    public List<ContactListSummary> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + SUMMARY_COLUMNS + " FROM contact_list ORDER BY imported_at DESC, name");
             ResultSet rows = select.executeQuery()) {
            List<ContactListSummary> lists = new ArrayList<>();
            while (rows.next()) {
                lists.add(summary(rows));
            }
            return lists;
        } catch (SQLException e) {
            throw new StoreException("Could not read the contact lists", e);
        }
    }

    public Optional<ContactListSummary> find(String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + SUMMARY_COLUMNS + " FROM contact_list WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(summary(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read contact list " + id, e);
        }
    }

    public Optional<String> reportJson(String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT report_json FROM contact_list WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the report of contact list " + id, e);
        }
    }

    public Optional<ContactTable> contacts(String id) {
        return ContactTableCodec.query(database, "SELECT contacts_data FROM contact_list WHERE id = ?", id);
    }

    /** Gives a list another name; false when there is no such list. */
    public boolean rename(String id, String name) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE contact_list SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, id);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not rename contact list " + id, e);
        }
    }

    /**
     * The campaigns of the history whose draft names this list ({@code "contacts": {"list": id or name}}), newest
     * first. They keep their own copy of the contacts: the list can go, they stay readable.
     */
    public List<String> campaignsUsing(String id, String name) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT name, draft_json FROM campaign WHERE draft_json LIKE ? ORDER BY created_at DESC")) {
            select.setString(1, "%\"list\"%");
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String list = listOf(rows.getString(2));
                    if (list != null && (list.equals(id) || list.equalsIgnoreCase(name))) {
                        names.add(rows.getString(1));
                    }
                }
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("Could not read the campaigns of contact list " + id, e);
        }
    }

    private static String listOf(String draftJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(draftJson).path("contacts").path("list");
            return list.isTextual() ? list.asText() : null;
        } catch (java.io.IOException e) {
            return null; // a draft that cannot be read names no list
        }
    }

    public boolean delete(String id) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM contact_list WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not delete contact list " + id, e);
        }
    }

    private static ContactListSummary summary(ResultSet rows) throws SQLException {
        return new ContactListSummary(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getLong(7), rows.getLong(8),
                rows.getLong(9), rows.getLong(10), rows.getLong(11),
                OperatorColumns.read(rows.getString(12), rows.getString(13)));
    }
}
