package app.vocero.store;

import app.vocero.domain.Operator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For tests and screenshots of a team's history in one process: says that a campaign already in a data directory's
 * history was sent from another desktop (or, with {@code null}, before Vocero kept who sends), or a list saved there. Reaches the database
 * the way a second process would (H2's shared opening), while the app keeps it open.
 */
public final class OtherDesktop {

    private OtherDesktop() {
    }

    public static void sentBy(Path dataDirectory, String campaignId, Operator who) throws SQLException {
        set(dataDirectory, "UPDATE campaign SET sent_by_user = ?, sent_by_host = ? WHERE id = ?", campaignId, who);
    }

    /** Says that a saved contact list was imported on another desktop (or, with {@code null}, before it was kept). */
    public static void listMadeBy(Path dataDirectory, String listId, Operator who) throws SQLException {
        set(dataDirectory, "UPDATE contact_list SET made_by_user = ?, made_by_host = ? WHERE id = ?", listId, who);
    }

    private static void set(Path dataDirectory, String sql, String id, Operator who) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                SharedOpening.url(dataDirectory.resolve(Database.FILE_BASE_NAME)), "vocero", "");
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, OperatorColumns.user(who));
            update.setString(2, OperatorColumns.host(who));
            update.setString(3, id);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No row " + id);
            }
        }
    }
}
