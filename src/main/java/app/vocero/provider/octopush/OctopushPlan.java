package app.vocero.provider.octopush;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import java.util.List;

/**
 * Octopush Voice SMS ({@code POST /v1/public/voice-campaign/send}): text-to-speech only, one text per request with
 * Octopush's own per-recipient placeholders ({@link OctopushTags}), at most 500 recipients a request
 * ({@link OctopushPayloads}), rules in {@link OctopushRules}, error answers in {@link OctopushErrors}.
 */
public final class OctopushPlan implements ProviderPlan {

    public static final String BASE_URL = "https://api.octopush.com";

    public OctopushPlan() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.OCTOPUSH;
    }

    @Override
    public String defaultBaseUrl() {
        return BASE_URL;
    }

    @Override
    public List<Finding> check(CampaignInput input) {
        return OctopushRules.check(input);
    }

    /** Every request creates one Octopush campaign (one ticket): one per frame of at most 500 recipients. */
    @Override
    public int providerCampaigns(CampaignInput input) {
        return OctopushPayloads.frames(input.contacts().size());
    }

    @Override
    public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        return OctopushPayloads.requests(input, baseUrl == null || baseUrl.isBlank() ? BASE_URL : baseUrl);
    }

    @Override
    public int maxMessageLength() {
        return OctopushRules.MAX_TEXT;
    }
}
