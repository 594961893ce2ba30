package app.vocero.store;

import app.vocero.domain.SecretProtection;
import java.util.Optional;

/**
 * Where provider secrets (API keys, tokens, passwords) are kept — never in plain text, never in logs. One place:
 * everything else asks here at the moment a request leaves.
 */
public interface SecretStore {

    SecretProtection protection();

    void put(String account, String key, String secret);

    Optional<String> get(String account, String key);

    void removeAll(String account);

    /**
     * Whether a secret is kept for this account, without reading it (no passphrase is asked for where the store can
     * tell from what it keeps).
     */
    default boolean has(String account, String key) {
        return get(account, key).isPresent();
    }

    /**
     * Proves the user may change the secrets before anything is removed: a passphrase store asks for (and checks)
     * the passphrase; an operating-system store has already authenticated the user.
     *
     * @throws SecretException when the passphrase is missing or wrong
     */
    default void confirmAccess() {
    }
}
