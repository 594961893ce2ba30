package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmartfloSandboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();
    private String base;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0, clock);
        base = sandbox.baseUrl(ProviderId.SMARTFLO);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Answer post(String path, Object body, String token) throws Exception {
        return http.postJson(base + path, SandboxHttp.json(body), "Authorization", "Bearer " + token);
    }

    private String login() throws Exception {
        Answer a = http.postJson(base + "/v1/auth/login", SandboxHttp.json(Map.of("email",
                SandboxCredentials.SMARTFLO_EMAIL, "password", SandboxCredentials.SMARTFLO_PASSWORD)));
        assertThat(a.status()).isEqualTo(200);
        return a.json().get("access_token").asText();
    }

    static Map<String, Object> broadcast(long listId, long timeGroup) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "Campaign 1");
        b.put("description", "Details of campaign 1");
        b.put("phone_number_list", listId);
        b.put("destination", "ivr||1234");
        b.put("timeout", "45");
        b.put("concurrent_limit", "5");
        b.put("retry_after_minutes", List.of(30));
        b.put("caller_id_number", "918069000000");
        b.put("numberof retry", "2");
        b.put("start_date_time", "2026-03-02 14:00:00");
        b.put("end_date_time", "2026-03-02 18:00:00");
        b.put("time_group", Long.toString(timeGroup));
        b.put("dialstatus", List.of(1, 2, 3, 4, 5));
        b.put("retry_dialstatus", List.of(1, 3));
        return b;
    }

    @Test
    void wrongLoginAndMissingTokenGet401() throws Exception {
        Answer login = http.postJson(base + "/v1/auth/login", SandboxHttp.json(Map.of("email",
                SandboxCredentials.SMARTFLO_EMAIL, "password", "nope")));
        Answer noToken = http.postJson(base + "/v1/broadcast/list", SandboxHttp.json(Map.of("name", "x")));

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("success").asBoolean()).isFalse();
        assertThat(noToken.status()).isEqualTo(401);
    }

    @Test
    void fullSequenceFromLoginToLeadStatusesAndCallRecords() throws Exception {
        String token = login();
        long list = post("/v1/broadcast/list", Map.of("name", "Marzo", "description", "Cobranza"), token)
                .json().get("list_id").asLong();
        Answer leads = post("/v1/broadcast/leads/" + list, Map.of("duplicate_option", "skip", "data", List.of(
                Map.of("field_0", "919810000001", "field_1", "Asha"),
                Map.of("field_0", "919810000002", "field_1", "Ravi"),
                Map.of("field_0", "919810000001", "field_1", "Asha again"))), token);
        assertThat(leads.json().get("added").asInt()).isEqualTo(2);
        assertThat(leads.json().get("skipped").asInt()).isEqualTo(1);
        long group = post("/v1/timegroup", Map.of("name", "Office", "from_time", List.of("09:00"),
                "to_time", List.of("18:00"), "days", List.of("mon", "tue", "wed", "thu", "fri")), token)
                .json().get("id").asLong();
        Answer created = post("/v1/broadcast", broadcast(list, group), token);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        long broadcast = created.json().get("broadcast_id").asLong();
        assertThat(sandbox.campaignsCreated(ProviderId.SMARTFLO)).isEqualTo(1);

        Answer before = http.get(base + "/v1/broadcast/leads/" + list + "?number=919810000001",
                "Authorization", "Bearer " + token);
        assertThat(before.json().get("data")).singleElement().satisfies(l -> {
            assertThat(l.get("dial_status").asText()).isEqualTo("New");
            assertThat(l.get("call_count").asInt()).isZero();
            assertThat(l.get("field_1").asText()).isEqualTo("Asha");
        });
        clock.advance(Duration.ofMinutes(2));
        Answer after = http.get(base + "/v1/broadcast/leads/" + list, "Authorization", "Bearer " + token);
        assertThat(after.json().get("data")).hasSize(2);
        for (JsonNode l : after.json().get("data")) {
            String expected = SmartfloSandbox.leadStatus(SandboxResponse.object(), l.get("field_0").asText(),
                    SandboxOutcomes.Stage.FINAL).get("dial_status").asText();
            assertThat(l.get("dial_status").asText()).isEqualTo(expected).isNotEqualTo("New");
            assertThat(l.get("call_count").asInt()).isEqualTo(1);
        }
        Answer records = http.get(base + "/v1/call/records?broadcast=" + broadcast
                + "&from_date=2026-03-02%2000:00:00&to_date=2026-03-02%2023:59:59", "Authorization", "Bearer " + token);
        assertThat(records.json().get("count").asInt()).isEqualTo(2);
        assertThat(records.json().get("results").get(0).get("client_number").asText()).isEqualTo("919810000001");
        Answer otherDay = http.get(base + "/v1/call/records?from_date=2026-03-03%2000:00:00",
                "Authorization", "Bearer " + token);
        assertThat(otherDay.json().get("count").asInt()).isZero();
    }

    @Test
    void broadcastFieldsAreValidated() throws Exception {
        String token = SandboxCredentials.SMARTFLO_STATIC_TOKEN;
        long list = post("/v1/broadcast/list", Map.of("name", "L", "description", "d"), token)
                .json().get("list_id").asLong();
        long group = post("/v1/timegroup", Map.of("name", "G", "from_time", List.of("09:00"),
                "to_time", List.of("18:00"), "days", List.of("mon")), token).json().get("id").asLong();

        Map<String, Object> timeout = broadcast(list, group);
        timeout.put("timeout", "39");
        Map<String, Object> retries = broadcast(list, group);
        retries.put("numberof retry", "6");
        Map<String, Object> date = broadcast(list, group);
        date.put("start_date_time", "2026-03-02T14:00:00");
        Map<String, Object> order = broadcast(list, group);
        order.put("end_date_time", "2026-03-02 13:00:00");
        Map<String, Object> destination = broadcast(list, group);
        destination.put("destination", "queue|12");
        Map<String, Object> unknownList = broadcast(999_999, group);

        assertThat(post("/v1/broadcast", timeout, token).json().get("message").asText()).contains("40");
        assertThat(post("/v1/broadcast", retries, token).json().get("message").asText()).contains("numberof retry");
        assertThat(post("/v1/broadcast", date, token).json().get("message").asText()).contains("yyyy-mm-dd");
        assertThat(post("/v1/broadcast", order, token).json().get("message").asText()).contains("before");
        assertThat(post("/v1/broadcast", destination, token).json().get("message").asText()).contains("ivr||");
        assertThat(post("/v1/broadcast", unknownList, token).status()).isEqualTo(404);
        assertThat(post("/v1/broadcast", timeout, token).status()).isEqualTo(400);
        assertThat(sandbox.campaignsCreated(ProviderId.SMARTFLO)).isZero();
        assertThat(post("/v1/broadcast", broadcast(list, group), token).status()).isEqualTo(200);
    }

    @Test
    void loginTokenExpiresAfterAnHour() throws Exception {
        String token = login();
        assertThat(post("/v1/broadcast/list", Map.of("name", "L"), token).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        assertThat(post("/v1/broadcast/list", Map.of("name", "L"), token).status()).isEqualTo(401);
        assertThat(post("/v1/broadcast/list", Map.of("name", "L"), SandboxCredentials.SMARTFLO_STATIC_TOKEN)
                .status()).isEqualTo(200);
    }
}
