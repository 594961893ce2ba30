package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command, given arguments a careless user types (none, an unknown option, a missing file, a folder, names
 * that do not exist), answers in one line with an exit code — never "unexpected error" or a stack trace.
 */
class CommandWalkTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(args);
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every leaf command's words ({@code contacts dnc export}). */
    private static void leaves(CommandLine command, List<String> path, List<List<String>> found) {
        if (command.getSubcommands().isEmpty()) {
            found.add(path);
            return;
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                leaves(sub, next, found);
            }
        });
    }

    @Test
    void everyCommandAnswersBadArgumentsInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path missing = dir.resolve("missing.csv");
        List<List<String>> commands = new ArrayList<>();
        leaves(new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine(), List.of(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        // a name that is also a path inside the test's folder: a command that writes a file (an export) writes it there
        String name = dir.resolve("no-such-name").toString();
        List<List<String>> badArguments = List.of(List.of(), List.of("--nope"), List.of(missing.toString()),
                List.of(folder.toString()), List.of(name), List.of(name, "1", "--created"),
                List.of(name, "--per", "call", "--amount", "x", "--currency", "COP"));
        int tried = 0;
        for (List<String> command : commands) {
            boolean longRunning = command.get(0).equals("sandbox") || command.get(0).equals("bench");
            for (List<String> arguments : badArguments) {
                if (longRunning && !arguments.equals(List.of("--nope"))) {
                    continue;
                }
                List<String> args = new ArrayList<>(command);
                args.addAll(arguments);
                Run run = run(args);
                tried++;
                String said = run.out() + run.err();
                assertThat(said).as("vocero %s", String.join(" ", args))
                        .doesNotContain("unexpected error").doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(run.exit()).as("vocero %s: %s", String.join(" ", args), said).isBetween(0, 3);
                if (run.exit() == 2) {
                    assertThat(run.err().strip().lines().count()).as("vocero %s: %s", String.join(" ", args), run.err())
                            .isLessThanOrEqualTo(3);
                }
            }
        }
        assertThat(tried).isGreaterThan(80);
    }

    @Test
    void exportingTheDoNotCallListToAFolderSaysSoInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));

        Run run = run(List.of("contacts", "dnc", "export", folder.toString()));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("vocero: " + folder + ": is a folder; give a file name" + System.lineSeparator());
    }

    @Test
    void anUnknownOptionIsOneLineWithWhereTheHelpIs() {
        Run run = run(List.of("campaign", "send", "borrador.vocero.json", "--nope"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("vocero: ").contains("--nope").contains("vocero campaign send --help"));
    }

    @Test
    void terminalControlCharactersInNamesAreNeverPrinted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH)
                .commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        Path contacts = Files.writeString(dir.resolve("lista.csv"), "Nombre;Celular\nAna;3001234567\n");

        int exit = commandLine.execute("--data-dir", dir.resolve("data").toString(), "contacts", "import",
                contacts.toString(), "--country", "CO", "--name", "Lista \u001b[31mroja\u001b[0m\u0007");
        commandLine.execute("--data-dir", dir.resolve("data").toString(), "contacts", "lists");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Lista [31mroja[0m").doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
