package app.vocero.store;

import app.vocero.domain.campaign.PriceTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Each account's price table. */
public final class PriceTableRepository {

    private final Database database;

    public PriceTableRepository(Database database) {
        this.database = database;
    }

    public Optional<PriceTable> find(String account) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT unit, amount, currency FROM price_table WHERE account = ?")) {
            select.setString(1, account);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(table(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the price table of " + account, e);
        }
    }

    public Map<String, PriceTable> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT unit, amount, currency, account FROM price_table ORDER BY account");
             ResultSet rows = select.executeQuery()) {
            Map<String, PriceTable> tables = new LinkedHashMap<>();
            while (rows.next()) {
                tables.put(rows.getString(4), table(rows));
            }
            return tables;
        } catch (SQLException e) {
            throw new StoreException("Could not read the price tables", e);
        }
    }

    public void put(String account, PriceTable table) {
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(database.dialect().upsert("price_table",
                     java.util.List.of("account"), java.util.List.of("account", "unit", "amount", "currency")))) {
            merge.setString(1, account);
            merge.setString(2, table.unit().name());
            merge.setBigDecimal(3, table.amount());
            merge.setString(4, table.currency());
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save the price table of " + account, e);
        }
    }

    public boolean remove(String account) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM price_table WHERE account = ?")) {
            delete.setString(1, account);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not remove the price table of " + account, e);
        }
    }

    private static PriceTable table(ResultSet rows) throws SQLException {
        return new PriceTable(PriceTable.Unit.valueOf(rows.getString(1)), rows.getBigDecimal(2).stripTrailingZeros(),
                rows.getString(3));
    }
}
