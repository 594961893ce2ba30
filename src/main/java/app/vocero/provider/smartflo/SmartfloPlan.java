package app.vocero.provider.smartflo;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import java.util.List;

/**
 * Tata Smartflo broadcast: a lead list dialled into the IVR of {@code options.destination}, within a time group.
 * Requests in {@link SmartfloPayloads}, rules in {@link SmartfloRules}, windows in {@link SmartfloWindows},
 * dial statuses in {@link SmartfloDialStatus}, error answers in {@link SmartfloErrors}. When the account logs in
 * with e-mail and password the sender adds the login request; plans only carry {@code Bearer {{secret:token}}}.
 */
public final class SmartfloPlan implements ProviderPlan {

    public static final String BASE_URL = "https://api-smartflo.tatateleservices.com";

    public SmartfloPlan() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.SMARTFLO;
    }

    @Override
    public String defaultBaseUrl() {
        return BASE_URL;
    }

    @Override
    public List<Finding> check(CampaignInput input) {
        return SmartfloRules.check(input);
    }

    /** One broadcast for all the draft's windows ({@link SmartfloWindows}). */
    @Override
    public int providerCampaigns(CampaignInput input) {
        return 1;
    }

    @Override
    public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        return SmartfloPayloads.requests(input, baseUrl == null || baseUrl.isBlank() ? BASE_URL : baseUrl);
    }
}
