package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.BundleWords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command, run with {@code --lang es} on a data directory whose Settings say English, prints no English:
 * its help, what it did, its tables and its refusals. English is recognised generically: a word of the English
 * bundle that no Spanish text uses ({@link BundleWords#englishOnly()}), so a text moved to the bundles is checked
 * with no change here, and a text printed in English from code is caught.
 */
class SpanishCommandLineTest {

    @TempDir
    Path dir;
    private Path data;
    private Set<String> english;
    private Set<String> syntax;

    @BeforeEach
    void prepare() throws Exception {
        try (var files = Files.list(Path.of("assets", "examples"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        data = dir.resolve("data");
        english = BundleWords.englishOnly();
        syntax = new java.util.HashSet<>();
        syntax(new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine(), syntax);
    }

    /** Command names and parameter labels: what the user types, the same in every language. */
    private static void syntax(CommandLine command, Set<String> words) {
        words.add(command.getCommandSpec().name());
        command.getCommandSpec().positionalParameters().forEach(parameter -> words.add(parameter.paramLabel()));
        command.getCommandSpec().options().forEach(option -> words.add(option.paramLabel()));
        command.getSubcommands().values().forEach(sub -> syntax(sub, words));
    }

    private record Run(int exit, String said) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "--lang", "es"));
        all.addAll(List.of(args));
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH)
                .commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out + "\n" + err);
    }

    /** Leaves and groups: every command's words ({@code contacts dnc export}). */
    private static void commands(CommandLine command, List<String> path, List<List<String>> found) {
        found.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                commands(sub, next, found);
            }
        });
    }

    @Test
    void theHelpOfEveryCommandIsSpanish() {
        List<List<String>> commands = new ArrayList<>();
        commands(new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine(), List.of(), commands);
        Map<String, String> said = new LinkedHashMap<>();
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            said.put(String.join(" ", args), run.said());
        }
        assertThat(said.get("--help")).contains("Uso:").contains("Comandos:").contains("Muestra esta ayuda");
        assertSpanish(said);
    }

    @Test
    void whatEveryCommandPrintsIsSpanish() throws Exception {
        Map<String, String> said = new LinkedHashMap<>();
        Path contacts = Files.writeString(dir.resolve("lista.csv"), "Nombre;Celular\nAna;3001234567\nLuis;3101234567\nx;12\n");
        Path saem = dir.resolve("saem.vocero.json");
        say(said, "contacts", "import", contacts.toString(), "--country", "CO", "--name", "Clientes");
        say(said, "contacts", "import", contacts.toString(), "--country", "ZZ");
        say(said, "contacts", "import", dir.resolve("falta.csv").toString(), "--country", "CO");
        say(said, "contacts", "import", contacts.toString(), "--column", "phone=NoExiste", "--country", "CO");
        say(said, "contacts", "lists");
        say(said, "contacts", "dnc", "add", "3001234567", "3151234567", "--country", "CO");
        say(said, "contacts", "dnc", "add", "12", "--country", "CO");
        say(said, "contacts", "dnc", "remove", "3151234567", "--country", "CO");
        say(said, "contacts", "dnc", "import", contacts.toString(), "--country", "CO");
        say(said, "contacts", "dnc", "export", dir.resolve("nollamar.csv").toString());
        say(said, "contacts", "dnc", "export", dir.toString());
        say(said, "contacts", "dnc", "list");
        say(said, "prices", "set", "Sandbox Saem", "--per", "call", "--amount", "1500.5", "--currency", "COP");
        say(said, "prices", "set", "Sandbox Saem", "--per", "hour", "--amount", "1", "--currency", "COP");
        say(said, "prices", "set", "Sandbox Saem", "--per", "call", "--amount", "x", "--currency", "COP");
        say(said, "prices", "list");
        say(said, "campaign", "validate", saem.toString());
        say(said, "campaign", "validate", dir.resolve("falta.vocero.json").toString());
        say(said, "campaign", "preview", saem.toString());
        say(said, "prices", "remove", "Sandbox Saem");
        say(said, "prices", "remove", "Sandbox Saem");
        say(said, "campaign", "validate", saem.toString());
        say(said, "campaign", "send", saem.toString());
        say(said, "history");
        String id = firstCampaignId();
        say(said, "campaign", "status", id);
        say(said, "campaign", "resume", id);
        say(said, "campaign", "settle", id, "1", "--created");
        say(said, "campaign", "settle", id, "1", "--created", "--send-again");
        say(said, "campaign", "settle", id, "0", "--send-again");
        say(said, "campaign", "resume", "no-existe");
        say(said, "accounts", "list");
        say(said, "accounts", "test", "Sandbox Saem");
        say(said, "accounts", "remove", "no-existe");
        say(said, "accounts", "add", "Nueva", "--provider", "nada", "--secret-env", "NADA");
        say(said, "accounts", "add", "Nueva", "--provider", "saem", "--secret-env", "VOCERO_NO_DEFINIDA");
        say(said, "campaign", "send", "--nope");
        say(said, "contacts", "import");
        say(said, "nada");
        assertThat(said.get("contacts lists")).contains("NOMBRE").contains("Clientes");
        assertThat(said.get("accounts list")).contains("PROVEEDOR").contains("sandbox incorporado");
        assertThat(said.get("campaign validate " + saem)).contains("Estimado:").contains("no hay tabla de precios");
        assertSpanish(said);
    }

    private void say(Map<String, String> said, String... args) {
        said.put(String.join(" ", args), run(args).said());
    }

    private String firstCampaignId() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH)
                .commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        commandLine.execute("--data-dir", data.toString(), "history", "--json");
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(out.toString());
        assertThat(id.find()).as(out.toString()).isTrue();
        return id.group(1);
    }

    /** No output holds an English-only word of the bundles, once data (paths, ids, requests) is taken out. */
    private void assertSpanish(Map<String, String> said) {
        List<String> leaks = new ArrayList<>();
        said.forEach((command, text) -> {
            Set<String> found = new TreeSet<>();
            for (String line : withoutData(text).split("\n")) {
                // options (--no-save, -V), <labels> and the commands' own names and labels are syntax, not words
                String unquoted = line.replaceAll("(?<![\\p{L}])--?[A-Za-z][\\w-]*(=\\S*)?", " ").replaceAll("<[^>]*>", " ");
                StringBuilder words = new StringBuilder();
                for (String token : unquoted.split("\\s+")) {
                    if (!syntax.contains(token.replaceAll("[\\[\\].,:;()…]+$|^[\\[(]+", ""))) {
                        words.append(token).append(' ');
                    }
                }
                for (String word : words.toString().split("[^\\p{L}]+")) {
                    if (english.contains(word.toLowerCase(Locale.ROOT))) {
                        found.add(word + " in «" + line.strip() + "»");
                    }
                }
            }
            if (!found.isEmpty()) {
                leaks.add("vocero --lang es " + command + ": " + found);
            }
        });
        assertThat(leaks).as("English in the Spanish command line").isEmpty();
    }

    /** Paths, ids and the exact requests (provider field names) are data, not words. */
    private String withoutData(String text) {
        String plain = text.replace(dir.toString(), "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "")
                .replaceAll("\\b[0-9a-f]{16,}\\b", "");
        StringBuilder kept = new StringBuilder();
        for (String line : plain.split("\n")) {
            String trimmed = line.strip();
            boolean request = trimmed.startsWith("{") || trimmed.startsWith("}") || trimmed.startsWith("[")
                    || trimmed.startsWith("]") || trimmed.startsWith("\"") || trimmed.matches("#\\d+ .*")
                    || trimmed.matches("[A-Za-z-]+: .*") && !trimmed.contains(" ");
            if (trimmed.matches("[A-Za-z][A-Za-z-]*: \\S.*") && trimmed.indexOf(':') < 20 && trimmed.split(" ").length <= 3) {
                request = true; // a header line: "x-auth: ••••••"
            }
            if (!request) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
