package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OctopushSandboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0, clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static Map<String, Object> body(int recipients) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            list.add(Map.of("phone_number", "+57300" + (1_000_000 + i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipients", list);
        body.put("text", "Hola, su pago vence mañana.");
        body.put("type", "voice_sms");
        body.put("purpose", "alert");
        body.put("sender", "Vocero");
        body.put("voice_language", "es-LA");
        body.put("voice_gender", "female");
        return body;
    }

    private Answer send(Map<String, Object> body, String login, String key) throws Exception {
        return http.postJson(sandbox.baseUrl(ProviderId.OCTOPUSH) + "/v1/public/voice-campaign/send",
                SandboxHttp.json(body), "api-login", login, "api-key", key);
    }

    private Answer send(Map<String, Object> body) throws Exception {
        return send(body, SandboxCredentials.OCTOPUSH_LOGIN, SandboxCredentials.OCTOPUSH_API_KEY);
    }

    @Test
    void sendsAndAnswersTheTicket() throws Exception {
        Answer a = send(body(3));

        assertThat(a.status()).isBetween(200, 201);
        assertThat(a.json().get("ticket_number").asText()).startsWith("voice_");
        assertThat(a.json().get("number_of_contacts").asInt()).isEqualTo(3);
        assertThat(a.json().get("total_cost").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(a.json().get("residual_credit").decimalValue()).isEqualByComparingTo("149.85");
        assertThat(a.json().get("estimated_duration").asInt()).isPositive();
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(1);
    }

    @Test
    void wrongCredentialsGet401() throws Exception {
        assertThat(send(body(1), SandboxCredentials.OCTOPUSH_LOGIN, "wrong").status()).isEqualTo(401);
        assertThat(send(body(1), "other@vocero.app", SandboxCredentials.OCTOPUSH_API_KEY).status()).isEqualTo(401);
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isZero();
    }

    @Test
    void invalidPayloadGetsTheDocumented400Body() throws Exception {
        Map<String, Object> bad = body(501);
        bad.put("voice_language", "xx-XX");
        bad.put("sender", "ab");
        bad.put("text", "");

        Answer a = send(bad);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("code").asInt()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).isEqualTo("Payload validation error.");
        assertThat(a.json().get("errors").get("voice_language").get("code").asInt()).isEqualTo(442);
        assertThat(a.json().get("errors").get("voice_language").get("message").asText())
                .isEqualTo("Voice language not supported.");
        assertThat(a.json().get("errors").has("recipients")).isTrue();
        assertThat(a.json().get("errors").has("sender")).isTrue();
        assertThat(a.json().get("errors").has("text")).isTrue();
        assertThat(send(body(500)).status()).isBetween(200, 201);
    }

    @Test
    void sameRequestIdWithin24HoursIsRefusedAsAValidationErrorAndCreatesNothing() throws Exception {
        Map<String, Object> body = body(2);
        body.put("request_id", "vocero-42-1");

        Answer first = send(body);
        clock.advance(Duration.ofHours(23));
        Answer again = send(body);
        clock.advance(Duration.ofHours(2));
        Answer later = send(body);

        assertThat(first.status()).isBetween(200, 201);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").fieldNames()).toIterable().containsExactly("request_id");
        assertThat(again.json().get("errors").get("request_id").get("code").asInt())
                .isEqualTo(OctopushSandbox.REPEATED_REQUEST_ID_CODE);
        assertThat(later.status()).isBetween(200, 201);
        assertThat(later.json().get("ticket_number").asText()).isNotEqualTo(first.json().get("ticket_number").asText());
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(2);
    }

    @Test
    void aReplayingSandboxAnswersTheFirstTicketAgain() throws Exception {
        sandbox.close();
        sandbox = SandboxServer.builder().port(0).clock(clock).octopushReplaysRepeats(true).start();
        Map<String, Object> body = body(2);
        body.put("request_id", "vocero-42-1");

        Answer first = send(body);
        clock.advance(Duration.ofHours(23));
        Answer again = send(body);

        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.json().get("ticket_number").asText()).isEqualTo(first.json().get("ticket_number").asText());
        assertThat(again.json().get("residual_credit").decimalValue())
                .isEqualByComparingTo(first.json().get("residual_credit").decimalValue());
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(1);
    }

    @Test
    void simulationModeCreatesNothing() throws Exception {
        Map<String, Object> body = body(2);
        body.put("simulation_mode", true);
        body.put("request_id", "sim-1");

        Answer simulated = send(body);
        body.remove("simulation_mode");
        Answer real = send(body);

        assertThat(simulated.json().get("ticket_number").asText()).startsWith("voice_");
        assertThat(simulated.json().get("residual_credit").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(real.json().get("ticket_number").asText()).isNotEqualTo(simulated.json().get("ticket_number")
                .asText());
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesCreateOneCampaign() throws Exception {
        Map<String, Object> body = body(1);
        body.put("request_id", "parallel-1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> send(body)));
            }
            int created = 0;
            for (java.util.concurrent.Future<Answer> a : answers) {
                Answer answer = a.get();
                if (answer.status() / 100 == 2) {
                    created++;
                } else {
                    assertThat(answer.json().get("errors").has("request_id")).isTrue();
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.campaignsCreated(ProviderId.OCTOPUSH)).isEqualTo(1);
        assertThat(sandbox.requests(ProviderId.OCTOPUSH)).hasSize(16);
    }
}
