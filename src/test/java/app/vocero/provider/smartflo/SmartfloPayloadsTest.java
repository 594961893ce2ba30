package app.vocero.provider.smartflo;

import static app.vocero.provider.smartflo.SmartfloFixtures.assertMatches;
import static app.vocero.provider.smartflo.SmartfloFixtures.body;
import static app.vocero.provider.smartflo.SmartfloFixtures.draft;
import static app.vocero.provider.smartflo.SmartfloFixtures.input;
import static app.vocero.provider.smartflo.SmartfloFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmartfloPayloadsTest {

    private static final String BASE = "https://api-smartflo.tatateleservices.com";
    private static final Map<String, String> HEADERS = Map.of("Authorization", "Bearer {{secret:token}}",
            "accept", "application/json", "Content-Type", "application/json");

    private final SmartfloPlan plan = new SmartfloPlan();

    @Test
    void listLeadsTimeGroupAndBroadcastInOrder() {
        CampaignInput input = input(draft(), SmartfloFixtures.threeContacts());

        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());

        assertThat(requests).extracting(PlannedRequest::step)
                .containsExactly("broadcast/list", "broadcast/leads 1/1", "timegroup", "broadcast");
        assertThat(requests).extracting(PlannedRequest::url).containsExactly(BASE + "/v1/broadcast/list",
                BASE + "/v1/broadcast/leads/{listId}", BASE + "/v1/timegroup", BASE + "/v1/broadcast");
        assertThat(requests).extracting(PlannedRequest::records).containsExactly(0L, 3L, 0L, 0L);
        for (PlannedRequest request : requests) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(HEADERS);
            assertThat(request.contentType()).isEqualTo("application/json");
        }
        assertMatches(body(requests.get(0)), resource("list.json"));
        assertMatches(body(requests.get(1)), resource("leads-1.json"));
        assertMatches(body(requests.get(2)), resource("timegroup.json"));
        assertMatches(body(requests.get(3)), resource("broadcast.json"));
        assertThat(plan.providerCampaigns(input)).isEqualTo(1);
        assertThat(plan.id()).isEqualTo(ProviderId.SMARTFLO);
        assertThat(plan.maxMessageLength()).isEqualTo(-1);
    }

    @Test
    void leadsGoInBatchesOfAThousand() {
        List<PlannedRequest> requests = plan.requests(input(draft(), SmartfloFixtures.numbered(2500)), BASE + "/");

        List<PlannedRequest> leads = requests.subList(1, 4);
        assertThat(leads).extracting(PlannedRequest::step)
                .containsExactly("broadcast/leads 1/3", "broadcast/leads 2/3", "broadcast/leads 3/3");
        assertThat(leads).extracting(PlannedRequest::records).containsExactly(1000L, 1000L, 500L);
        JsonNode last = body(leads.get(2));
        assertThat(last.get("data")).hasSize(500);
        assertThat(last.get("data").get(0)).isEqualTo(SmartfloFixtures.JSON.createObjectNode()
                .put("field_0", "573000002001"));
        assertThat(last.get("duplicate_option").asText()).isEqualTo("skip");
        assertThat(requests.get(0).url()).isEqualTo(BASE + "/v1/broadcast/list");
    }

    @Test
    void anExistingTimeGroupIsUsedAndNoneIsCreated() {
        CampaignInput input = input(draft(root -> ((ObjectNode) root.get("options")).put("time_group", "88")),
                SmartfloFixtures.threeContacts());

        List<PlannedRequest> requests = plan.requests(input, BASE);

        assertThat(requests).extracting(PlannedRequest::step).doesNotContain("timegroup");
        assertThat(body(requests.get(requests.size() - 1)).get("time_group").asText()).isEqualTo("88");
    }

    @Test
    void defaultsAndOverrides() {
        CampaignInput input = input(draft(root -> {
            ObjectNode options = (ObjectNode) root.get("options");
            options.remove("timeout");
            options.put("destination", "ivr||27845");
            options.putArray("dialstatus").add(1).add(3);
            root.withArray("schedules").forEach(s -> ((ObjectNode) s).put("retries", 0)
                    .putArray("retryAfterMinutes"));
            root.withArray("schedules").forEach(s -> ((ObjectNode) s).putArray("retryOn"));
        }), SmartfloFixtures.threeContacts());

        List<PlannedRequest> requests = plan.requests(input, BASE);
        JsonNode broadcast = body(requests.get(requests.size() - 1));

        assertThat(broadcast.get("timeout").asText()).isEqualTo("40");
        assertThat(broadcast.get("destination").asText()).isEqualTo("ivr||27845");
        assertThat(broadcast.get("numberof retry").asText()).isEqualTo("0");
        assertThat(broadcast.get("retry_after_minutes").toString()).isEqualTo("[" + SmartfloPayloads.DEFAULT_RETRY_AFTER_MINUTES + "]");
        assertThat(broadcast.get("dialstatus").toString()).isEqualTo("[1,3]");
        assertThat(broadcast.get("retry_dialstatus").toString()).isEqualTo("[1,3]");
    }

    @Test
    void destinationsAreNormalizedToTheDoubleBar() {
        assertThat(SmartfloPayloads.destination("ivr|27845")).contains("ivr||27845");
        assertThat(SmartfloPayloads.destination(" IVR || 27845 ")).contains("ivr||27845");
        assertThat(SmartfloPayloads.destination("queue||5")).isEmpty();
        assertThat(SmartfloPayloads.destination("27845")).isEmpty();
    }

    @Test
    void theDialStatusTableIsTheOnePlaceRetryConditionsMap() {
        assertThat(SmartfloDialStatus.codesFor("nocontesta")).containsExactly(1, 3);
        assertThat(SmartfloDialStatus.codesFor("congestion")).containsExactly(4);
        assertThat(SmartfloDialStatus.codesFor("fallo")).containsExactly(5);
        assertThat(SmartfloDialStatus.codesFor("buzon")).isEmpty();
        assertThat(SmartfloDialStatus.retryCodes(List.of())).containsExactly(1, 3);
        assertThat(SmartfloDialStatus.describe(List.of(1, 3), "es")).isEqualTo("1 (No contesta), 3 (Ocupado)");
    }
}
