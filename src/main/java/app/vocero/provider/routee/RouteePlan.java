package app.vocero.provider.routee;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routee's voice campaign (document 002): first an OAuth token ({@code client_credentials}), then one
 * {@code POST /voice/campaign} per 1,000 recipients, each a complete campaign with the same message. Rules are in
 * {@link RouteeRules}, the bodies in {@link RouteePayloads}, the answers' errors in {@link RouteeErrors}.
 */
public final class RouteePlan implements ProviderPlan {

    public static final String DEFAULT_BASE_URL = "https://connect.routee.net";
    /** Routee's token endpoint; it is on its own host, so it does not follow an account's base URL. */
    public static final String TOKEN_URL = "https://auth.routee.net/oauth/token";
    /** The secret after {@code Basic }: base64 of {@code applicationId:applicationSecret}. */
    public static final String BASIC_SECRET = "basicCredentials";
    /** The secret after {@code Bearer }: the {@code access_token} the token request returns. */
    public static final String TOKEN_SECRET = "accessToken";

    public RouteePlan() {
    }

    @Override
    public ProviderId id() {
        return ProviderId.ROUTEE;
    }

    @Override
    public String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    public List<Finding> check(CampaignInput input) {
        return RouteeRules.check(input);
    }

    /** One campaign per request: one per {@value RouteePayloads#MAX_RECIPIENTS} recipients. */
    @Override
    public int providerCampaigns(CampaignInput input) {
        return RouteePayloads.parts(input.contacts().size());
    }

    @Override
    public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        List<PlannedRequest> requests = new ArrayList<>();
        Map<String, String> tokenHeaders = new LinkedHashMap<>();
        tokenHeaders.put("Authorization", "Basic " + Secrets.placeholder(BASIC_SECRET));
        requests.add(new PlannedRequest("oauth/token", "POST", TOKEN_URL, tokenHeaders,
                "application/x-www-form-urlencoded", RequestBody.of(RouteePayloads.TOKEN_FORM), 0));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Secrets.placeholder(TOKEN_SECRET));
        String url = trim(baseUrl) + "/voice/campaign";
        int size = input.contacts().size();
        int parts = RouteePayloads.parts(size);
        for (int part = 1; part <= parts; part++) {
            int from = (part - 1) * RouteePayloads.MAX_RECIPIENTS;
            int to = Math.min(size, from + RouteePayloads.MAX_RECIPIENTS);
            requests.add(new PlannedRequest(parts == 1 ? "voice/campaign" : "voice/campaign " + part + "/" + parts,
                    "POST", url, headers, "application/json", RouteePayloads.campaign(input, part, parts), to - from));
        }
        return requests;
    }

    @Override
    public int maxMessageLength() {
        return RouteeRules.MAX_TEXT;
    }

    private static String trim(String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
