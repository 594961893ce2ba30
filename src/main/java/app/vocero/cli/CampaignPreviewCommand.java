package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.service.CampaignCheck;
import app.vocero.service.RequestPreview;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero campaign preview DRAFT}: the message for one contact and the exact requests, sending nothing. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Shows the message one contact would hear and the exact requests (secrets masked), sending nothing.",
                "Exit 0 when the draft has no errors, 1 with errors (the findings are printed), 2 when it cannot be read."})
final class CampaignPreviewCommand implements Callable<Integer> {

    @ParentCommand
    CampaignCommand campaign;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = "The draft file (*.vocero.json).")
    Path draft;

    @Option(names = "--contact", paramLabel = "N", description = "Which callable contact to render, from 1 (default: ${DEFAULT-VALUE}).")
    int contact = 1;

    @Option(names = "--account", paramLabel = "NAME", description = "The account whose address the requests go to (default: the draft's).")
    String account;

    @Option(names = "--json", description = "Print one JSON object.")
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
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("contact", contactJson(check, contact));
            // addressed where the account points (sandbox, --base-url), as the send would be
            List<RequestPreview> requests = app.sender().previews(check, java.util.Optional.ofNullable(account));
            report.put("requests", requests.stream().map(CampaignPreviewCommand::requestJson).toList());
            report.put("findings", CampaignValidateCommand.findingsJson(check.findings(), language));
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                printText(out, report, requests, check, campaign.root.messages(app));
            }
            out.flush();
            return check.hasErrors() ? 1 : 0;
        }
    }

    private static Map<String, Object> contactJson(CampaignCheck check, int number) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (check.input().isEmpty() || check.input().get().contacts().isEmpty()) {
            return null;
        }
        CampaignInput input = check.input().get();
        int index = Math.max(0, Math.min(number, input.contacts().size()) - 1);
        item.put("index", index + 1);
        item.put("row", input.contacts().row(index));
        item.put("phone", input.contacts().e164(index));
        input.template().map(template -> template.render(input.contacts(), index))
                .ifPresent(text -> item.put("message", text));
        input.template().map(Template::canonical).ifPresent(text -> item.put("template", text));
        return item;
    }

    private static Map<String, Object> requestJson(RequestPreview preview) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("step", preview.step());
        item.put("method", preview.method());
        item.put("url", preview.url());
        item.put("headers", preview.headers());
        item.put("content_type", preview.contentType());
        item.put("records", preview.records());
        item.put("bytes", preview.bytes());
        item.put("sha256", preview.sha256());
        item.put("body", preview.body());
        return item;
    }

    private static void printText(PrintWriter out, Map<String, Object> report, List<RequestPreview> requests,
                                  CampaignCheck check, app.vocero.config.Messages messages) {
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) report.get("contact");
        if (contact != null) {
            out.println(messages.format("cli.preview.contact", contact.get("index"), contact.get("row"),
                    contact.get("phone")));
            if (contact.containsKey("message")) {
                out.println(messages.format("cli.preview.message", contact.get("message")));
            }
        }
        if (check.hasErrors()) {
            out.print(CampaignValidateCommand.text(check, messages));
            return;
        }
        int n = 1;
        for (RequestPreview request : requests) {
            out.println();
            out.println("#" + n++ + " " + request.step() + ": " + request.method() + " " + request.url());
            request.headers().forEach((name, value) -> out.println(name + ": " + value));
            if (request.body() != null) {
                out.println();
                out.println(request.body());
            } else {
                out.println();
                out.println(messages.format("cli.preview.body", request.bytes(), request.records(), request.sha256()));
            }
        }
    }
}
