package app.vocero.provider;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import java.util.List;

/**
 * What one provider's document says, as code: its pre-flight rules beyond the common ones, how many campaigns and
 * requests a draft becomes there, and the exact requests. One implementation per provider package.
 */
public interface ProviderPlan {

    ProviderId id();

    /** The official base URL (an account may set another). */
    String defaultBaseUrl();

    /** The provider's own rules, with its own error codes where its document has them. */
    List<Finding> check(CampaignInput input);

    /** How many campaigns the provider will create (Saem: one per calling window). */
    int providerCampaigns(CampaignInput input);

    /**
     * The exact requests in the order they are sent, including preparatory ones (tokens, audio generation, lead
     * lists). Bodies are written lazily. Only call with a draft that has no errors.
     */
    List<PlannedRequest> requests(CampaignInput input, String baseUrl);

    /** Longest text this provider accepts in one message, or -1 when its document sets no limit. */
    default int maxMessageLength() {
        return -1;
    }
}
