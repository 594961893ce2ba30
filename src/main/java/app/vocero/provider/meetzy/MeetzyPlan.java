package app.vocero.provider.meetzy;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetzy's {@code POST /campaign} (document 001): an AI voice agent holds the conversation defined by a playbook, so
 * a draft becomes one campaign and one request carrying every contact with its CRM fields. Rules are in
 * {@link MeetzyRules}, the body in {@link MeetzyPayloads}, the answers' errors in {@link MeetzyErrors}.
 */
public final class MeetzyPlan implements ProviderPlan {

    public static final String DEFAULT_BASE_URL = "https://api.meetzy.io";
    /** The secret the sender puts after {@code Bearer }: the account's API token. */
    public static final String TOKEN_SECRET = "token";

    public MeetzyPlan() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.MEETZY;
    }

    @Override
    public String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    public List<Finding> check(CampaignInput input) {
        return MeetzyRules.check(input);
    }

    /** Always one: Meetzy has one launch time, and more than one calling window is an error ({@link MeetzyRules}). */
    @Override
    public int providerCampaigns(CampaignInput input) {
        return 1;
    }

    @Override
    public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Secrets.placeholder(TOKEN_SECRET));
        return List.of(new PlannedRequest("campaign", "POST", trim(baseUrl) + "/campaign", headers,
                "application/json", MeetzyPayloads.campaign(input), input.contacts().size()));
    }

    private static String trim(String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
