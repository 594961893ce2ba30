package app.vocero.store;

import app.vocero.domain.SecretProtection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Secrets in the operating system's credential store: the Secret Service (GNOME Keyring, KWallet) through
 * {@code secret-tool} on Linux, the login keychain through {@code security} on macOS. A secret always travels to
 * the tool on standard input, never on its command line (which other users can see).
 */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "vocero";

    /** Runs a command with some standard input and gives its exit code and standard output. */
    public interface Commands {
        Result run(List<String> command, String input) throws IOException;

        record Result(int exitCode, String output) {
        }
    }

    private final Commands commands;
    private final boolean mac;

    KeyringSecretStore(Commands commands, boolean mac) {
        this.commands = commands;
        this.mac = mac;
    }

    /** The OS store when this machine has a working one (checked with a harmless lookup); empty otherwise. */
    public static Optional<KeyringSecretStore> detect(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean mac = os.startsWith("mac");
        boolean linux = os.startsWith("linux");
        if (!mac && !(linux && environment.containsKey("DBUS_SESSION_BUS_ADDRESS"))) {
            return Optional.empty();
        }
        KeyringSecretStore store = new KeyringSecretStore(KeyringSecretStore::runProcess, mac);
        try {
            Commands.Result probe = mac
                    ? runProcess(List.of("security", "list-keychains"), "")
                    : runProcess(List.of("secret-tool", "search", "service", SERVICE + "-probe"), "");
            return probe.exitCode() == 0 || (!mac && probe.exitCode() == 1) ? Optional.of(store) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public SecretProtection protection() {
        return SecretProtection.OS_KEYRING;
    }

    @Override
    public void put(String account, String key, String secret) {
        Commands.Result result = call(mac
                ? List.of("security", "-i")
                : List.of("secret-tool", "store", "--label=Vocero: " + account + " (" + key + ")",
                        "service", SERVICE, "account", account, "key", key),
                mac ? "add-generic-password -U -a " + quote(account + "/" + key) + " -s " + SERVICE + " -w " + quote(secret) + "\n"
                        : secret);
        if (result.exitCode() != 0) {
            throw new SecretException("The credential store refused to keep a secret of " + account + " (exit "
                    + result.exitCode() + ")");
        }
    }

    @Override
    public Optional<String> get(String account, String key) {
        Commands.Result result = call(mac
                ? List.of("security", "find-generic-password", "-a", account + "/" + key, "-s", SERVICE, "-w")
                : List.of("secret-tool", "lookup", "service", SERVICE, "account", account, "key", key), "");
        if (result.exitCode() != 0 || result.output().isEmpty()) {
            return Optional.empty();
        }
        String value = result.output();
        return Optional.of(value.endsWith("\n") ? value.substring(0, value.length() - 1) : value);
    }

    @Override
    public void removeAll(String account) {
        if (mac) {
            for (String key : List.of("apiKey", "token", "secret", "password")) {
                call(List.of("security", "delete-generic-password", "-a", account + "/" + key, "-s", SERVICE), "");
            }
        } else {
            call(List.of("secret-tool", "clear", "service", SERVICE, "account", account), "");
        }
    }

    private Commands.Result call(List<String> command, String input) {
        try {
            return commands.run(command, input);
        } catch (IOException e) {
            throw new SecretException("The credential store could not be reached (" + command.get(0) + ")", e);
        }
    }

    /** Quoting for {@code security -i}'s own command parser. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static Commands.Result runProcess(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(false).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer in 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Commands.Result(process.exitValue(), output);
    }
}
