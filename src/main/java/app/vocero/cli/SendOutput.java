package app.vocero.cli;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.SendReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a send's outcome and picks the exit code: 0 all accepted, 1 any rejected, 3 any unknown. */
final class SendOutput {

    static final int EXIT_REJECTED = 1;
    static final int EXIT_UNKNOWN = 3;

    private SendOutput() {
    }

    static int exitCode(SendReport report) {
        CampaignState state = report.campaign().state();
        if (state == CampaignState.UNKNOWN
                || report.submissions().stream().anyMatch(s -> s.state() == SubmissionState.UNKNOWN)) {
            return EXIT_UNKNOWN;
        }
        return state == CampaignState.SENT ? 0 : EXIT_REJECTED;
    }

    static void print(SendReport report, boolean json, PrintWriter out, Messages messages) throws JsonProcessingException {
        CampaignRecord campaign = report.campaign();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("campaign", campaign.id());
            root.put("name", campaign.name());
            root.put("provider", campaign.provider().key());
            root.put("account", campaign.account());
            root.put("state", campaign.state().name().toLowerCase(java.util.Locale.ROOT));
            root.put("requests", report.submissions().stream().map(SendOutput::json).collect(Collectors.toList()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        String language = messages.locale().getLanguage();
        out.println(messages.format("cli.send.campaign", campaign.id(), campaign.name(), campaign.provider().displayName(),
                campaign.account(), messages.text("campaigns.state." + key(campaign.state().name()))));
        for (Submission submission : report.submissions()) {
            StringBuilder line = new StringBuilder("  #" + (submission.index() + 1) + " " + submission.step() + ": "
                    + messages.text("campaigns.request." + key(submission.state().name())));
            if (submission.attempts() > 1) {
                line.append(' ').append(messages.format("cli.send.tries", submission.attempts()));
            }
            String answer = app.vocero.service.ProviderAnswer.describe(campaign.provider(), submission.providerIds(),
                    messages); // "Saem: 7 Claro, 3 Tigo…", never the raw fields (they are in --json)
            if (!answer.isEmpty()) {
                line.append(" — ").append(answer);
            }
            if (submission.errorCode() != null) {
                line.append(" [").append(submission.errorCode()).append(']');
            }
            if (submission.errorMessage() != null) {
                line.append(' ').append(inLanguage(submission.errorMessage(), language));
            }
            out.println(line);
        }
        List<Integer> unknown = report.submissions().stream()
                .filter(s -> s.state() == SubmissionState.UNKNOWN || s.state() == SubmissionState.PENDING)
                .map(s -> s.index() + 1).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            out.println(messages.format("cli.send.unknown", unknown.get(0), campaign.id()));
        } else if (campaign.state() == CampaignState.REJECTED) {
            // "fix what the provider said" only when a provider did say something
            boolean providerRefused = report.submissions().stream().anyMatch(s -> s.state() == SubmissionState.REJECTED
                    && !"not_sent".equals(s.errorCode()));
            boolean nothingReached = report.submissions().stream().anyMatch(s -> s.state() == SubmissionState.REJECTED
                    && "not_sent".equals(s.errorCode()));
            out.println(messages.format(providerRefused ? "cli.send.rejected" : nothingReached ? "cli.send.notSent"
                    : "accounts.send.resume", campaign.id()));
        }
    }

    /** English before the line break, Spanish after it (how the journal keeps a provider's advice). */
    static String inLanguage(String stored, String language) {
        int newline = stored.indexOf('\n');
        if (newline < 0) {
            return stored.replace('\n', ' ');
        }
        return ("es".equals(language) ? stored.substring(newline + 1) : stored.substring(0, newline)).replace('\n', ' ');
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> json(Submission submission) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", submission.index() + 1);
        item.put("index", submission.index());
        item.put("step", submission.step());
        item.put("state", submission.state().name().toLowerCase(java.util.Locale.ROOT));
        item.put("ids", submission.providerIds());
        item.put("http_status", submission.httpStatus());
        item.put("error_code", submission.errorCode());
        item.put("error", submission.errorMessage());
        item.put("attempts", submission.attempts());
        item.put("payload_sha256", submission.payloadDigest());
        item.put("idempotency_key", submission.idempotencyKey());
        return item;
    }

    static List<Map<String, Object>> jsonList(List<Submission> submissions) {
        return submissions.stream().map(SendOutput::json).collect(Collectors.toList());
    }
}
