package app.vocero.provider.routee;

import static app.vocero.provider.routee.RouteeInputs.FROM;
import static app.vocero.provider.routee.RouteeInputs.WAV;
import static app.vocero.provider.routee.RouteeInputs.assertSameJson;
import static app.vocero.provider.routee.RouteeInputs.contacts;
import static app.vocero.provider.routee.RouteeInputs.draft;
import static app.vocero.provider.routee.RouteeInputs.fixture;
import static app.vocero.provider.routee.RouteeInputs.input;
import static app.vocero.provider.routee.RouteeInputs.phone;
import static app.vocero.provider.routee.RouteeInputs.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact requests, against fixtures written by hand from Routee's document and NOTES.md. */
class RouteePlanTest {

    private final ProviderPlan plan = new RouteePlan();

    @Test
    void identity() {
        assertThat(plan.id()).isEqualTo(ProviderId.ROUTEE);
        assertThat(plan.defaultBaseUrl()).isEqualTo("https://connect.routee.net");
        assertThat(plan.maxMessageLength()).isEqualTo(1000);
    }

    @Test
    void theFirstRequestIsTheToken() throws Exception {
        CampaignInput input = input(draft("Aviso corte", WAV, FROM, "[]"), contacts(2));
        PlannedRequest token = plan.requests(input, plan.defaultBaseUrl()).get(0);
        JsonNode expected = fixture("token_request.json");

        assertThat(token.step()).isEqualTo("oauth/token");
        assertThat(token.method()).isEqualTo(expected.get("method").asText());
        assertThat(token.url()).isEqualTo(expected.get("url").asText());
        assertThat(token.headers()).containsExactly(
                Map.entry("Authorization", expected.get("headers").get("Authorization").asText()));
        assertThat(token.contentType()).isEqualTo(expected.get("contentType").asText());
        assertThat(token.records()).isZero();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        token.body().writeTo(body);
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(expected.get("body").asText());
    }

    @Test
    void scheduledTextToSpeechWithEveryOption() throws Exception {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of("Vence"))
                .add(2, phone("+573001112233"), new String[] {"3001112233", "Ana"}, new String[] {"5 de marzo"})
                .add(3, phone("+573004445566"), new String[] {"3004445566", "Luis"}, new String[] {"5 de marzo"})
                .build();
        String message = "{\"type\": \"tts\", \"template\": \"Hola, le recordamos que su factura vence el {Vence}.\","
                + " \"gender\": \"Female\", \"language\": \"es-la\"}";
        String options = "{\"from\": \"573001234567\", \"respectQuietHours\": true, \"hangupDelay\": 30,"
                + " \"collectDtmfDigits\": true, \"collectDtmfAwaitSeconds\": 5,"
                + " \"callback\": {\"strategy\": \"OnChange\", \"url\": \"https://crm.example.com/routee/messages\"},"
                + " \"campaignCallback\": {\"strategy\": \"OnCompletion\", \"url\": \"https://crm.example.com/routee/campaign\"}}";
        String window = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T12:00\"}]";
        CampaignInput input = input(draft("Recordatorio pago", message, options, window), contacts);

