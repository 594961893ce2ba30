package app.vocero.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * Vocero's commands, declared once, in the order {@code vocero --help} lists them; and the command line built from
 * them, whole or only along the path the arguments name.
 *
 * <p>picocli builds every command of a tree by reflection when the tree is made (about 40 here: a quarter of a second
 * of a command's start). A command run from the terminal only needs the root and the commands it names:
 * {@link #addFor} builds those, and the whole tree — or a group's whole subtree — wherever the arguments ask for help,
 * name no command, name an unknown one or could be read another way ({@code @file}, {@code --}), so help, usage and
 * error messages are what the whole tree prints.
 */
final class CommandTree {

    /** A command's name (its {@code @Command} name), its class, and its subcommands in help order. */
    record Node(String name, Class<?> type, List<Node> children) {

        Node child(String word) {
            for (Node child : children) {
                if (child.name.equals(word)) {
                    return child;
                }
            }
            return null;
        }
    }

    private static Node leaf(String name, Class<?> type) {
        return new Node(name, type, List.of());
    }

    private static Node group(String name, Class<?> type, Node... children) {
        return new Node(name, type, List.of(children));
    }

    /** The root's subcommands. */
    static final Node ROOT = group("vocero", VoceroCommand.class,
            leaf("help", CommandLine.HelpCommand.class),
            group("contacts", ContactsCommand.class,
                    leaf("import", ContactsImportCommand.class),
                    leaf("lists", ContactsListsCommand.class),
                    group("dnc", DoNotCallCommand.class,
                            leaf("add", DoNotCallCommand.Add.class),
                            leaf("remove", DoNotCallCommand.Remove.class),
                            leaf("import", DoNotCallCommand.ImportFile.class),
                            leaf("export", DoNotCallCommand.Export.class),
                            leaf("list", DoNotCallCommand.ListNumbers.class))),
            group("campaign", CampaignCommand.class,
                    leaf("validate", CampaignValidateCommand.class),
                    leaf("preview", CampaignPreviewCommand.class),
                    leaf("send", CampaignSendCommands.Send.class),
                    leaf("resume", CampaignSendCommands.Resume.class),
                    leaf("settle", CampaignSendCommands.Settle.class),
                    leaf("status", CampaignSendCommands.Status.class)),
            group("accounts", AccountsCommand.class,
                    leaf("add", AccountsCommand.Add.class),
                    leaf("list", AccountsCommand.ListAccounts.class),
                    leaf("test", AccountsCommand.Test.class),
                    leaf("remove", AccountsCommand.Remove.class)),
            leaf("history", HistoryCommand.class),
            group("prices", PricesCommand.class,
                    leaf("set", PricesCommand.Set.class),
                    leaf("list", PricesCommand.ListPrices.class),
                    leaf("remove", PricesCommand.Remove.class)),
            leaf("sandbox", SandboxCommand.class),
            group("bench", BenchCommand.class,
                    leaf("import", BenchCommand.Import.class),
                    leaf("campaign", BenchCommand.Campaign.class),
                    leaf("wizard-contacts", BenchCommand.WizardContacts.class),
                    leaf("samples", BenchCommand.Samples.class),
                    leaf("team", BenchCommand.Team.class)),
            group("team", TeamCommand.class,
                    leaf("set", TeamCommand.Set.class),
                    leaf("test", TeamCommand.Test.class),
                    leaf("show", TeamCommand.Show.class),
                    leaf("off", TeamCommand.Off.class),
                    leaf("copy-to-team", TeamCommand.CopyToTeam.class),
                    leaf("copy-to-local", TeamCommand.CopyToLocal.class)));

    /** The root's options that take a value: skipped, with their value, when looking for the command's name. */
    private static final List<String> ROOT_OPTIONS_WITH_VALUE = List.of("--data-dir", "--lang", "--db-url");

    private CommandTree() {
    }

    /** Every command under {@code line}, as {@code node} declares them. */
    static void addAll(CommandLine line, Node node) {
        for (Node child : node.children) {
            CommandLine sub = new CommandLine(child.type);
            line.addSubcommand(child.name, sub);
            addAll(sub, child);
        }
    }

    /**
     * The commands {@code args} run under the root {@code line}: the named command and, below a group, the named
     * subcommand; the whole (sub)tree where the arguments ask for help, name an unknown command or none.
     */
    static void addFor(CommandLine root, String[] args) {
        if (!plainWords(args)) {
            addAll(root, ROOT);
            return;
        }
        int at = 0;
        while (at < args.length) {
            String arg = args[at];
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                if (at + 1 >= args.length || args[at + 1].startsWith("-")) {
                    addAll(root, ROOT); // a value missing: picocli's message, as with the whole tree
                    return;
                }
                at += 2;
            } else if (arg.equals("-V") || arg.equals("--version")
                    || ROOT_OPTIONS_WITH_VALUE.stream().anyMatch(option -> arg.startsWith(option + "="))) {
                at++;
            } else {
                break;
            }
        }
        if (at >= args.length) {
            return; // the window (or --version): no command is run, none is listed
        }
        String word = args[at];
        Node named = ROOT.child(word);
        if (named == null || named.type == CommandLine.HelpCommand.class || word.startsWith("-")) {
            if (at == args.length - 1 && word.endsWith(".json") && !word.startsWith("@")) {
                return; // a draft to open in the window (a double-click on it)
            }
            addAll(root, ROOT);
            return;
        }
        CommandLine line = root;
        Node node = named;
        at++;
        while (true) {
            CommandLine sub = new CommandLine(node.type);
            line.addSubcommand(node.name, sub);
            if (node.children.isEmpty()) {
                return;
            }
            Node next = at < args.length ? node.child(args[at]) : null;
            if (next == null) {
                addAll(sub, node); // a group's help, a missing or an unknown subcommand: the group's whole list
                return;
            }
            line = sub;
            node = next;
            at++;
        }
    }

    /** Whether no argument makes picocli read the line in another way than word by word (an @file, {@code --}). */
    private static boolean plainWords(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) {
                return false;
            }
        }
        return true;
    }
}
