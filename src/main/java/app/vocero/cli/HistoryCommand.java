package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.CampaignRecord;
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (VoceroApp app = root.openApp()) {
            List<CampaignRecord> campaigns = app.history();
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
                    return item;
                }).collect(Collectors.toList())));
                return 0;
            }
            if (campaigns.isEmpty()) {
                out.println("No campaigns yet. Send one: vocero campaign send DRAFT");
            }
            for (CampaignRecord campaign : campaigns) {
                out.printf("%s  %-24s %-10s %-22s %8d  %-9s %s%n", campaign.id(), campaign.name(), campaign.provider().key(),
                        campaign.account(), campaign.contacts(), campaign.state().name().toLowerCase(java.util.Locale.ROOT),
                        campaign.createdAt());
            }
            return 0;
        }
    }
}
