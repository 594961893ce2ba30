package app.vocero.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vocero contacts …}: contact lists and the do-not-call list. */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "Import contact lists (CSV, XLSX, Parquet, JSON) and keep the do-not-call list.")
// its subcommands: CommandTree.ROOT
final class ContactsCommand {

    @ParentCommand
    VoceroCommand root;
}
