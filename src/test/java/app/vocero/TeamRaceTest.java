package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import app.vocero.store.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops — two data directories, two {@code vocero} processes (separate JVMs) — on ONE team PostgreSQL
 * database press Send on the same campaign at the same moment: exactly one campaign reaches the provider, the other
 * process is told who is sending it and sends nothing. The lock is the team database's own: the primary key of
 * {@code send_lease}, inside the database both talk to.
 */
class TeamRaceTest {

    @TempDir
    static Path dir;
    private static SandboxServer sandbox;
    private static String url;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = SandboxServer.builder().port(0).start();
        url = TestPostgres.emptyDatabaseUrl(); // as a team's createdb leaves it: the first Vocero migrates it
        DatabaseChoice team = DatabaseChoice.of(url, Map.of("VOCERO_DB_USER", TestPostgres.USER));
        try (VoceroApp ana = VoceroApp.open(dir.resolve("ana"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-ana".toCharArray()), team)) {
            ana.accounts().add(new AccountService.NewAccount("Saem", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                    null, null, SandboxCredentials.SAEM_API_KEY));
        }
        try (VoceroApp luis = VoceroApp.open(dir.resolve("luis"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-luis".toCharArray()), team)) {
            // the account is the team's; the key is each desktop's own
            assertThat(luis.accounts().find("Saem")).isPresent();
            luis.accounts().update("Saem", new AccountService.Changes(sandbox.baseUrl(ProviderId.SAEM), null, null,
                    SandboxCredentials.SAEM_API_KEY));
        }
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nJosé;3001234567\nAna;3101234567\nLuis;3151234567\n");
        Files.writeString(dir.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Saem",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void endProcesses() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Test
    void twoDesktopsSendingOneCampaignAtOnceReachTheProviderOnce() throws Exception {
        sandbox.reset();
        // the provider holds the winner's request long enough for the loser to ask, even on a loaded machine
        sandbox.faults().next(ProviderId.SAEM, Fault.delay(Duration.ofSeconds(30)));
        String draft = dir.resolve("cobro.vocero.json").toString();
        Process ana = start("ana", "campaign", "send", draft);
        Process luis = start("luis", "campaign", "send", draft);

        assertThat(ana.waitFor(150, TimeUnit.SECONDS)).as("ana's send ended: %s", read("ana")).isTrue();
        assertThat(luis.waitFor(150, TimeUnit.SECONDS)).as("luis's send ended: %s", read("luis")).isTrue();
        List<Integer> exits = List.of(ana.exitValue(), luis.exitValue());
        assertThat(exits).as("ana: %s%nluis: %s", read("ana"), read("luis")).containsExactlyInAnyOrder(0, 2);
        Process winner = ana.exitValue() == 0 ? ana : luis;
        String loser = read(ana.exitValue() == 0 ? "luis" : "ana");
        assertThat(loser).contains("already being sent by " + System.getProperty("user.name") + "@")
                .contains("(" + winner.pid() + ")").contains("nothing was sent");

        assertThat(sandbox.requests(ProviderId.SAEM)).hasSize(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
        // both desktops see the one campaign in the team's history
        Process history = start("luis", "--lang", "en", "history", "--json");
        assertThat(history.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(read("luis")).containsOnlyOnce("\"name\":\"Cobro\"").contains("\"state\":\"sent\"");
    }

    @Test
    void twoProcessesOnTwoDesktopsSeeEachOthersListsAndDoNotCallNumbers() throws Exception {
        Path list = Files.writeString(dir.resolve("equipo.csv"), "Nombre;Celular\nEva;3201234567\nIvo;3211234567\n");
        Process imported = start("ana", "contacts", "import", list.toString(), "--country", "CO", "--name",
                "Lista de Ana");
        assertThat(imported.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(imported.exitValue()).as(read("ana")).isZero();
        Process blocked = start("ana", "contacts", "dnc", "add", "3229876543", "--country", "CO");
        assertThat(blocked.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(blocked.exitValue()).as(read("ana")).isZero();

        Process lists = start("luis", "--lang", "en", "contacts", "lists");
        assertThat(lists.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(read("luis")).contains("Lista de Ana");
        Process numbers = start("luis", "--lang", "en", "contacts", "dnc", "list");
        assertThat(numbers.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(read("luis")).contains("+573229876543");
    }

    private Process start(String desktop, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.vocero.Launcher",
                "--data-dir", dir.resolve(desktop).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(desktop + ".out").toFile());
        builder.environment().put("VOCERO_PASSPHRASE", "clave-de-" + desktop);
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS"); // the passphrase store, as in the set-up
        builder.environment().put("VOCERO_DB_URL", url);
        builder.environment().put("VOCERO_DB_USER", TestPostgres.USER);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static String read(String desktop) {
        try {
            Path file = dir.resolve(desktop + ".out");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
