package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Finding;
import app.vocero.service.CampaignCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero campaign validate DRAFT}: findings and estimate; exit 0 clean, 1 with errors, 2 unreadable. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a draft against its contacts and its provider's rules, offline, and estimates calls and cost.",
                "Exit 0 without errors, 1 with errors, 2 when the draft cannot be read."})
final class CampaignValidateCommand implements Callable<Integer> {

    @ParentCommand
    CampaignCommand campaign;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = "The draft file (*.vocero.json).")
    Path draft;

    @Option(names = "--json", description = "Print {\"findings\": [...], \"estimate\": {...}} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (VoceroApp app = campaign.root.openApp()) {
            String language = campaign.root.language(app);
            java.util.Optional<CampaignCheck> checked = CampaignCommand.check(app, draft, err, language);
            if (checked.isEmpty()) {
                return VoceroCommand.EXIT_UNUSABLE;
            }
            CampaignCheck check = checked.get();
            if (json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("findings", findingsJson(check.findings(), language));
                report.put("estimate", check.estimate().map(CampaignValidateCommand::estimateJson).orElse(null));
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                out.print(text(check, campaign.root.messages(app)));
            }
            out.flush();
            return check.hasErrors() ? 1 : 0;
        }
    }

    static List<Map<String, Object>> findingsJson(List<Finding> findings, String language) {
        return findings.stream().map(finding -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", finding.severity().key());
            item.put("code", finding.code());
            item.put("field", finding.field());
            item.put("message", finding.message(language));
            return item;
        }).collect(Collectors.toList());
    }

    static Map<String, Object> estimateJson(Estimate estimate) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", Estimate.LABEL);
        item.put("records", estimate.records());
        item.put("requests", estimate.requestsCounted() ? estimate.requests() : null);
        item.put("provider_campaigns", estimate.providerCampaigns());
        item.put("calls", estimate.calls());
        item.put("seconds_per_call", estimate.secondsPerCall());
        item.put("total_seconds", estimate.totalSeconds());
        item.put("cost", estimate.cost());
        item.put("currency", estimate.currency());
        item.put("basis", estimate.basis());
        return item;
    }

    static String text(CampaignCheck check, app.vocero.config.Messages messages) {
        String language = messages.locale().getLanguage().isEmpty() ? "en" : messages.locale().getLanguage();
        StringBuilder out = new StringBuilder();
        if (check.findings().isEmpty()) {
            out.append(messages.text("cli.validate.noFindings")).append('\n');
        }
        for (Finding finding : check.findings()) {
            out.append(messages.text("cli.severity." + finding.severity().key())).append(' ').append(finding.code());
            if (!finding.field().isEmpty()) {
                out.append(" [").append(finding.field()).append(']');
            }
            out.append(": ").append(finding.message(language)).append('\n');
        }
        check.estimate().ifPresent(estimate -> out.append(CliFormats.estimate(estimate, messages)).append('\n'));
        return out.toString();
    }
}
