package app.vocero.config;

import java.util.Optional;

/**
 * Asks the user for the passphrase that protects secrets when no OS credential store is available: a dialog in the
 * window, the {@code VOCERO_PASSPHRASE} variable or a prompt on the command line.
 */
@FunctionalInterface
public interface PassphraseSource {

    /**
     * @param creating the passphrase is being chosen now (ask twice, explain it cannot be recovered)
     * @return empty when the user declined
     */
    Optional<char[]> passphrase(boolean creating);
}
