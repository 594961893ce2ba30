package app.vocero.store;

import app.vocero.domain.DoNotCallEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The do-not-call list (this computer's, or the team's), by E.164 number. */
public final class DoNotCallRepository {

    private final Database database;

    public DoNotCallRepository(Database database) {
        this.database = database;
    }

    /** Every number on the list, for checking an import in memory. */
    public Set<String> numbers() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT e164 FROM do_not_call");
             ResultSet rows = select.executeQuery()) {
            Set<String> numbers = new HashSet<>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        } catch (SQLException e) {
            throw new StoreException("Could not read the do-not-call list", e);
        }
    }

    public List<DoNotCallEntry> entries() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT e164, added_at, source FROM do_not_call ORDER BY e164");
             ResultSet rows = select.executeQuery()) {
            List<DoNotCallEntry> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(new DoNotCallEntry(rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getString(3)));
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("Could not read the do-not-call list", e);
        }
    }

    /** Adds numbers not yet on the list, in one transaction; returns how many were new. */
    public int add(Collection<String> e164Numbers, String source, Instant when) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            int added = 0;
            // PostgreSQL: a number another desktop adds at the same moment is skipped, not an error that would
            // abort this transaction
            boolean h2 = database.dialect() == Dialect.H2;
            try (PreparedStatement insert = connection.prepareStatement(h2
                    ? "INSERT INTO do_not_call (e164, added_at, source) SELECT ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM do_not_call WHERE e164 = ?)"
                    : "INSERT INTO do_not_call (e164, added_at, source) VALUES (?, ?, ?) ON CONFLICT (e164) DO NOTHING")) {
                for (String number : e164Numbers) {
                    insert.setString(1, number);
                    insert.setTimestamp(2, Timestamp.from(when));
                    insert.setString(3, source);
                    if (h2) {
                        insert.setString(4, number);
                    }
                    added += insert.executeUpdate();
                }
                connection.commit();
                return added;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not add to the do-not-call list", e);
        }
    }

    /** Removes numbers; returns how many were on the list. */
    public int remove(Collection<String> e164Numbers) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM do_not_call WHERE e164 = ?")) {
            int removed = 0;
            for (String number : e164Numbers) {
                delete.setString(1, number);
                removed += delete.executeUpdate();
            }
            return removed;
        } catch (SQLException e) {
            throw new StoreException("Could not remove from the do-not-call list", e);
        }
    }
}
