package app.vocero.cli;

import app.vocero.service.CampaignCheck;
import app.vocero.config.Messages;
import app.vocero.VoceroApp;
import app.vocero.campaign.DraftException;
import app.vocero.service.CampaignTracker;
import app.vocero.service.Progress;
import app.vocero.service.SendRefused;
import app.vocero.service.SendReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code campaign send|resume|settle|status}: sending for real, never twice. */
final class CampaignSendCommands {

    private CampaignSendCommands() {
    }

    /** Shared: open the data directory, run, turn refusals into messages. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        CampaignCommand campaign;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = campaign.root.openApp()) {
                try {
                    return run(app, spec.commandLine().getOut());
                } catch (SendRefused e) {
                    PrintWriter err = spec.commandLine().getErr();
                    String language = campaign.root.language(app);
                    err.println("vocero: " + e.message(language));
                    e.findings().stream().filter(f -> f.isError()).forEach(f -> err.println("  " + f.code() + " ["
                            + f.field() + "]: " + f.message(language)));
                    return e.findings().isEmpty() ? VoceroCommand.EXIT_UNUSABLE : SendOutput.EXIT_REJECTED;
                }
            }
        }

        abstract int run(VoceroApp app, PrintWriter out) throws Exception;
    }

    @Command(name = "send", mixinStandardHelpOptions = true, description = {"Checks a draft and sends it, journaling every request before it leaves.",
            "Exit 0 all accepted, 1 any rejected (or draft errors), 2 unreadable draft, 3 any request without an answer."})
    static final class Send extends Base {
        @Parameters(paramLabel = "DRAFT")
        Path draft;

        @Option(names = "--account", paramLabel = "NAME", description = "Send with this account instead of the draft's.")
        String account;

        @Option(names = {"-y", "--yes"}, description = "Send without asking (a terminal asks to confirm first).")
        boolean yes;

        /**
         * Asks the person at the terminal; null when nobody is there (a script, a pipe): then the command sends
         * as it always did, since a script that runs a send has decided. Tests replace it.
         */
        static java.util.function.Function<String, String> terminal = prompt -> System.console() == null ? null
                : System.console().readLine("%s", prompt);

        @Override
        int run(VoceroApp app, PrintWriter out) throws Exception {
            SendReport report;
            try {
                if (!yes && !json && !confirmed(app, out)) {
                    out.println(campaign.root.messages(app).text("cli.send.notConfirmed"));
                    return SendOutput.EXIT_REJECTED;
                }
                report = app.sender().send(draft, Optional.ofNullable(account), Progress.NONE);
            } catch (DraftException e) {
                spec.commandLine().getErr().println("vocero: " + UserErrors.message(e, campaign.root.language(app))
                        .orElse(e.getMessage()));
                return VoceroCommand.EXIT_UNUSABLE;
            }
            SendOutput.print(report, json, out, campaign.root.messages(app));
            return SendOutput.exitCode(report);
        }

        /** What is about to leave, and the person's yes; true at once when nobody is at a terminal. */
        private boolean confirmed(VoceroApp app, PrintWriter out) throws Exception {
            Messages messages = campaign.root.messages(app);
            String name = draft.getFileName().toString();
            String summary = "";
            try {
                CampaignCheck check = app.campaigns().check(draft, Progress.NONE);
                name = check.reading().draft().name();
                summary = check.estimate().map(estimate -> CliFormats.estimate(estimate, messages)).orElse("");
            } catch (DraftException e) {
                return true; // the send itself says why the draft cannot be read
            }
            String prompt = messages.format("cli.send.confirm", name) + (summary.isEmpty() ? "" : "\n" + summary)
                    + "\n" + messages.text("cli.send.confirmQuestion") + " ";
            String answer = terminal.apply(prompt);
            if (answer == null) {
                return true;
            }
            String said = answer.trim().toLowerCase(java.util.Locale.ROOT);
            return said.equals("y") || said.equals("yes") || said.equals("s") || said.equals("si") || said.equals("sí");
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Sends what a campaign never got accepted; stops at a request whose fate is unknown.")
    static final class Resume extends Base {
        @Parameters(paramLabel = "ID", description = "The campaign's id (vocero history).")
        String id;

        @Override
        int run(VoceroApp app, PrintWriter out) throws Exception {
            SendReport report = app.sender().resume(id, Progress.NONE);
            SendOutput.print(report, json, out, campaign.root.messages(app));
            return SendOutput.exitCode(report);
        }
    }

    @Command(name = "settle", mixinStandardHelpOptions = true,
            description = "Records what the provider shows for a request that got no answer.")
    static final class Settle extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "N", description = "The request's number (#N in the send, status and preview output).")
        int number;

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Decision decision;

