package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line a process builds for its arguments ({@link VoceroCommand#commandLineFor}: only the commands they
 * name) prints and fails exactly as the whole tree ({@link VoceroCommand#commandLine()}) does: every command reached
 * with the root's options before it, every help page in both languages, mistyped commands and options.
 */
class CommandTreeTest {

    @TempDir
    Path dir;

    private final String compactTime = System.getProperty("h2.maxCompactTime");

    @AfterEach
    void restore() {
        // commandLineFor is the launcher's: a process running one command (this JVM runs many tests)
        if (compactTime == null) {
            System.clearProperty("h2.maxCompactTime");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run lazy(List<String> args) {
        return run(args, true);
    }

    private Run whole(List<String> args) {
        return run(args, false);
    }

    private Run run(List<String> args, boolean lazy) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        VoceroCommand root = new VoceroCommand(path -> 0, Locale.ENGLISH);
        String[] words = args.toArray(String[]::new);
        CommandLine line = lazy ? root.commandLineFor(words, new PrintWriter(out, true), new PrintWriter(err, true))
                : root.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int exit = line.execute(words);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<String> withData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return all;
    }

    /** Every command's words, groups and leaves ({@code contacts}, {@code contacts dnc export}), help excluded. */
    private static void paths(CommandLine command, List<String> path, List<List<String>> found) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                found.add(next);
                paths(sub, next, found);
            }
        });
    }

    private static List<List<String>> everyCommand() {
        List<List<String>> found = new ArrayList<>();
        paths(new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine(), List.of(), found);
        return found;
    }

    @Test
    void theTreeNamesEachCommandAsItsAnnotationDoes() {
        List<CommandTree.Node> nodes = new ArrayList<>(List.of(CommandTree.ROOT));
        int checked = 0;
        while (!nodes.isEmpty()) {
            CommandTree.Node node = nodes.remove(0);
            assertThat(node.type().getAnnotation(CommandLine.Command.class).name()).as(node.type().getName())
                    .isEqualTo(node.name());
            nodes.addAll(node.children());
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(everyCommand()).as("the whole tree: every command but the root and help").hasSize(checked - 2)
                .contains(List.of("contacts", "lists"), List.of("history"), List.of("campaign", "validate"),
                        List.of("contacts", "dnc", "export"), List.of("team", "copy-to-local"));
    }

    @Test
    void everyCommandIsReachedWithTheRootOptionsBeforeItAndHelpsInBothLanguages() {
        List<List<String>> commands = everyCommand();
        for (List<String> command : commands) {
            for (List<String> options : List.of(List.of("--lang", "es"), List.of("--lang=en", "--db-url", "local"),
                    List.of("--db-url=local"))) {
                List<String> args = withData();
                args.addAll(options);
                args.addAll(command);
                args.add("--help");
                Run lazy = lazy(args);
                assertThat(lazy.exit()).as(String.join(" ", args) + ": " + lazy.err()).isZero();
                assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole(args));
                assertThat(lazy.out()).contains("vocero " + String.join(" ", command));
                if (options.contains("es")) {
                    assertThat(lazy.out()).as(String.join(" ", args)).contains("Uso:").doesNotContain("Usage:");
                } else {
                    assertThat(lazy.out()).as(String.join(" ", args)).contains("Usage:");
                }
            }
        }
    }

    @Test
    void theMainHelpListsEveryCommandInEitherLanguage() {
        for (String language : List.of("en", "es")) {
            for (List<String> help : List.of(List.of("--help"), List.of("-h"), List.of("help"), List.of("-hV"))) {
                List<String> args = withData("--lang", language);
                args.addAll(help);
                Run lazy = lazy(args);
                assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole(args));
                assertThat(lazy.exit()).isZero();
                for (CommandTree.Node command : CommandTree.ROOT.children()) {
                    assertThat(lazy.out()).as(String.join(" ", args)).contains("  " + command.name() + " ");
                }
                assertThat(lazy.out()).contains(language.equals("es") ? "Comandos:" : "Commands:");
            }
        }
    }

    @Test
    void mistypedCommandsAndOptionsSayWhatTheWholeTreeSays() {
        List<List<String>> mistakes = List.of(List.of("contacts", "lsts"), List.of("contcts", "lists"),
                List.of("--lang", "es", "contacts", "lsts"), List.of("campaign", "valdate", "x.vocero.json"),
                List.of("contacts"), List.of("contacts", "dnc"), List.of("contacts", "dnc", "lst"),
                List.of("--nope"), List.of("contacts", "--nope"), List.of("contacts", "lists", "--nope"),
                List.of("history", "extra"), List.of("help", "nope"), List.of("help", "contacts", "lists"),
                List.of("--lang", "xx", "history"), List.of("--lang"), List.of("--lang", "--help"),
                List.of("campaign", "validate"), List.of("HISTORY", "--json"));
        for (List<String> mistake : mistakes) {
            List<String> args = withData(mistake.toArray(String[]::new));
            Run lazy = lazy(args);
            assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole(args));
        }
        Run typo = lazy(withData("contacts", "lsts"));
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("'lsts'").contains("vocero contacts --help");
        Run spanish = lazy(withData("--lang", "es", "contacts", "lists", "--nope"));
        assertThat(spanish.exit()).isEqualTo(2);
        assertThat(spanish.err()).contains("--nope").contains("vocero contacts lists --help").doesNotContain("Unknown");
    }

    @Test
    void aCommandBuildsOnlyTheCommandsItNames() {
        VoceroCommand root = new VoceroCommand(path -> 0, Locale.ENGLISH);
        String[] args = {"--data-dir", dir.toString(), "--lang", "es", "contacts", "lists", "--json"};

        CommandLine line = root.commandLineFor(args);

        assertThat(line.getSubcommands()).containsOnlyKeys("contacts");
        assertThat(line.getSubcommands().get("contacts").getSubcommands()).containsOnlyKeys("lists");
        assertThat(root.commandLineFor(new String[] {"history"}).getSubcommands()).containsOnlyKeys("history");
        assertThat(root.commandLineFor(new String[] {"contacts", "--help"}).getSubcommands().get("contacts")
                .getSubcommands()).containsOnlyKeys("import", "lists", "dnc");
        assertThat(root.commandLineFor(new String[] {"--help"}).getSubcommands()).hasSize(CommandTree.ROOT.children().size());
    }

    @Test
    void theNamedCommandsRunAsWithTheWholeTree() {
        List<List<String>> commands = List.of(withData("contacts", "lists"), withData("--lang", "es", "history"),
                withData("contacts", "lists", "--json"), withData("history", "--json"),
                withData("campaign", "validate", Path.of("assets", "examples", "saem.vocero.json").toString()),
                withData("--lang=es", "campaign", "validate", dir.resolve("missing.vocero.json").toString()));
        for (List<String> args : commands) {
            Run lazy = lazy(args);
            assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole(args));
        }
        assertThat(lazy(withData("contacts", "lists")).out()).contains("No contact lists");
        Run validated = lazy(withData("campaign", "validate", Path.of("assets", "examples", "saem.vocero.json").toString()));
        assertThat(validated.exit()).isZero();
        assertThat(validated.out()).contains("Estimate:");
    }
}
