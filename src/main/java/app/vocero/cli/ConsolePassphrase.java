package app.vocero.cli;

import app.vocero.config.Messages;
import app.vocero.config.PassphraseSource;
import java.io.Console;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The passphrase on the command line: the {@code VOCERO_PASSPHRASE} environment variable (for scripts), else a
 * prompt on the terminal that does not echo. Never an argument, never logged.
 */
final class ConsolePassphrase implements PassphraseSource {

    static final String VARIABLE = "VOCERO_PASSPHRASE";

    private final Map<String, String> environment;
    private final Console console;
    private final Supplier<Locale> language;

    ConsolePassphrase(Map<String, String> environment, Console console) {
        this(environment, console, () -> Locale.ENGLISH);
    }

    /** @param language the command's language when the passphrase is asked for ({@code --lang}, else Settings) */
    ConsolePassphrase(Map<String, String> environment, Console console, Supplier<Locale> language) {
        this.environment = environment;
        this.console = console;
        this.language = language;
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
        Messages messages = Messages.of(language.get());
        if (creating) {
            console.printf("%s%n", messages.text("accounts.passphrase.console.explain"));
        }
        char[] first = console.readPassword("%s", messages.text(creating ? "accounts.passphrase.console.new"
                : "accounts.passphrase.console.enter"));
        if (first == null || !creating) {
            return Optional.ofNullable(first);
        }
        char[] again = console.readPassword("%s", messages.text("accounts.passphrase.console.repeat"));
        if (again == null || !Arrays.equals(first, again)) {
            console.printf("%s%n", messages.text("accounts.passphrase.differ"));
            return Optional.empty();
        }
        Arrays.fill(again, '\0');
        return Optional.of(first);
    }
}
