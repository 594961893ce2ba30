package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.Account;
import app.vocero.domain.SecretProtection;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountException;
import app.vocero.service.AccountService;
import app.vocero.service.AccountTester;
import app.vocero.store.SecretException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero accounts …}: provider accounts; secrets never on the command line. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Provider accounts. Secrets come from an environment variable or standard input, never from the command line.")
// its subcommands: CommandTree.ROOT
final class AccountsCommand {

    @ParentCommand
    VoceroCommand root;

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Adds a provider account.",
            "Secrets: Saem x-auth key; Meetzy bearer token; Routee application secret (--login = application id); "
                    + "Octopush api-key (--login = api-login e-mail); Smartflo API token, or password with --login = e-mail."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        AccountsCommand accounts;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "A name for the account, as drafts will name it.")
        String name;

        @Option(names = "--provider", required = true, paramLabel = "P", description = "saem, meetzy, routee, octopush or smartflo.")
        String provider;

        @Option(names = "--base-url", paramLabel = "URL", description = "The API's address (default: the provider's official one).")
        String baseUrl;

        @Option(names = "--auth-url", paramLabel = "URL", description = "Routee's token URL (default: the official one).")
        String authUrl;

        @Option(names = "--login", paramLabel = "LOGIN", description = "Routee application id, Octopush api-login, or Smartflo e-mail.")
        String login;

        @Option(names = "--secret-env", paramLabel = "VAR",
                description = "Environment variable holding the secret; without it, the secret is read from standard input.")
        String secretEnv;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ProviderId id = ProviderId.fromKey(provider).orElse(null);
            if (id == null) {
                err.println("vocero: " + accounts.root.messages().format("cli.accounts.badProvider", provider));
                return VoceroCommand.EXIT_UNUSABLE;
            }
            String secret = secretEnv != null ? System.getenv(secretEnv) : readStdin();
            if (secret == null || secret.isBlank()) {
                err.println("vocero: " + (secretEnv != null ? accounts.root.messages().format("cli.accounts.noSecretEnv", secretEnv)
                        : accounts.root.messages().text("cli.accounts.noSecretInput")));
                return VoceroCommand.EXIT_UNUSABLE;
            }
            try (VoceroApp app = accounts.root.openApp()) {
                String language = accounts.root.language(app);
                try {
                    Account account = app.accounts().add(new AccountService.NewAccount(name, id, baseUrl, authUrl, login, secret));
                    out.println(accounts.root.messages(app).format("cli.accounts.added", account.provider().displayName(),
                            account.name(), account.baseUrl(), SecretProtection.fromKey(account.protection()).describe(language)));
                    return 0;
                } catch (AccountException e) {
                    err.println("vocero: " + e.message(language));
                    return VoceroCommand.EXIT_UNUSABLE;
                } catch (SecretException e) {
                    err.println("vocero: " + e.message(language));
                    return VoceroCommand.EXIT_UNUSABLE;
                }
            }
        }

        private static String readStdin() throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return reader.readLine();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Shows the accounts and how their secrets are protected.")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        AccountsCommand accounts;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (VoceroApp app = accounts.root.openApp()) {
                String language = accounts.root.language(app);
                app.vocero.config.Messages messages = accounts.root.messages(app);
                out.printf("%-28s %-14s %-40s %s%n", messages.text("cli.accounts.name"), messages.text("cli.accounts.provider"),
                        messages.text("cli.accounts.address"), messages.text("cli.accounts.secrets"));
                for (Account account : app.accounts().list()) {
                    out.printf("%-28s %-14s %-40s %s%n", account.name(), account.provider().key(),
                            account.sandbox() ? messages.text("cli.accounts.sandbox") : account.baseUrl(),
                            SecretProtection.fromKey(account.protection()).describe(language));
                }
                out.println(messages.format("cli.accounts.newSecrets", app.accounts().protection().describe(language)));
                return 0;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Tests an account with the cheapest harmless call its API has.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        AccountsCommand accounts;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = accounts.root.openApp()) {
                String language = accounts.root.language(app); // --lang, else Settings
                try {
                    AccountTester.Result result = app.accountTester().test(name);
                    (result.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(
                            (result.ok() ? "" : "vocero: ") + result.message(language));
                    return result.ok() ? 0 : 1;
                } catch (AccountException e) {
                    spec.commandLine().getErr().println("vocero: " + e.message(language));
                    return VoceroCommand.EXIT_UNUSABLE;
                }
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an account and its secrets.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        AccountsCommand accounts;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = accounts.root.openApp()) {
                boolean removed = app.accounts().remove(name);
                app.vocero.config.Messages messages = accounts.root.messages(app);
                (removed ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(removed
                        ? messages.format("cli.accounts.removed", name) : "vocero: " + messages.format("cli.accounts.noSuch", name));
                return removed ? 0 : 1;
            }
        }
    }
}
