package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetzySandboxTest {

    private static final String AUTH = "Authorization";
    private static final String BEARER = "Bearer " + SandboxCredentials.MEETZY_TOKEN;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();
    private String base;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0, clock);
        base = sandbox.baseUrl(ProviderId.MEETZY);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Answer campaign(Object body, String... headers) throws Exception {
        return http.postJson(base + "/campaign", SandboxHttp.json(body), headers);
    }

    @Test
    void immediateCampaignIsAcceptedWith202() throws Exception {
        Answer a = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", "+34600123456", "first_name", "Juan"),
                        Map.of("phone", "+34600987654")), "recall", "[30,120]"), AUTH, BEARER);

        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("success").asBoolean()).isTrue();
        assertThat(a.json().get("message").asText()).isEqualTo("Campaign started successfully");
        assertThat(a.json().get("campaign_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(a.json().get("scheduled").asBoolean()).isFalse();
        assertThat(a.json().get("total_contacts").asInt()).isEqualTo(2);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isEqualTo(1);
    }

    @Test
    void scheduledCampaignAnswersTheScheduledBody() throws Exception {
        Answer a = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", "+34600123456"), Map.of("phone", "+34600987654")),
                "launch_at", "2026-03-05T10:00:00", "recall", List.of(30, 60)), AUTH, BEARER);

        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("scheduled").asBoolean()).isTrue();
        assertThat(a.json().get("message").asText()).isEqualTo("Scheduled 2 calls for 05/03/2026 10:00");
        assertThat(a.json().get("launch_at").asText()).isEqualTo("2026-03-05T10:00:00.000Z");
        assertThat(a.json().get("scheduled_calls").asInt()).isEqualTo(2);
        assertThat(a.json().get("error_calls").asInt()).isZero();
    }

    @Test
    void documentedErrors() throws Exception {
        Answer noToken = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", "+34600123456"))));
        Answer emptyPhone = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", ""))), AUTH, BEARER);
        Answer noContacts = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of()), AUTH, BEARER);
        Answer otherPlaybook = campaign(Map.of("playbook_id", "550e8400-e29b-41d4-a716-446655440000",
                "contacts", List.of(Map.of("phone", "+34600123456"))), AUTH, BEARER);
        Answer badRecall = campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", "+34600123456")), "recall", "soon"), AUTH, BEARER);

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("error").asText()).isNotBlank();
        assertThat(emptyPhone.status()).isEqualTo(400);
        assertThat(emptyPhone.json().get("error").asText()).isEqualTo("Each contact must have a non-empty phone field");
        assertThat(noContacts.status()).isEqualTo(400);
        assertThat(otherPlaybook.status()).isEqualTo(403);
        assertThat(badRecall.status()).isEqualTo(400);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isZero();
    }

    @Test
    void callsProgressWithTheClockAndEndPerNumber() throws Exception {
        List<String> phones = List.of("+573001234560", "+573001234561", "+573001234562", "+573001234563",
                "+573001234564", "+573001234565", "+573001234566", "+573001234567", "+573001234568",
                "+573001234569");
        campaign(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", phones.stream().map(p -> Map.of("phone", p)).toList()), AUTH, BEARER);
        String list = base + "/calls?playbook_id=" + SandboxCredentials.MEETZY_PLAYBOOK_ID
                + "&startDate=2026-03-02&endDate=2026-03-02";

        Answer queued = http.get(list, AUTH, BEARER);
        assertThat(queued.json().get("total").asInt()).isEqualTo(10);
        queued.json().get("calls").forEach(c -> assertThat(c.get("status").asText()).isEqualTo("queued"));
        clock.advance(Duration.ofSeconds(45));
        http.get(list, AUTH, BEARER).json().get("calls")
                .forEach(c -> assertThat(c.get("status").asText()).isEqualTo("ringing"));
        clock.advance(Duration.ofSeconds(15));
        JsonNode calls = http.get(list, AUTH, BEARER).json().get("calls");
        for (JsonNode c : calls) {
            String expected = MeetzySandbox.statusOf(c.get("phone").asText(), SandboxOutcomes.Stage.FINAL);
            assertThat(c.get("status").asText()).isEqualTo(expected).isNotIn("queued", "ringing");
            Answer one = http.get(base + "/call/" + c.get("id").asText(), AUTH, BEARER);
            assertThat(one.json().get("status").asText()).isEqualTo(expected);
            assertThat(one.json().get("duration").asInt())
                    .isEqualTo(SandboxOutcomes.durationSeconds(c.get("phone").asText()));
        }
        String completed = calls.findValuesAsText("status").contains("completed") ? "completed" : "failed";
        Answer filtered = http.get(list + "&status=" + completed, AUTH, BEARER);
        assertThat(filtered.json().get("calls")).allSatisfy(c ->
                assertThat(c.get("status").asText()).isEqualTo(completed));
        assertThat(http.get(base + "/calls?startDate=2026-03-03", AUTH, BEARER).json().get("total").asInt()).isZero();
        assertThat(http.get(base + "/call/unknown", AUTH, BEARER).status()).isEqualTo(404);
    }
}
