package app.vocero.provider.saem;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import java.util.List;

/**
 * Saem's "API Call Blasting" as a {@link ProviderPlan}: pre-flight in {@link SaemRules}, exact bodies in
 * {@link SaemPayloads}, error codes in {@link SaemErrors}.
 */
public final class SaemPlan implements ProviderPlan {

    /** Saem's documented base URL. */
    public static final String BASE_URL = "https://apicallb.saem.tel";

    private final SaemRules rules = new SaemRules();

    public SaemPlan() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.SAEM;
    }

    @Override
    public String defaultBaseUrl() {
        return BASE_URL;
    }

    @Override
    public List<Finding> check(CampaignInput input) {
        return rules.check(input);
    }

    /** One Saem campaign per calling window ("if more than one configuration is sent, a separate campaign is created for each"). */
    @Override
    public int providerCampaigns(CampaignInput input) {
        return input.draft().schedules().size();
    }

    @Override
    public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        return SaemPayloads.requests(input, baseUrl);
    }
}
