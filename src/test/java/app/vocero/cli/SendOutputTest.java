package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.service.SendReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code send}, {@code resume} and {@code status} print when a request's fate is unknown. */
class SendOutputTest {

    private static final Messages ENGLISH = Messages.of(java.util.Locale.ENGLISH);
    private static final Instant NOW = Instant.parse("2030-12-01T13:00:00Z");

    private static Submission request(int index, String step, SubmissionState state, int attempts, String message) {
        return new Submission("c1", index, step, "d", null, state, Map.of(), state == SubmissionState.UNKNOWN ? 500 : 200,
                null, message, attempts, NOW, NOW);
    }

    @Test
    void theUnknownFooterNamesTheRealRequestNumberAndSaysCheckThenSettle() throws Exception {
        SendReport report = new SendReport(new CampaignRecord("c1", "Encuesta", ProviderId.SMARTFLO, "Smartflo", "x", 3,
                CampaignState.UNKNOWN, NOW, NOW, null), List.of(
                request(0, "broadcast/list", SubmissionState.ACCEPTED, 1, null),
                request(1, "broadcast/leads 1/1", SubmissionState.ACCEPTED, 1, null),
                request(2, "timegroup", SubmissionState.UNKNOWN, 1, "Smartflo answered HTTP 500")));
        StringWriter out = new StringWriter();

        SendOutput.print(report, false, new PrintWriter(out, true), ENGLISH);

        String text = out.toString();
        assertThat(text).contains("  #1 broadcast/list: accepted").contains("  #3 timegroup: no answer — check");
        assertThat(text).contains("Request #3 got no answer that proves anything")
                .contains("vocero campaign settle c1 3 --created [--id ITS_ID]")
                .contains("vocero campaign settle c1 3 --send-again")
                .doesNotContain(" N --created");
        assertThat(text.indexOf("settle")).isLessThan(text.indexOf("resume"));
        assertThat(SendOutput.exitCode(report)).isEqualTo(SendOutput.EXIT_UNKNOWN);
    }

    @Test
    void everyTryIsShown() throws Exception {
        SendReport report = new SendReport(new CampaignRecord("c1", "Cobro", ProviderId.SAEM, "Saem", "x", 3,
                CampaignState.SENT, NOW, NOW, null), List.of(request(0, "send/massive", SubmissionState.ACCEPTED, 3, null)));
        StringWriter out = new StringWriter();

        SendOutput.print(report, false, new PrintWriter(out, true), ENGLISH);
        assertThat(out.toString()).contains("#1 send/massive: accepted (3 tries)");
        out.getBuffer().setLength(0);
        SendOutput.print(report, true, new PrintWriter(out, true), ENGLISH);
        assertThat(out.toString()).contains("\"number\" : 1").contains("\"attempts\" : 3");
    }

    @Test
    void inSpanishEverythingIsSpanish() throws Exception {
        SendReport report = new SendReport(new CampaignRecord("c1", "Cobro", ProviderId.SAEM, "Saem", "x", 3,
                CampaignState.UNKNOWN, NOW, NOW, null), List.of(request(0, "send/massive", SubmissionState.UNKNOWN, 2,
                "Saem answered HTTP 500 (a server error)\nSaem respondió HTTP 500 (un error del servidor)")));
        StringWriter out = new StringWriter();

        SendOutput.print(report, false, new PrintWriter(out, true), Messages.of(java.util.Locale.forLanguageTag("es")));

        assertThat(out.toString()).contains("Campaña c1 \"Cobro\" (Saem, cuenta Saem): sin respuesta")
                .contains("#1 send/massive: sin respuesta — verifique").contains("(2 intentos)")
                .contains("Saem respondió HTTP 500").doesNotContain("Saem answered")
                .contains("vocero campaign settle c1 1 --created [--id SU_ID]");
    }
}
