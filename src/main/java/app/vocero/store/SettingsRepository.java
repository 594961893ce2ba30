package app.vocero.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named settings of this installation (language, window place), kept in the {@code setting} table. */
public final class SettingsRepository {

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT setting_value FROM setting WHERE setting_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read setting " + key, e);
        }
    }

    public void put(String key, String value) {
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(database.dialect().upsert("setting",
                     java.util.List.of("setting_key"), java.util.List.of("setting_key", "setting_value")))) {
            merge.setString(1, key);
            merge.setString(2, value);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save setting " + key, e);
        }
    }
}
