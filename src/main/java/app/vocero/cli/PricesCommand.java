package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.PriceTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero prices …}: what a call costs with each account, for the estimate before sending. */
@Command(name = "prices", mixinStandardHelpOptions = true,
        description = "Price tables per provider account, used by the cost estimate of 'campaign validate'.")
// its subcommands: CommandTree.ROOT
final class PricesCommand {

    @ParentCommand
    VoceroCommand root;

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets an account's price per call or per started minute.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        PricesCommand prices;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ACCOUNT", description = "The account's name as drafts name it.")
        String account;

        @Option(names = "--per", required = true, paramLabel = "call|minute", description = "What the amount pays for.")
        String per;

        @Option(names = "--amount", required = true, description = "Price of one call or one started minute.")
        BigDecimal amount;

        @Option(names = "--currency", required = true, description = "COP, USD, EUR, credits…")
        String currency;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            PriceTable.Unit unit = PriceTable.Unit.fromKey(per).orElse(null);
            if (unit == null) {
                err.println("vocero: " + prices.root.messages().format("cli.prices.badPer", per));
                return VoceroCommand.EXIT_UNUSABLE;
            }
            try (VoceroApp app = prices.root.openApp()) {
                app.prices().set(account, unit, amount, currency);
                app.vocero.config.Messages messages = prices.root.messages(app);
                spec.commandLine().getOut().println(messages.format("cli.prices.set", account,
                        CliFormats.price(amount, currency, unit, messages)));
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("vocero: " + prices.root.messages().format(amount.signum() < 0 ? "cli.prices.negative" : "cli.prices.noCurrency",
                        amount.toPlainString()));
                return VoceroCommand.EXIT_UNUSABLE;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Shows every account's price table.")
    static final class ListPrices implements Callable<Integer> {
        @ParentCommand
        PricesCommand prices;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = prices.root.openApp()) {
                Map<String, PriceTable> tables = app.prices().all();
                PrintWriter out = spec.commandLine().getOut();
                app.vocero.config.Messages messages = prices.root.messages(app);
                tables.forEach((account, table) -> out.println(account + "\t"
                        + CliFormats.price(table.amount(), table.currency(), table.unit(), messages)));
                out.println(messages.format("cli.prices.count", tables.size()));
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an account's price table.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        PricesCommand prices;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = prices.root.openApp()) {
                boolean removed = app.prices().remove(account);
                app.vocero.config.Messages messages = prices.root.messages(app);
                spec.commandLine().getOut().println(removed ? messages.format("cli.prices.removed", account)
                        : messages.format("cli.prices.none", account));
                return removed ? 0 : 1;
            }
        }
    }
}
