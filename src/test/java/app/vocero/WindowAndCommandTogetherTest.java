package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import app.vocero.service.AccountService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window and the command line on one data directory at once, as real processes: a window stand-in
 * ({@link WindowHolder}, a separate JVM that opens the data directory as the window does) and {@code vocero}
 * commands (separate JVMs). Each sees what the other saved at once; two sends of one campaign never both reach the
 * provider — the second is told who is sending.
 */
class WindowAndCommandTogetherTest {

    @TempDir
    static Path dir;
    private static SandboxServer sandbox;
    private static Path template;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = SandboxServer.builder().port(0).start();
        template = dir.resolve("template");
        try (VoceroApp app = VoceroApp.open(template, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Saem", ProviderId.SAEM, sandbox.baseUrl(ProviderId.SAEM),
                    null, null, SandboxCredentials.SAEM_API_KEY));
        }
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular\nJosé;3001234567\nAna;3101234567\nLuis;3151234567\n");
        Files.writeString(dir.resolve("otros.csv"), "Nombre;Celular\nEva;3001112233\nIvo;3101112233\n");
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
    void commandsWorkBesideTheOpenWindowAndBothSeeEachOthersResults() throws Exception {
        sandbox.reset();
        Path data = copyOfTemplate("beside");
        Holder window = new Holder(data);

        Result imported = vocero(data, "contacts", "import", dir.resolve("contactos.csv").toString(), "--country", "CO",
                "--name", "Desde el comando");
        assertThat(imported.exit()).as(imported.output()).isZero();
        assertThat(window.ask("lists")).as("the window sees the command's list at once").contains("Desde el comando");

        assertThat(window.ask("import " + dir.resolve("otros.csv") + " Desde la ventana")).isEqualTo("IMPORTED 2");
        Result lists = vocero(data, "contacts", "lists");
        assertThat(lists.exit()).as(lists.output()).isZero();
        assertThat(lists.output()).as("the command sees the window's list").contains("Desde la ventana")
                .contains("Desde el comando");

        assertThat(window.ask("send " + dir.resolve("cobro.vocero.json"))).startsWith("SENT SENT");
        Result history = vocero(data, "--lang", "en", "history");
        assertThat(history.exit()).as(history.output()).isZero();
        assertThat(history.output()).as("the command sees the window's campaign").contains("Cobro");

        Result sent = vocero(data, "campaign", "send", dir.resolve("cobro.vocero.json").toString());
        assertThat(sent.exit()).as(sent.output()).isZero();
        assertThat(window.ask("history")).as("the window sees the command's campaign").matches("HISTORY Cobro=SENT\\|Cobro=SENT");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(2);

        assertThat(window.ask("quit")).isEqualTo("CLOSED");
        assertThat(window.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Result after = vocero(data, "contacts", "lists");
        assertThat(after.output()).as("everything is still there once the window closed").contains("Desde la ventana")
                .contains("Desde el comando");
    }

    @Test
    void twoSendsOfOneCampaignAtOnceReachTheProviderOnceAndTheSecondIsToldWhoIsSending() throws Exception {
        sandbox.reset();
        Path data = copyOfTemplate("twice");
        Holder window = new Holder(data); // both commands go through the database the window serves
        // the provider holds the first send long enough for every check below, even on a loaded machine
        sandbox.faults().next(ProviderId.SAEM, Fault.delay(Duration.ofSeconds(75)));
        Path draft = dir.resolve("cobro.vocero.json");

        Process first = start(data, data.resolve("first.out"), "campaign", "send", draft.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (sandbox.requests(ProviderId.SAEM).isEmpty() && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sandbox.requests(ProviderId.SAEM)).as("the first send is at the provider; %s", read(data.resolve("first.out")))
                .hasSize(1);

        Result during = vocero(data, "--lang", "en", "history", "--json");
        assertThat(during.output()).as("the history shows the campaign being sent, at once").contains("\"state\":\"sending\"");
        Result second = vocero(data, "--lang", "en", "campaign", "send", draft.toString());
        assertThat(second.exit()).as(second.output()).isEqualTo(2);
        assertThat(second.output()).contains("already being sent by " + System.getProperty("user.name") + "@")
                .contains("(" + first.pid() + ")").contains("nothing was sent");
        Result secondInSpanish = vocero(data, "--lang", "es", "campaign", "send", draft.toString());
        assertThat(secondInSpanish.exit()).as(secondInSpanish.output()).isEqualTo(2);
        assertThat(secondInSpanish.output()).contains("ya la está enviando");
        assertThat(first.isAlive()).as("the checks ran while the first send was out").isTrue();

        // the sender dies with its request at the provider: its lease is recovered, and resume sends nothing that may exist
        first.destroyForcibly();
        first.waitFor();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(during.output());
        assertThat(id.find()).isTrue();
        Result resumed = vocero(data, "--lang", "en", "campaign", "resume", id.group(1));
        assertThat(resumed.output()).as("the dead sender's lease is taken over").doesNotContain("already being sent");
        assertThat(resumed.exit()).as(resumed.output()).isEqualTo(3);
        assertThat(window.ask("history")).isEqualTo("HISTORY Cobro=UNKNOWN");

        long created = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (sandbox.campaignsCreated(ProviderId.SAEM) < 1 && System.nanoTime() < created) {
            Thread.sleep(50); // the slow provider finishes the one request it got
        }
        assertThat(sandbox.requests(ProviderId.SAEM)).hasSize(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void aWindowOpenedWhileACommandServesTheDatabaseGoesOnWhenTheCommandEnds() throws Exception {
        sandbox.reset();
        Path data = copyOfTemplate("after");
        sandbox.faults().next(ProviderId.SAEM, Fault.delay(Duration.ofSeconds(30)));
        Process command = start(data, data.resolve("command.out"), "campaign", "send",
                dir.resolve("cobro.vocero.json").toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (sandbox.requests(ProviderId.SAEM).isEmpty() && command.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Holder window = new Holder(data); // the command opened the file first: the window is its client
        assertThat(window.ask("history")).isEqualTo("HISTORY Cobro=SENDING");

        assertThat(command.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(read(data.resolve("command.out"))).isZero();
        // the serving process is gone: the window takes the database file over and goes on
        assertThat(window.ask("history")).isEqualTo("HISTORY Cobro=SENT");
        assertThat(window.ask("import " + dir.resolve("otros.csv") + " Después")).isEqualTo("IMPORTED 2");
        Result lists = vocero(data, "contacts", "lists");
        assertThat(lists.output()).contains("Después");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    // --- processes

    private record Result(int exit, String output) {
    }

    private Result vocero(Path data, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process process = start(data, out, args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("vocero %s ended", String.join(" ", args)).isTrue();
        return new Result(process.exitValue(), read(out));
    }

    private Process start(Path data, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "app.vocero.Launcher", "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        environment(builder);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static void environment(ProcessBuilder builder) {
        builder.environment().put("VOCERO_PASSPHRASE", "clave-de-prueba");
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS"); // the passphrase store, as in the template
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The window stand-in: asked one line, answers one line. */
    private final class Holder {
        private final Process process;
        private final PrintWriter in;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

        Holder(Path data) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    WindowHolder.class.getName(), data.toString()).redirectErrorStream(true);
            environment(builder);
            process = builder.start();
            started.add(process);
            in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        answers.add(line);
                    }
                } catch (IOException e) {
                    answers.add("IO " + e);
                }
            }, "window-holder-output");
            reader.setDaemon(true);
            reader.start();
            assertThat(next()).isEqualTo("READY");
        }

        String ask(String line) throws InterruptedException {
            in.println(line);
            return next();
        }

        private String next() throws InterruptedException {
            String answer = answers.poll(120, TimeUnit.SECONDS);
            assertThat(answer).as("the window stand-in answered").isNotNull();
            return answer;
        }
    }

    private static Path copyOfTemplate(String name) throws IOException {
        Path target = dir.resolve(name);
        try (var files = Files.walk(template)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
