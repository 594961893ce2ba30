package app.vocero.store;

import app.vocero.domain.SecretProtection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses the real secret store at its first use: finding the operating system's keyring starts a process, which a
 * command or a window that touches no secret should not wait for.
 */
public final class LazySecretStore implements SecretStore {

    private final Supplier<SecretStore> choose;
    private SecretStore chosen;

    public LazySecretStore(Supplier<SecretStore> choose) {
        this.choose = choose;
    }

    private synchronized SecretStore store() {
        if (chosen == null) {
            chosen = choose.get();
        }
        return chosen;
    }

    @Override
    public SecretProtection protection() {
        return store().protection();
    }

    @Override
    public void put(String account, String key, String secret) {
        store().put(account, key, secret);
    }

    @Override
    public Optional<String> get(String account, String key) {
        return store().get(account, key);
    }

    /** Whether a secret is stored, without reading it (a passphrase store asks for no passphrase to say so). */
    @Override
    public boolean has(String account, String key) {
        return store().has(account, key);
    }

    @Override
    public void removeAll(String account) {
        store().removeAll(account);
    }

    @Override
    public void confirmAccess() {
        store().confirmAccess();
    }
}
