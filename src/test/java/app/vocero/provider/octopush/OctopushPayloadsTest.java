package app.vocero.provider.octopush;

import static app.vocero.provider.octopush.OctopushFixtures.assertMatches;
import static app.vocero.provider.octopush.OctopushFixtures.body;
import static app.vocero.provider.octopush.OctopushFixtures.draft;
import static app.vocero.provider.octopush.OctopushFixtures.input;
import static app.vocero.provider.octopush.OctopushFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OctopushPayloadsTest {

    private final OctopushPlan plan = new OctopushPlan();

    @Test
    void oneFrameMapsTheTemplateToOctopushPlaceholders() {
        CampaignInput input = input(draft(), OctopushFixtures.threeContacts());

        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());

        assertThat(requests).hasSize(1);
        PlannedRequest request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("https://api.octopush.com/v1/public/voice-campaign/send");
        assertThat(request.headers()).containsExactly(
                Map.entry("api-key", "{{secret:apiKey}}"),
                Map.entry("api-login", "{{secret:apiLogin}}"),
                Map.entry("Content-Type", "application/json"));
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.records()).isEqualTo(3);
        assertThat(request.step()).isEqualTo("voice-campaign/send 1/1");
        JsonNode body = body(request);
        assertMatches(body, resource("send-single.json"));
        assertThat(body.get("request_id").asText()).matches("[0-9a-f]{20}");
        assertThat(plan.providerCampaigns(input)).isEqualTo(1);
        assertThat(plan.id()).isEqualTo(ProviderId.OCTOPUSH);
        assertThat(plan.maxMessageLength()).isEqualTo(1224);
    }

    @Test
    void fiveHundredAndOneRecipientsGoInTwoFramesWithDistinctIds() {
        CampaignInput input = input(frameDraft(), OctopushFixtures.numbered(501));

        List<PlannedRequest> requests = plan.requests(input, "https://api.octopush.com/");

        assertThat(requests).extracting(PlannedRequest::step)
                .containsExactly("voice-campaign/send 1/2", "voice-campaign/send 2/2");
        assertThat(requests).extracting(PlannedRequest::records).containsExactly(250L, 251L);
        assertThat(requests).extracting(PlannedRequest::url).containsOnly(
                "https://api.octopush.com/v1/public/voice-campaign/send");
        JsonNode first = body(requests.get(0));
        JsonNode second = body(requests.get(1));
        assertMatches(second, resource("send-frame-2-of-2.json"));
        assertThat(first.get("recipients")).hasSize(250);
        assertThat(first.get("recipients").get(0).get("phone_number").asText()).isEqualTo("+573000000001");
        assertThat(first.get("recipients").get(249).get("phone_number").asText()).isEqualTo("+573000000250");
        JsonNode recipients = second.get("recipients");
        assertThat(recipients).hasSize(251);
        for (int i = 0; i < recipients.size(); i++) {
            assertThat(recipients.get(i)).isEqualTo(OctopushFixtures.JSON.createObjectNode()
                    .put("phone_number", String.format("+57300%07d", 251 + i)));
        }
        String id1 = first.get("request_id").asText();
        String id2 = second.get("request_id").asText();
        assertThat(id1).matches("[0-9a-f]{20}");
        assertThat(id2).matches("[0-9a-f]{20}").isNotEqualTo(id1);
        assertThat(plan.providerCampaigns(input)).isEqualTo(2);
    }

    @Test
    void theSameDraftTwiceGivesTheSameRequestIdsAndBytes() throws Exception {
        List<PlannedRequest> once = plan.requests(input(frameDraft(), OctopushFixtures.numbered(501)), plan.defaultBaseUrl());
        List<PlannedRequest> again = plan.requests(input(frameDraft(), OctopushFixtures.numbered(501)), plan.defaultBaseUrl());

        for (int i = 0; i < once.size(); i++) {
            assertThat(body(again.get(i)).get("request_id")).isEqualTo(body(once.get(i)).get("request_id"));
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            once.get(i).body().writeTo(a);
            once.get(i).body().writeTo(b);
            assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        }
    }

    @Test
    void aChangedFrameOrDraftNameGetsANewRequestId() {
        String base = OctopushPayloads.requestId(input(frameDraft(), OctopushFixtures.numbered(3)), 0);
        String otherContacts = OctopushPayloads.requestId(input(frameDraft(), OctopushFixtures.numbered(4)), 0);
        String otherName = OctopushPayloads.requestId(input(draft(root -> {
            frameChanges(root);
            root.put("name", "Recordatorio citas 2");
        }), OctopushFixtures.numbered(3)), 0);

        assertThat(otherContacts).isNotEqualTo(base);
        assertThat(otherName).isNotEqualTo(base);
    }

    @Test
    void optionalFieldsAreLeftOutWhenTheDraftHasNone() {
        Draft draft = draft(root -> {
            root.remove("schedules");
            root.remove("options");
            ((ObjectNode) root.get("message")).remove("gender");
            ((ObjectNode) root.get("message")).put("language", "es-la");
        });

        JsonNode body = body(plan.requests(input(draft, OctopushFixtures.threeContacts()), plan.defaultBaseUrl()).get(0));

        assertThat(body.has("send_at")).isFalse();
        assertThat(body.has("sender")).isFalse();
        assertThat(body.has("voice_gender")).isFalse();
        assertThat(body.has("simulation_mode")).isFalse();
        assertThat(body.get("purpose").asText()).isEqualTo(OctopushPayloads.DEFAULT_PURPOSE);
        assertThat(body.get("voice_language").asText()).isEqualTo("es-LA");
    }

    @Test
    void sendAtKeepsTheDraftsZoneOffset() {
        Draft draft = draft(root -> root.put("timezone", "America/Bogota"));
        CampaignInput input = new CampaignInput(draft, OctopushFixtures.threeContacts(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.ZoneId.of("America/Bogota"), OctopushFixtures.NOW);

        assertThat(OctopushPayloads.sendAt(input)).contains("2025-03-10T09:00:00-05:00");
    }

    static Draft frameDraft() {
        return draft(OctopushPayloadsTest::frameChanges);
    }

    private static void frameChanges(ObjectNode root) {
        root.put("name", "Recordatorio citas");
        root.remove("options");
        ObjectNode message = (ObjectNode) root.get("message");
        message.put("template", "Le recordamos su cita de mañana a las 9. Gracias.");
        message.put("gender", "male");
    }

    @Test
    void recipientsCarryTheValuesInTheFormatTheDraftChose() {
        Draft draft = OctopushFixtures.draft(root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("message"))
                .putObject("tagFormats").put("S", "written"));
        PlannedRequest request = plan.requests(input(draft, OctopushFixtures.threeContacts()), plan.defaultBaseUrl()).get(0);

        com.fasterxml.jackson.databind.JsonNode recipients = OctopushFixtures.body(request).get("recipients");
        assertThat(recipients.get(0).get("param1").asText()).isEqualTo("150000");
        assertThat(recipients.get(1).get("param1").asText()).isEqualTo("82500");

        PlannedRequest byDefault = plan.requests(input(OctopushFixtures.draft(), OctopushFixtures.threeContacts()),
                plan.defaultBaseUrl()).get(0);
        assertThat(OctopushFixtures.body(byDefault).get("recipients").get(0).get("param1").asText()).isEqualTo("$150.000");
    }
}
