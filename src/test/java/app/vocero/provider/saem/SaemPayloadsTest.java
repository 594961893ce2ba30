package app.vocero.provider.saem;

import static app.vocero.provider.saem.SaemTestDrafts.JSON;
import static app.vocero.provider.saem.SaemTestDrafts.bytes;
import static app.vocero.provider.saem.SaemTestDrafts.custom;
import static app.vocero.provider.saem.SaemTestDrafts.debtors;
import static app.vocero.provider.saem.SaemTestDrafts.fixture;
import static app.vocero.provider.saem.SaemTestDrafts.input;
import static app.vocero.provider.saem.SaemTestDrafts.standard;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.Draft;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON bodies compared, field by field, with fixtures written by hand from Saem's document. */
class SaemPayloadsTest {

    private final SaemPlan plan = new SaemPlan();

    @Test
    void standardCampaignIsOneSendMassiveWithAllWindows() throws Exception {
        CampaignInput input = input(standard(SaemTestDrafts::none), debtors());
        assertThat(plan.check(input)).noneMatch(finding -> finding.isError());

        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());

        assertThat(requests).hasSize(1);
        PlannedRequest send = requests.get(0);
        assertThat(send.step()).isEqualTo("send/massive");
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.url()).isEqualTo("https://apicallb.saem.tel/send/massive");
        assertThat(send.headers()).containsEntry("x-auth", Secrets.placeholder("apiKey"))
                .containsEntry("Content-Type", "application/json");
        assertThat(send.contentType()).isEqualTo("application/json");
        assertThat(send.records()).isEqualTo(3);
        assertSameFields(JSON.readTree(bytes(send.body())), JSON.readTree(fixture("standard-send-massive.json")));
        assertThat(plan.providerCampaigns(input)).isEqualTo(2);
    }

    @Test
    void customCampaignRendersEachContactsContent() throws Exception {
        CampaignInput input = input(custom(SaemTestDrafts::none), debtors());
        assertThat(plan.check(input)).noneMatch(finding -> finding.isError());

        List<PlannedRequest> requests = plan.requests(input, "https://sandbox.example/");

        assertThat(requests).singleElement().satisfies(send -> {
            assertThat(send.url()).isEqualTo("https://sandbox.example/send/massive");
            assertThat(send.records()).isEqualTo(3);
        });
        byte[] body = bytes(requests.get(0).body());
        assertSameFields(JSON.readTree(body), JSON.readTree(fixture("custom-send-massive.json")));
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("José").contains("Ñusta");
        assertThat(bytes(requests.get(0).body())).isEqualTo(body);
    }

    @Test
    void textWithoutTagsIsStillCustomWithTheSameContentForEveryone() throws Exception {
        Draft draft = custom(root -> ((ObjectNode) root.get("message")).put("template", "Su factura vence mañana."));
        JsonNode body = JSON.readTree(bytes(plan.requests(input(draft, debtors()), SaemPlan.BASE_URL).get(0).body()));

        assertThat(body.get("subService").asText()).isEqualTo("custom");
        assertThat(body.get("numbers")).hasSize(3)
                .allSatisfy(item -> assertThat(item.get("content").asText()).isEqualTo("Su factura vence mañana."));
    }

    @Test
    void generatedAudioIsRequestedFirstAndItsIdFillsTheCampaign() throws Exception {
        JsonNode expected = JSON.readTree(fixture("audio-generate.json"));
        Draft draft = standard(root -> {
            ((ObjectNode) root.get("message")).remove("audioId");
            ObjectNode generate = ((ObjectNode) root.get("options")).putObject("generateAudio");
            generate.put("text", expected.get("text").asText());
            generate.put("voice", "JUAN");
            generate.put("resource_name", expected.get("resource_name").asText());
        });
        CampaignInput input = input(draft, debtors());
        assertThat(plan.check(input)).noneMatch(finding -> finding.isError());

        List<PlannedRequest> requests = plan.requests(input, SaemPlan.BASE_URL);

        assertThat(requests).extracting(PlannedRequest::step).containsExactly("audio/generate", "send/massive");
        PlannedRequest generate = requests.get(0);
        assertThat(generate.url()).isEqualTo("https://apicallb.saem.tel/audio/generate");
        assertThat(generate.headers()).containsEntry("x-auth", Secrets.placeholder("apiKey"));
        assertThat(generate.records()).isZero();
        assertSameFields(JSON.readTree(bytes(generate.body())), expected);
        JsonNode send = JSON.readTree(bytes(requests.get(1).body()));
        assertThat(send.get("audioId").asText()).isEqualTo(SaemCampaign.GENERATED_AUDIO_ID);
    }

    @Test
    void windowsInAZoneWithDaylightSavingKeepTheirRealTimeInOneGmt() throws Exception {
        Draft draft = standard(root -> {
            root.put("timezone", "America/Santiago");
            // Chile moves its clocks back on the first Sunday of April 2027: -03:00 → -04:00
            ObjectNode first = (ObjectNode) root.get("schedules").get(0);
            first.put("start", "2027-03-30T09:00").put("end", "2027-03-30T13:00");
            ObjectNode second = (ObjectNode) root.get("schedules").get(1);
            second.put("start", "2027-04-06T09:00").put("end", "2027-04-06T13:00");
        });
        JsonNode body = JSON.readTree(bytes(plan.requests(input(draft, debtors()), SaemPlan.BASE_URL).get(0).body()));

        assertThat(body.get("gmt").asText()).isEqualTo("-03:00");
        assertThat(body.get("configProgramming").get(0).get("dateStart").asText()).isEqualTo("2027-03-30 09:00:00");
        assertThat(body.get("configProgramming").get(1).get("dateStart").asText()).isEqualTo("2027-04-06 10:00:00");
    }

    /** Same field names in the same order, and equal values, reported field by field. */
    static void assertSameFields(JsonNode actual, JsonNode expected) {
        List<String> actualNames = new ArrayList<>();
        actual.fieldNames().forEachRemaining(actualNames::add);
        List<String> expectedNames = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedNames::add);
        assertThat(actualNames).as("fields").isEqualTo(expectedNames);
        for (String name : expectedNames) {
            assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
        }
    }

    @Test
    void eachContentReadsNumbersTheWayTheDraftChose() throws Exception {
        Draft draft = custom(root -> ((ObjectNode) root.get("message")).putObject("tagFormats")
                .put("S", "number").put("T", "digits"));
        JsonNode body = JSON.readTree(bytes(plan.requests(input(draft, debtors()), SaemPlan.BASE_URL).get(0).body()));

        assertThat(body.at("/numbers/0/content").asText())
                .isEqualTo("Hola José, su saldo es de 150.000. Llámenos al 3 0 0 1 2 3 4 5 6 7.");
    }
}
