package app.vocero.store;

import app.vocero.config.PassphraseSource;
import app.vocero.domain.SecretProtection;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets encrypted at rest with AES-256-GCM under a key derived (PBKDF2-HMAC-SHA256) from a passphrase the user
 * chooses once. The database keeps only the salt, a check value and the ciphertexts — never the key or the
 * passphrase — so a copied data directory does not give the secrets away. The key lives in memory for the session.
 */
public final class PassphraseSecretStore implements SecretStore {

    static final int ITERATIONS = 310_000;
    private static final String SALT = "secrets.salt";
    private static final String CHECK = "secrets.check";
    private static final byte[] CHECK_TEXT = "vocero-passphrase-check".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final SettingsRepository settings;
    private final PassphraseSource passphrases;
    private SecretKey key;

    public PassphraseSecretStore(Database database, PassphraseSource passphrases) {
        this.database = database;
        this.settings = new SettingsRepository(database);
        this.passphrases = passphrases;
    }

    @Override
    public SecretProtection protection() {
        return SecretProtection.PASSPHRASE;
    }

    @Override
    public void put(String account, String secretKey, String secret) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, unlock(), nonce, aad(account, secretKey),
                secret.getBytes(StandardCharsets.UTF_8));
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(database.dialect().upsert("account_secret",
                     java.util.List.of("account", "secret_key"), java.util.List.of("account", "secret_key", "nonce", "ciphertext")))) {
            merge.setString(1, account);
            merge.setString(2, secretKey);
            merge.setBytes(3, nonce);
            merge.setBytes(4, ciphertext);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save a secret of account " + account, e);
        }
    }

    @Override
    public Optional<String> get(String account, String secretKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT nonce, ciphertext FROM account_secret WHERE account = ? AND secret_key = ?")) {
            select.setString(1, account);
            select.setString(2, secretKey);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                byte[] plain = crypt(Cipher.DECRYPT_MODE, unlock(), rows.getBytes(1), aad(account, secretKey),
                        rows.getBytes(2));
                return Optional.of(new String(plain, StandardCharsets.UTF_8));
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

    /** Checks the passphrase (when secrets were ever kept here), so that a wrong one cannot remove accounts. */
    @Override
    public void confirmAccess() {
        if (settings.get(SALT).isPresent()) {
            unlock();
        }
    }

    /** The key for this session: asks for the passphrase once (choosing it the first time). */
    private synchronized SecretKey unlock() {
        if (key != null) {
            return key;
        }
        Optional<String> salt = settings.get(SALT);
        boolean creating = salt.isEmpty();
        char[] passphrase = passphrases.passphrase(creating).orElseThrow(() -> new SecretException(
                "Vocero needs your passphrase to " + (creating ? "protect" : "read") + " provider secrets"
                        + " (set VOCERO_PASSPHRASE on the command line).",
                "Vocero necesita su frase de acceso para " + (creating ? "proteger" : "leer") + " los secretos de los"
                        + " proveedores (en la línea de comandos, defina VOCERO_PASSPHRASE)."));
        try {
            if (passphrase.length < 8) {
                throw new SecretException("The passphrase must have at least 8 characters.",
                        "La frase de acceso debe tener al menos 8 caracteres.");
            }
            if (creating) {
                byte[] newSalt = new byte[16];
                RANDOM.nextBytes(newSalt);
                SecretKey derived = derive(passphrase, newSalt);
                byte[] nonce = new byte[12];
                RANDOM.nextBytes(nonce);
                byte[] check = crypt(Cipher.ENCRYPT_MODE, derived, nonce, CHECK.getBytes(StandardCharsets.UTF_8), CHECK_TEXT);
                settings.put(SALT, Base64.getEncoder().encodeToString(newSalt));
                settings.put(CHECK, Base64.getEncoder().encodeToString(nonce) + ":" + Base64.getEncoder().encodeToString(check));
                key = derived;
            } else {
                SecretKey derived = derive(passphrase, Base64.getDecoder().decode(salt.get()));
                String[] check = settings.get(CHECK).orElse(":").split(":");
                try {
                    crypt(Cipher.DECRYPT_MODE, derived, Base64.getDecoder().decode(check[0]),
                            CHECK.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(check[1]));
                } catch (SecretException e) {
                    throw new SecretException("Wrong passphrase: the provider secrets cannot be read with it.",
                            "Frase de acceso incorrecta: con ella no se pueden leer los secretos de los proveedores.");
                }
                key = derived;
            }
            return key;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static SecretKey derive(char[] passphrase, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new SecretException("This Java cannot derive keys (PBKDF2WithHmacSHA256)", e);
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SecretException("A secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                    + " (wrong passphrase or damaged data)", e);
        }
    }

    private static byte[] aad(String account, String secretKey) {
        return (account + "\u0000" + secretKey).getBytes(StandardCharsets.UTF_8);
    }
}