        assertThat(plan.check(input)).extracting(Finding::code).containsExactly("routee.scheduled_date");
        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());
        assertThat(requests).hasSize(2);
        PlannedRequest campaign = requests.get(1);
        assertThat(campaign.step()).isEqualTo("voice/campaign");
        assertThat(campaign.method()).isEqualTo("POST");
        assertThat(campaign.url()).isEqualTo("https://connect.routee.net/voice/campaign");
        assertThat(campaign.headers()).containsExactly(Map.entry("Authorization", "Bearer {{secret:accessToken}}"));
        assertThat(campaign.contentType()).isEqualTo("application/json");
        assertThat(campaign.records()).isEqualTo(2);
        assertSameJson(fixture("tts.json"), written(campaign.body()));
    }

    @Test
    void recordedWavRightAway() throws Exception {
        CampaignInput input = input(draft("Aviso corte", WAV, FROM, "[]"), twoNumbers());

        assertThat(plan.check(input)).extracting(Finding::code).containsExactly("routee.immediate");
        assertThat(plan.providerCampaigns(input)).isEqualTo(1);
        PlannedRequest campaign = plan.requests(input, "http://localhost:8080/").get(1);
        assertThat(campaign.url()).isEqualTo("http://localhost:8080/voice/campaign");
        assertSameJson(fixture("wav.json"), written(campaign.body()));
    }

    @Test
    void a1001stRecipientMakesASecondCampaign() throws Exception {
        CampaignInput input = input(draft("Aviso corte", WAV, FROM, "[]"), contacts(1001));

        assertThat(plan.check(input)).extracting(Finding::code).containsExactly("routee.immediate", "routee.split");
        assertThat(plan.providerCampaigns(input)).isEqualTo(2);
        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());
        assertThat(requests).extracting(PlannedRequest::step)
                .containsExactly("oauth/token", "voice/campaign 1/2", "voice/campaign 2/2");
        assertThat(requests).extracting(PlannedRequest::records).containsExactly(0L, 1000L, 1L);

        JsonNode second = written(requests.get(2).body());
        assertSameJson(fixture("split_part2.json"), second);
        JsonNode first = written(requests.get(1).body());
        assertThat(first.get("campaignName").asText()).isEqualTo("Aviso corte 1 de 2");
        assertThat(first.get("to")).hasSize(1000);
        assertThat(first.get("to").get(0).asText()).isEqualTo("+573000000000");
        assertThat(first.get("to").get(999).asText()).isEqualTo("+573000000999");
        assertThat(first.get("fileURL")).isEqualTo(second.get("fileURL"));
        assertThat(first.get("from")).isEqualTo(second.get("from"));
    }

    @Test
    void exactlyAThousandIsOneCampaign() {
        CampaignInput input = input(draft("Aviso corte", WAV, FROM, "[]"), contacts(1000));
        assertThat(plan.providerCampaigns(input)).isEqualTo(1);
        assertThat(plan.requests(input, plan.defaultBaseUrl())).hasSize(2);
    }

    @Test
    void partNamesStayWithinThirtyCharacters() {
        assertThat(RouteePayloads.campaignName("Cobranza enero Bogota norte", 1, 1)).isEqualTo("Cobranza enero Bogota norte");
        assertThat(RouteePayloads.campaignName("Cobranza enero Bogota norte", 12, 12))
                .isEqualTo("Cobranza enero Bogota 12 de 12").hasSizeLessThanOrEqualTo(30);
        assertThat(RouteePayloads.campaignName("Cobranza enero Bogota - norte", 2, 3)).isEqualTo("Cobranza enero Bogota 2 de 3");
        assertThat(RouteeRules.validName(RouteePayloads.campaignName("Cobranza enero Bogota norte", 3, 3))).isTrue();
    }

    @Test
    void scheduledDateIsUtc() {
        assertThat(RouteePayloads.scheduledDate(java.time.LocalDateTime.parse("2025-03-01T10:00"),
                java.time.ZoneId.of("America/Bogota"))).isEqualTo("2025-03-01T15:00:00Z");
        assertThat(RouteePayloads.scheduledDate(java.time.LocalDateTime.parse("2025-03-01T23:30"),
                java.time.ZoneId.of("-03:00"))).isEqualTo("2025-03-02T02:30:00Z");
    }

    private static ContactTable twoNumbers() {
        return ContactTable.builder(Set.of(ContactField.PHONE), List.of())
                .add(2, phone("+573001112233"), new String[] {"3001112233"}, new String[0])
                .add(3, phone("+573004445566"), new String[] {"3004445566"}, new String[0])
                .build();
    }

    @Test
    void theTextSentReadsBalancesTheWayTheDraftChose() throws Exception {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.BALANCE), List.of("Cuota"))
                .add(2, phone("+573001112233"), new String[] {"3001112233", "1250000.5"}, new String[] {"1.2500005E6"})
                .add(3, phone("+573004445566"), new String[] {"3004445566", "1250000.5"}, new String[] {"1.2500005E6"})
                .build();
        String message = "{\"type\": \"tts\", \"template\": \"Debe {S}, cuota {Cuota}.\", \"gender\": \"female\","
                + " \"language\": \"es-LA\", \"tagFormats\": {\"Cuota\": \"digits\"}}";
        CampaignInput input = input(draft("Saldos", message, FROM, "[]"), contacts);

        PlannedRequest campaign = plan.requests(input, plan.defaultBaseUrl()).get(1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        campaign.body().writeTo(body);

        assertThat(RouteeInputs.JSON.readTree(body.toByteArray()).at("/message/text").asText())
                .isEqualTo("Debe $1.250.000,50, cuota 1 2 5 0 0 0 0 5.");
    }
}
