package app.vocero.cli;

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

    static void print(SendReport report, boolean json, PrintWriter out) throws JsonProcessingException {
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
        out.println("Campaign " + campaign.id() + " \"" + campaign.name() + "\" (" + campaign.provider().displayName()
                + ", account " + campaign.account() + "): " + campaign.state().name().toLowerCase(java.util.Locale.ROOT));
        for (Submission submission : report.submissions()) {
            out.print("  #" + (submission.index() + 1) + " " + submission.step() + ": "
                    + submission.state().name().toLowerCase(java.util.Locale.ROOT)
                    + (submission.attempts() > 1 ? " (" + submission.attempts() + " tries)" : ""));
            if (!submission.providerIds().isEmpty()) {
                out.print(" " + submission.providerIds());
            }
            if (submission.errorCode() != null) {
                out.print(" [" + submission.errorCode() + "]");
            }
            if (submission.errorMessage() != null) {
                out.print(" " + submission.errorMessage().replace('\n', ' '));
            }
            out.println();
        }
        List<Integer> unknown = report.submissions().stream()
                .filter(s -> s.state() == SubmissionState.UNKNOWN || s.state() == SubmissionState.PENDING)
                .map(s -> s.index() + 1).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            int n = unknown.get(0);
            out.println("Request #" + n + " got no answer that proves anything: the provider may have created it. "
                    + "Nothing is sent again on its own.\nCheck in the provider's platform, then run ONE of\n"
                    + "  vocero campaign settle " + campaign.id() + " " + n + " --created [--id ITS_ID]   (it exists: never send it again)\n"
                    + "  vocero campaign settle " + campaign.id() + " " + n + " --send-again             (it does not exist)\n"
                    + "then: vocero campaign resume " + campaign.id());
        } else if (campaign.state() == CampaignState.REJECTED) {
            out.println("Fix what the provider said, then: vocero campaign resume " + campaign.id()
                    + " (only what was not accepted is sent).");
        }
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
