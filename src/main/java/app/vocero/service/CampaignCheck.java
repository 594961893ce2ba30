package app.vocero.service;

import app.vocero.campaign.DraftReading;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Finding;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.ProviderPlan;
import java.util.List;
import java.util.Optional;

/**
 * A draft checked offline: every finding (the file's, the contacts', the common and the provider's rules), the
 * estimate, and what sending needs when there are no errors.
 *
 * @param input absent when the contacts could not be read
 * @param plan  absent when the draft names no known provider
 */
public record CampaignCheck(DraftReading reading, List<Finding> findings, Optional<Estimate> estimate,
                            Optional<CampaignInput> input, Optional<ProviderPlan> plan) {

    public CampaignCheck {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
