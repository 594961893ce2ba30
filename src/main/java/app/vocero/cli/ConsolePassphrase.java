package app.vocero.cli;

import app.vocero.config.PassphraseSource;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The passphrase on the command line: the {@code VOCERO_PASSPHRASE} environment variable (for scripts), else a
 * prompt on the terminal that does not echo. Never an argument, never logged.
 */
final class ConsolePassphrase implements PassphraseSource {

    static final String VARIABLE = "VOCERO_PASSPHRASE";

    private final Map<String, String> environment;
    private final Console console;

    ConsolePassphrase(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    @Override
    public Optional<char[]> passphrase(boolean creating) {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        if (console == null) {
            return Optional.empty();
        }
        if (creating) {
            console.printf("No credential store on this computer: Vocero encrypts provider secrets with a passphrase.%n"
                    + "Choose one (8 characters or more). It cannot be recovered: without it the secrets must be added again.%n");
        }
        char[] first = console.readPassword(creating ? "New passphrase: " : "Vocero passphrase: ");
        if (first == null || !creating) {
            return Optional.ofNullable(first);
        }
        char[] again = console.readPassword("Repeat it: ");
        if (again == null || !Arrays.equals(first, again)) {
            console.printf("The two passphrases differ.%n");
            return Optional.empty();
        }
        Arrays.fill(again, '\0');
        return Optional.of(first);
    }
}
