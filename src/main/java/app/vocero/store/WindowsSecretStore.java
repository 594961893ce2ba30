package app.vocero.store;

import app.vocero.domain.SecretProtection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Secrets protected by Windows itself (DPAPI, through PowerShell's {@code ConvertFrom-SecureString}): encrypted with
 * a key Windows keeps for the signed-in user, never beside Vocero's data; only the encrypted text is in the
 * database. Secrets travel to PowerShell on standard input, never on its command line.
 */
public final class WindowsSecretStore implements SecretStore {

    private static final List<String> POWERSHELL = List.of("powershell", "-NoProfile", "-NonInteractive", "-Command");
    static final String PROTECT = "$s = [Console]::In.ReadToEnd(); "
            + "ConvertTo-SecureString -String $s -AsPlainText -Force | ConvertFrom-SecureString";
    static final String UNPROTECT = "$h = [Console]::In.ReadToEnd().Trim(); $p = ConvertTo-SecureString -String $h; "
            + "[Console]::Out.Write([Runtime.InteropServices.Marshal]::PtrToStringBSTR("
            + "[Runtime.InteropServices.Marshal]::SecureStringToBSTR($p)))";

    private final Database database;
    private final KeyringSecretStore.Commands commands;

    WindowsSecretStore(Database database, KeyringSecretStore.Commands commands) {
        this.database = database;
        this.commands = commands;
    }

    /** The Windows protection when this is Windows and PowerShell answers; empty otherwise. */
    public static Optional<WindowsSecretStore> detect(Database database, String osName) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            return Optional.empty();
        }
        WindowsSecretStore store = new WindowsSecretStore(database, KeyringSecretStore::runProcess);
        try {
            return store.commands.run(List.of("powershell", "-NoProfile", "-NonInteractive", "-Command", "exit 0"), "")
                    .exitCode() == 0 ? Optional.of(store) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public SecretProtection protection() {
        return SecretProtection.WINDOWS;
    }

    @Override
    public void put(String account, String key, String secret) {
        String protectedText = run(PROTECT, secret, account).trim();
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(database.dialect().upsert("account_secret",
                     java.util.List.of("account", "secret_key"), java.util.List.of("account", "secret_key", "nonce", "ciphertext")))) {
            merge.setString(1, account);
            merge.setString(2, key);
            merge.setBytes(3, new byte[0]);
            merge.setBytes(4, protectedText.getBytes(StandardCharsets.US_ASCII));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save a secret of account " + account, e);
        }
    }

    @Override
    public Optional<String> get(String account, String key) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT ciphertext FROM account_secret WHERE account = ? AND secret_key = ?")) {
            select.setString(1, account);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(run(UNPROTECT, new String(rows.getBytes(1), StandardCharsets.US_ASCII), account));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read a secret of account " + account, e);
        }
    }

    /** Answered from the stored rows: no passphrase is needed to know that a secret is kept. */
    @Override
    public boolean has(String account, String secretKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM account_secret WHERE account = ? AND secret_key = ?")) {
            select.setString(1, account);
            select.setString(2, secretKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not look for a secret of account " + account, e);
        }
    }

    @Override
    public void removeAll(String account) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM account_secret WHERE account = ?")) {
            delete.setString(1, account);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not remove the secrets of account " + account, e);
        }
    }

    private String run(String script, String input, String account) {
        try {
            java.util.List<String> command = new java.util.ArrayList<>(POWERSHELL);
            command.add(script);
            KeyringSecretStore.Commands.Result result = commands.run(command, input);
            if (result.exitCode() != 0) {
                throw new SecretException("Windows could not protect or read a secret of " + account + " (exit "
                        + result.exitCode() + ")");
            }
            return result.output();
        } catch (IOException e) {
            throw new SecretException("PowerShell could not be run to protect a secret", e);
        }
    }
}
