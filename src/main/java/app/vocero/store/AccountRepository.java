package app.vocero.store;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Provider accounts, without their secrets (see {@link SecretStore}). */
public final class AccountRepository {

    private static final String COLUMNS = "name, provider, base_url, auth_url, login, protection, sandbox, created_at";

    private final Database database;

    public AccountRepository(Database database) {
        this.database = database;
    }

    public void insert(Account account) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.name());
            insert.setString(2, account.provider().key());
            insert.setString(3, account.baseUrl());
            insert.setString(4, account.authUrl());
            insert.setString(5, account.login());
            insert.setString(6, account.protection());
            insert.setBoolean(7, account.sandbox());
            insert.setTimestamp(8, Timestamp.from(account.createdAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save account " + account.name(), e);
        }
    }

    public Optional<Account> find(String name) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(account(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read account " + name, e);
        }
    }

    /** Sandbox accounts last, the others by name. */
    public List<Account> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM account ORDER BY sandbox, name");
             ResultSet rows = select.executeQuery()) {
            List<Account> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(account(rows));
            }
            return accounts;
        } catch (SQLException e) {
            throw new StoreException("Could not read the accounts", e);
        }
    }

    /** Saves an account's address, login and protection; its name (how drafts and the history know it) stays. */
    public boolean update(Account account) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE account SET base_url = ?, auth_url = ?, login = ?, protection = ? WHERE name = ?")) {
            update.setString(1, account.baseUrl());
            update.setString(2, account.authUrl());
            update.setString(3, account.login());
            update.setString(4, account.protection());
            update.setString(5, account.name());
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not save account " + account.name(), e);
        }
    }

    public boolean delete(String name) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM account WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not delete account " + name, e);
        }
    }

    private static Account account(ResultSet rows) throws SQLException {
        return new Account(rows.getString(1), ProviderId.fromKey(rows.getString(2)).orElseThrow(), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getBoolean(7),
                rows.getTimestamp(8).toInstant());
    }
}
