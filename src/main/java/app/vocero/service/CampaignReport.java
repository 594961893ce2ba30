package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.config.PrivateFiles;
import app.vocero.contacts.RejectsCsv;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.CallOutcome;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Submission;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's report as a CSV Excel opens directly, written like the rejects file ({@link RejectsCsv}: UTF-8 with
 * BOM, {@code ;}, CRLF, formula-safe cells) and readable by its owner only: the campaign, its journaled requests with
 * the provider's answers, then one line per contact with its tracked outcome ({@code not_tracked} where the provider
 * said nothing of it). Headers are fixed English names; values are in the chosen language.
 */
public final class CampaignReport {

    private final CampaignTracker history;
    private final ZoneId zone;

    public CampaignReport(CampaignTracker history, ZoneId zone) {
        this.history = history;
        this.zone = zone;
    }

    /** @return the number of contact lines written */
    public int write(String campaignId, Path file, Messages messages) throws IOException {
        CampaignTracker.View view = history.view(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId + " in the history"));
        ContactTable contacts = history.contacts(campaignId).orElse(ContactTable.empty());
        CampaignRecord campaign = view.campaign();
        DateTimeFormatter when = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(zone);
        int lines = 0;
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            writer.write('\uFEFF');
            CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
            csv.writeRecord("campaign", "id", "provider", "account", "state", "sent", "contacts", "tracked", "sent_by");
            csv.writeRecord(safe(campaign.name()), campaign.id(), campaign.provider().displayName(),
                    safe(campaign.account()), state(campaign, messages), when.format(campaign.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                    String.valueOf(campaign.contacts()),
                    campaign.trackedAt() == null ? "" : when.format(campaign.trackedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                    campaign.sentBy() == null ? "" : safe(campaign.sentBy().display()));
            csv.flush();
            writer.write("\r\n");
            csv.writeRecord("request", "step", "state", "attempts", "answer");
            for (Submission request : view.submissions()) {
                csv.writeRecord(String.valueOf(request.index() + 1), safe(request.step()),
                        messages.text("campaigns.request." + request.state().name().toLowerCase(Locale.ROOT)),
                        String.valueOf(request.attempts()),
                        safe(ProviderAnswer.describe(campaign.provider(), request, messages)));
            }
            csv.flush();
            writer.write("\r\n");
            csv.writeRecord("phone", "name", "outcome_code", "outcome", "provider_status", "detail");
            Map<String, String[]> outcomes = view.outcomes();
            for (int i = 0; i < contacts.size(); i++) {
                String number = contacts.e164(i);
                String[] outcome = outcomes.get(number);
                String name = (contacts.field(ContactField.NAME, i) + " " + contacts.field(ContactField.LAST_NAME, i)).trim();
                if (outcome == null) {
                    csv.writeRecord(safe(number), safe(name), "not_tracked", messages.text("history.outcome.notTracked"),
                            "", "");
                } else {
                    CallOutcome kind = CallOutcome.of(outcome[0]);
                    csv.writeRecord(safe(number), safe(name), kind.name().toLowerCase(Locale.ROOT),
                            messages.text("history.outcome." + kind.name().toLowerCase(Locale.ROOT)), safe(outcome[0]),
                            safe(ProviderAnswer.detail(outcome.length > 1 ? outcome[1] : null, messages)));
                }
                lines++;
            }
            csv.flush();
        }
        PrivateFiles.restrict(file); // people's numbers and names: the owner's eyes only
        return lines;
    }

    private static String state(CampaignRecord campaign, Messages messages) {
        return messages.text("campaigns.state." + campaign.state().name().toLowerCase(Locale.ROOT));
    }

    private static String safe(String cell) {
        return RejectsCsv.neutralized(cell == null ? "" : cell.replace('\n', ' '));
    }
}
