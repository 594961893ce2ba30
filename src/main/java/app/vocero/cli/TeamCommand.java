package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.service.Progress;
import app.vocero.service.TeamCopyService;
import app.vocero.service.TeamDatabaseService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vocero team}: the team's PostgreSQL database — set it (the password asked without echo and kept in this
 * computer's secret store), test it, show it, or go back to this computer's own database. These commands open only
 * this computer's database, so they work while the team's is unreachable.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "The team's shared PostgreSQL database: set, test, show, or back to this computer's own.")
// its subcommands: CommandTree.ROOT
final class TeamCommand {

    @ParentCommand
    VoceroCommand root;

    /**
     * The password: one line of standard input with {@code --password-stdin}; else {@code VOCERO_DB_PASSWORD}; else
     * asked without echo on the terminal; else none (a server on this computer may not need one).
     */
    static char[] password(Messages messages, boolean fromStandardInput) throws IOException {
        if (fromStandardInput) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
        String fromEnvironment = System.getenv(TeamDatabaseService.PASSWORD_ENV);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", messages.text("team.cli.password"));
            return typed == null ? new char[0] : typed;
        }
        return new char[0];
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Tests a team database and, when it answers, uses it from now on (the password is asked without echo, or read from $VOCERO_DB_PASSWORD or --password-stdin).")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "jdbc:postgresql://server:5432/vocero?sslmode=verify-full (TLS is required except to localhost).")
        String url;

        @Option(names = "--user", paramLabel = "USER", description = "The database user (default: your user on this computer).")
        String user;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (scripts).")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = team.root.openLocalApp()) {
                Messages messages = team.root.messages(app);
                Optional<String> problem = app.team().addressProblem(url, messages.locale());
                if (problem.isPresent()) {
                    spec.commandLine().getErr().println("vocero: " + problem.get());
                    return VoceroCommand.EXIT_UNUSABLE;
                }
                String who = user != null ? user : System.getProperty("user.name", "vocero");
                char[] password = password(messages, passwordStdin);
                TeamDatabaseService.Check check;
                try {
                    check = app.team().save(url, who, password, messages.locale());
                } catch (app.vocero.store.SecretException e) {
                    spec.commandLine().getErr().println("vocero: " + e.message(team.root.language(app)));
                    return VoceroCommand.EXIT_UNUSABLE;
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
                if (!check.ok()) {
                    spec.commandLine().getErr().println("vocero: " + check.message());
                    return VoceroCommand.EXIT_UNUSABLE;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(check.message());
                out.println(messages.text("team.cli.saved"));
                return 0;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Connects to the team database (the one set, or --db-url / $VOCERO_DB_URL) and says whether it answers.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = team.root.openLocalApp()) {
                Messages messages = team.root.messages(app);
                Optional<TeamDatabaseService.Login> login;
                try {
                    login = app.team().login(team.root.databaseUrl(), System.getenv(), messages);
                } catch (StartupException e) {
                    spec.commandLine().getErr().println("vocero: " + e.getMessage());
                    return VoceroCommand.EXIT_UNUSABLE;
                }
                if (login.isEmpty()) {
                    spec.commandLine().getErr().println("vocero: " + messages.text("team.cli.none"));
                    return VoceroCommand.EXIT_UNUSABLE;
                }
                TeamDatabaseService.Check check = app.team().test(login.get().address().jdbcUrl(), login.get().user(),
                        login.get().password(), messages.locale());
                (check.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr())
                        .println(check.ok() ? check.message() : "vocero: " + check.message());
                return check.ok() ? 0 : VoceroCommand.EXIT_UNUSABLE;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows the team database set on this computer.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = team.root.openLocalApp()) {
                Messages messages = team.root.messages(app);
                PrintWriter out = spec.commandLine().getOut();
                Optional<TeamDatabaseService.Configured> configured = app.team().configured();
                if (configured.isEmpty()) {
                    out.println(messages.text("team.cli.none"));
                } else {
                    boolean kept = app.team().passwordKept(configured.get().url(), configured.get().user(), messages.locale());
                    out.println(messages.format("team.cli.show", configured.get().url(), configured.get().user(),
                            messages.text(kept ? "team.cli.passwordKept" : "team.cli.noPassword")));
                }
                String override = team.root.databaseUrl() != null ? team.root.databaseUrl()
                        : System.getenv(TeamDatabaseService.URL_ENV);
                if (override != null && !override.isBlank()) {
                    out.println(messages.format("team.cli.override", override));
                }
                return 0;
            }
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true,
            description = "Goes back to this computer's own database; the team database's address and password are forgotten here.")
    static final class Off implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = team.root.openLocalApp()) {
                app.team().forget();
                spec.commandLine().getOut().println(team.root.messages(app).text("team.cli.off"));
                return 0;
            }
        }
    }

    @Command(name = "copy-to-team", mixinStandardHelpOptions = true,
            description = "Copies this computer's history (campaigns and their journal, contact lists, drafts, do-not-call numbers, prices, accounts without their keys) to the team database. Run it again: nothing is copied twice.")
    static final class CopyToTeam implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return team.copy(spec, true);
        }
    }

    @Command(name = "copy-to-local", mixinStandardHelpOptions = true,
            description = "Copies the team's history to this computer's own database (before working offline). Run it again: nothing is copied twice.")
    static final class CopyToLocal implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return team.copy(spec, false);
        }
    }

    /** Copies one way and prints what was copied; no team database set up, or one that does not answer, says so. */
    int copy(CommandLine.Model.CommandSpec spec, boolean toTeam) throws StartupException {
        try (VoceroApp app = root.openLocalApp()) {
            Messages messages = root.messages(app);
            TeamCopyService copies = app.teamCopies(root.databaseUrl());
            try {
                TeamCopyService.CopyReport report = toTeam
                        ? copies.copyToTeam(Progress.NONE)
                        : copies.copyToLocal(Progress.NONE);
                spec.commandLine().getOut().println(report.describe(messages, toTeam));
                return 0;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println(e.getCause() instanceof StartupException ? e.getMessage()
                        : messages.text("team.cli.none"));
                return 1;
            }
        }
    }
}
