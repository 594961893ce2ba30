package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.ContactListSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero contacts lists}: the saved contact lists, newest first. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Shows the saved contact lists, newest first.")
final class ContactsListsCommand implements Callable<Integer> {

    @ParentCommand
    ContactsCommand contacts;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (VoceroApp app = contacts.root.openApp()) {
            List<ContactListSummary> lists = app.contactLists().lists();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(lists.stream().map(ContactsListsCommand::json).toList()));
            } else if (lists.isEmpty()) {
                out.println(contacts.root.messages(app).text("cli.lists.empty"));
            } else {
                app.vocero.config.Messages messages = contacts.root.messages(app);
                java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(messages.locale());
                java.time.format.DateTimeFormatter when = CliFormats.dateTime(messages);
                String row = "%-36s  %-24s  %10s  %10s  %-24s  %s%n";
                out.printf(row, messages.text("cli.history.id"), messages.text("cli.history.name"),
                        messages.text("cli.lists.rows"), messages.text("cli.lists.callable"),
                        messages.text("who.cli.importedBy"), messages.text("cli.lists.imported"));
                for (ContactListSummary list : lists) {
                    out.printf(row, list.id(), HistoryCommand.fit(list.name(), 24), count.format(list.rows()),
                            count.format(list.contacts()), HistoryCommand.fit(list.madeBy() == null
                                    ? messages.text("who.unknown") : list.madeBy().display(), 24),
                            when.format(list.importedAt()));
                }
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> json(ContactListSummary list) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", list.id());
        object.put("name", list.name());
        object.put("file", list.sourceFile());
        object.put("format", list.format());
        object.put("country", list.defaultCountry());
        object.put("imported_at", list.importedAt().toString());
        object.put("rows", list.rows());
        object.put("invalid", list.invalid());
        object.put("duplicates", list.duplicates());
        object.put("suppressed", list.suppressed());
        object.put("unique_valid", list.contacts());
        object.put("imported_by", HistoryCommand.who(list.madeBy()));
        return object;
    }
}
