package app.vocero.service;

import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Submission;
import java.util.List;

/** What a send or resume did: the campaign as it stands now and every journaled request's outcome. */
public record SendReport(CampaignRecord campaign, List<Submission> submissions) {

    public SendReport {
        submissions = List.copyOf(submissions);
    }
}
