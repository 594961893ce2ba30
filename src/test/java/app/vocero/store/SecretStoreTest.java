package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import app.vocero.domain.SecretProtection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    @TempDir
    Path dir;

    @Test
    void passphraseStoreEncryptsAndNeedsTheSamePassphraseNextTime() throws Exception {
        try (Database database = Database.open(dir, Messages.of(Locale.ENGLISH))) {
            PassphraseSecretStore store = new PassphraseSecretStore(database, creating -> Optional.of("una frase larga".toCharArray()));
            store.put("Saem principal", "apiKey", "sk-live-123456");
            assertThat(store.get("Saem principal", "apiKey")).contains("sk-live-123456");
            assertThat(store.protection()).isEqualTo(SecretProtection.PASSPHRASE);
        }
        assertThat(new String(Files.readAllBytes(dir.resolve(Database.FILE_NAME)), StandardCharsets.ISO_8859_1))
                .doesNotContain("sk-live-123456").doesNotContain("una frase larga");
        try (Database database = Database.open(dir, Messages.of(Locale.ENGLISH))) {
            PassphraseSecretStore wrong = new PassphraseSecretStore(database, creating -> Optional.of("otra frase".toCharArray()));
            assertThatThrownBy(() -> wrong.get("Saem principal", "apiKey")).isInstanceOf(SecretException.class)
                    .hasMessageContaining("Wrong passphrase");
            PassphraseSecretStore right = new PassphraseSecretStore(database, creating -> Optional.of("una frase larga".toCharArray()));
            assertThat(right.get("Saem principal", "apiKey")).contains("sk-live-123456");
            right.removeAll("Saem principal");
            assertThat(right.get("Saem principal", "apiKey")).isEmpty();
        }
    }

    @Test
    void aShortOrRefusedPassphraseKeepsNothing() throws Exception {
        try (Database database = Database.open(dir, Messages.of(Locale.ENGLISH))) {
            assertThatThrownBy(() -> new PassphraseSecretStore(database, creating -> Optional.of("corta".toCharArray()))
                    .put("a", "apiKey", "x")).hasMessageContaining("at least 8");
            assertThatThrownBy(() -> new PassphraseSecretStore(database, creating -> Optional.empty())
                    .put("a", "apiKey", "x")).hasMessageContaining("needs your passphrase");
        }
    }

    @Test
    void keyringGetsTheSecretOnStandardInputNeverOnTheCommandLine() {
        List<List<String>> commands = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        KeyringSecretStore linux = new KeyringSecretStore((command, input) -> {
            commands.add(command);
            inputs.add(input);
            return new KeyringSecretStore.Commands.Result(0, command.get(1).equals("lookup") ? "sk-live-123456\n" : "");
        }, false);

        linux.put("Saem principal", "apiKey", "sk-live-123456");
        assertThat(linux.get("Saem principal", "apiKey")).contains("sk-live-123456");

        assertThat(commands.get(0)).startsWith("secret-tool", "store").doesNotContain("sk-live-123456");
        assertThat(inputs.get(0)).isEqualTo("sk-live-123456");
        assertThat(commands.get(1)).containsExactly("secret-tool", "lookup", "service", "vocero", "account",
                "Saem principal", "key", "apiKey");
        assertThat(linux.protection()).isEqualTo(SecretProtection.OS_KEYRING);
    }

    @Test
    void macKeychainCommandsGoThroughStandardInputToo() {
        List<List<String>> commands = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        KeyringSecretStore mac = new KeyringSecretStore((command, input) -> {
            commands.add(command);
            inputs.add(input);
            return new KeyringSecretStore.Commands.Result(0, "");
        }, true);

        mac.put("Routee", "secret", "s3\"cret");

        assertThat(commands.get(0)).containsExactly("security", "-i");
        assertThat(inputs.get(0)).contains("-w \"s3\\\"cret\"").contains("-s vocero");
    }

    @Test
    void noKeyringWithoutADesktopSession() {
        assertThat(KeyringSecretStore.detect(java.util.Map.of(), "Linux")).isEmpty();
        assertThat(KeyringSecretStore.detect(java.util.Map.of(), "Windows 11")).isEmpty();
    }

    @Test
    void windowsProtectionKeepsOnlyWhatWindowsEncryptedAndSendsSecretsOnStandardInput() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        try (Database database = Database.open(dir, Messages.of(Locale.ENGLISH))) {
            WindowsSecretStore windows = new WindowsSecretStore(database, (command, input) -> {
                commands.add(command);
                inputs.add(input);
                boolean protecting = command.get(command.size() - 1).equals(WindowsSecretStore.PROTECT);
                return new KeyringSecretStore.Commands.Result(0, protecting ? "01000000d08c9ddf0115d1118c7a00c04fc297eb\r\n"
                        : "sk-live-123456");
            });
            windows.put("Saem", "apiKey", "sk-live-123456");
            assertThat(windows.get("Saem", "apiKey")).contains("sk-live-123456");
            assertThat(windows.protection()).isEqualTo(SecretProtection.WINDOWS);
        }
        assertThat(commands).allSatisfy(command -> assertThat(command).startsWith("powershell").doesNotContain("sk-live-123456"));
        assertThat(inputs).containsExactly("sk-live-123456", "01000000d08c9ddf0115d1118c7a00c04fc297eb");
        assertThat(new String(Files.readAllBytes(dir.resolve(Database.FILE_NAME)), StandardCharsets.ISO_8859_1))
                .doesNotContain("sk-live-123456");
        assertThat(WindowsSecretStore.detect(null, "Linux")).isEmpty();
    }
}
