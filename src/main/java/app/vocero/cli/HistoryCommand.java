package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.HistoryFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero history}: every campaign sent from this data directory, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Every campaign sent from this computer, newest first.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    VoceroCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--by", paramLabel = "USER", description = "Only the campaigns this person sent: an "
            + "operating-system user (ana) or user@computer (ana@PC-VENTAS-3).")
    String by;

    /** A value cut to a column's width, with an ellipsis (the full value is in --json). */
    static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }

    /** {@code {"user": …, "host": …}}, or null when it was not recorded. */
    static Map<String, Object> who(app.vocero.domain.Operator operator) {
        if (operator == null) {
            return null;
        }
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("user", operator.user());
        who.put("host", operator.host());
        return who;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (VoceroApp app = root.openApp()) {
            List<CampaignRecord> everyone = app.history();
            List<CampaignRecord> campaigns = HistoryFilter.all(java.time.ZoneId.systemDefault()).sentBy(by).apply(everyone);
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(campaigns.stream().map(campaign -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", campaign.id());
                    item.put("name", campaign.name());
                    item.put("provider", campaign.provider().key());
                    item.put("account", campaign.account());
                    item.put("contacts", campaign.contacts());
                    item.put("state", campaign.state().name().toLowerCase(java.util.Locale.ROOT));
                    item.put("created_at", campaign.createdAt().toString());
                    item.put("sent_by", who(campaign.sentBy()));
                    return item;
                }).collect(Collectors.toList())));
                return 0;
            }
            Messages messages = root.messages(app);
            if (campaigns.isEmpty()) {
                out.println(everyone.isEmpty() || by == null ? messages.text("cli.history.empty")
                        : messages.format("who.cli.noneBy", by, String.join(", ", HistoryFilter.senders(everyone))));
                return 0;
            }
            java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                    .withLocale(messages.locale()).withZone(java.time.ZoneId.systemDefault());
            String row = "%-36s  %-24s %-14s %-20s %9s  %-16s %-24s %s%n";
            out.printf(row, messages.text("cli.history.id"), messages.text("cli.history.name"),
                    messages.text("cli.history.provider"), messages.text("cli.history.account"),
                    messages.text("cli.history.contacts"), messages.text("cli.history.state"),
                    messages.text("who.cli.sentBy"), messages.text("cli.history.sent"));
            java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(messages.locale());
            for (CampaignRecord campaign : campaigns) {
                out.printf(row, campaign.id(), fit(campaign.name(), 24), campaign.provider().displayName(),
                        fit(campaign.account(), 20), count.format(campaign.contacts()),
                        messages.text("campaigns.state." + campaign.state().name().toLowerCase(java.util.Locale.ROOT)),
                        fit(campaign.sentBy() == null ? messages.text("who.unknown") : campaign.sentBy().display(), 24),
                        when.format(campaign.createdAt()));
            }
            return 0;
        }
    }
}
