package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CallOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign report: a formula-safe CSV with every number's outcome, for the owner's eyes only. */
class CampaignReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportHasTheCampaignItsRequestsAndEveryNumbersOutcomeFormulaSafe() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
            Path file = dir.resolve("informe.csv");
            int lines = new CampaignReport(campaign.app.tracker(), ZoneId.of("America/Bogota"))
                    .write(campaign.campaignId, file, Messages.of(Locale.forLanguageTag("es")));

            assertThat(lines).isEqualTo(10);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF); // UTF-8 BOM, for Excel
            List<String> rows = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n", -1));
            assertThat(rows.get(0)).isEqualTo("campaign;id;provider;account;state;sent;contacts;tracked;sent_by");
            assertThat(rows.get(1)).startsWith("Aviso de corte;" + campaign.campaignId + ";Routee;Routee;enviada;")
                    .contains(";10;").endsWith(";" + app.vocero.domain.Operator.thisDesktop().display());
            assertThat(rows).contains("request;step;state;attempts;answer", "phone;name;outcome_code;outcome;provider_status;detail");
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("2;voice/campaign;aceptada;1;Routee: seguimiento "));
            for (String number : campaign.numbers) {
                CallOutcome outcome = campaign.outcomeOf(number);
                assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("'" + number + ";")
                        .contains(";" + outcome.name().toLowerCase(Locale.ROOT) + ";"));
            }
            // a name Excel would run as a formula is written as text
            assertThat(rows).anySatisfy(row -> assertThat(row).contains(";\"'=HYPERLINK(\"\"x\"\")\";"));
            assertThat(rows).noneSatisfy(row -> assertThat(row).contains(";=HYPERLINK"));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(file))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
        }
    }

    @Test
    void anUntrackedCampaignsNumbersAreMarkedNotTracked() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.untracked(dir)) {
            Path file = dir.resolve("report.csv");
            new CampaignReport(campaign.app.tracker(), ZoneId.of("UTC"))
                    .write(campaign.campaignId, file, Messages.of(Locale.ENGLISH));

            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text.lines().filter(line -> line.contains(";not_tracked;Not tracked;"))).hasSize(10);
        }
    }
}