        static final class Decision {
            @Option(names = "--created", description = "I checked: the provider created it. It is never sent again.")
            boolean created;

            @Option(names = "--send-again", description = "I checked: it does not exist. The next resume sends it (at your risk).")
            boolean sendAgain;
        }

        @Option(names = "--id", paramLabel = "ID", description = "With --created: the id the provider shows for it "
                + "(a Smartflo list or time group id that later requests need).")
        String providerId;

        @Override
        int run(VoceroApp app, PrintWriter out) throws Exception {
            if (number < 1) {
                throw new SendRefused("Request numbers start at 1 (#1 in the send output).",
                        "Los números de solicitud empiezan en 1 (#1 en la salida de send).", java.util.List.of());
            }
            if (providerId != null && !decision.created) {
                throw new SendRefused("--id goes with --created.", "--id va con --created.", java.util.List.of());
            }
            app.sender().settle(id, number - 1, decision.created, Optional.ofNullable(providerId));
            out.println(campaign.root.messages(app).format(decision.created ? "cli.settle.created" : "cli.settle.sendAgain", id));
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "A campaign's requests and call outcomes.")
    static final class Status extends Base {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--refresh", description = "Ask the provider for the latest outcomes first (where its API allows).")
        boolean refresh;

        @Override
        int run(VoceroApp app, PrintWriter out) throws Exception {
            String language = campaign.root.language(app);
            Messages messages = campaign.root.messages(app);
            CampaignTracker.View view = refresh ? app.tracker().refresh(id) : app.tracker().view(id).orElseThrow(() ->
                    new SendRefused("No campaign " + id + " in the history (vocero history).",
                            "No hay una campaña " + id + " en el historial (vocero history).", java.util.List.of()));
            if (json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("campaign", view.campaign().id());
                root.put("state", view.campaign().state().name().toLowerCase(java.util.Locale.ROOT));
                root.put("requests", SendOutput.jsonList(view.submissions()));
                root.put("counts", view.counts());
                Map<String, Object> outcomes = new LinkedHashMap<>();
                view.outcomes().forEach((phone, outcome) -> outcomes.put(phone, Map.of("status", outcome[0],
                        "detail", outcome[1] == null ? "" : outcome[1])));
                root.put("outcomes", outcomes);
                root.put("tracking", view.unavailable().map(reason -> "es".equals(language) ? reason[1] : reason[0])
                        .orElse(view.campaign().trackedAt() == null ? "not yet" : view.campaign().trackedAt().toString()));
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
                return 0;
            }
            SendOutput.print(new SendReport(view.campaign(), view.submissions()), false, out, campaign.root.messages(app));
            view.unavailable().ifPresentOrElse(reason -> out.println(messages.format("cli.status.tracking",
                    "es".equals(language) ? reason[1] : reason[0])),
                    () -> {
                        String counts = view.counts().entrySet().stream().map(entry -> entry.getKey() + " "
                                + CliFormats.count(((Number) entry.getValue()).longValue(), messages))
                                .collect(java.util.stream.Collectors.joining(", "));
                        out.println(view.campaign().trackedAt() == null ? messages.format("cli.status.notAsked", counts)
                                : messages.format("cli.status.asOf", CliFormats.dateTime(messages)
                                        .format(view.campaign().trackedAt()), counts));
                        view.outcomes().entrySet().stream().limit(20).forEach(entry -> out.println("  " + entry.getKey()
                                + " " + entry.getValue()[0] + (entry.getValue()[1] == null ? "" : " " + entry.getValue()[1])));
                        if (view.outcomes().size() > 20) {
                            out.println("  " + messages.format("cli.status.more", view.outcomes().size() - 20));
                        }
                    });
            return 0;
        }
    }
}
