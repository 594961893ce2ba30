package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteeSandboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().clock(clock).routeeTokenLifetime(Duration.ofMinutes(10)).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Answer token(String id, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.authUrl(ProviderId.ROUTEE) + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    }

    private String token() throws Exception {
        return token(SandboxCredentials.ROUTEE_APPLICATION_ID, SandboxCredentials.ROUTEE_APPLICATION_SECRET)
                .json().get("access_token").asText();
    }

    static Map<String, Object> campaign(List<String> to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", "573001112233");
        body.put("to", to);
        body.put("campaignName", "Recordatorio marzo");
        body.put("message", Map.of("text", "Hola, su pago vence mañana.", "gender", "female", "language", "es-LA"));
        return body;
    }

    private Answer send(String token, Map<String, Object> body) throws Exception {
        return http.postJson(sandbox.baseUrl(ProviderId.ROUTEE) + "/voice/campaign", SandboxHttp.json(body),
                "Authorization", "Bearer " + token);
    }

    @Test
    void wrongApplicationCredentialsGet401() throws Exception {
        Answer a = token(SandboxCredentials.ROUTEE_APPLICATION_ID, "wrong");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().has("access_token")).isFalse();
    }

    @Test
    void tokenExpiresWithTheInjectedClock() throws Exception {
        Answer issued = token(SandboxCredentials.ROUTEE_APPLICATION_ID, SandboxCredentials.ROUTEE_APPLICATION_SECRET);
        String token = issued.json().get("access_token").asText();

        assertThat(issued.json().get("expires_in").asLong()).isEqualTo(600);
        assertThat(send(token, campaign(List.of("+573001234567"))).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        Answer expired = send(token, campaign(List.of("+573001234567")));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("developerMessage").asText()).contains("expired");
        assertThat(send("made-up", campaign(List.of("+573001234567"))).status()).isEqualTo(401);
        assertThat(send(token(), campaign(List.of("+573001234567"))).status()).isEqualTo(200);
        assertThat(sandbox.campaignsCreated(ProviderId.ROUTEE)).isEqualTo(2);
    }

    @Test
    void campaignIsValidated() throws Exception {
        String token = token();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("+57300" + (1_000_000 + i));
        }
        Map<String, Object> shortName = campaign(List.of("+573001234567"));
        shortName.put("campaignName", "X");
        Map<String, Object> both = campaign(List.of("+573001234567"));
        both.put("fileURL", "https://example.com/a.wav");
        Map<String, Object> language = campaign(List.of("+573001234567"));
        language.put("message", Map.of("text", "Hola", "language", "xx-XX"));

        Answer tooMany = send(token, campaign(many));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("code").asText()).hasSize(9);
        assertThat(tooMany.json().get("errors").get(0).get("property").asText()).isEqualTo("to");
        assertThat(send(token, shortName).json().get("developerMessage").asText()).contains("campaignName");
        assertThat(send(token, both).status()).isEqualTo(400);
        assertThat(send(token, language).json().get("developerMessage").asText()).contains("xx-XX");
        assertThat(sandbox.campaignsCreated(ProviderId.ROUTEE)).isZero();
    }

    @Test
    void trackingMovesFromQueuedToRingingToAFinalStatusPerNumber() throws Exception {
        String token = token();
        List<String> numbers = List.of("+573001234560", "+573001234561", "+573001234562", "+573001234563",
                "+573001234564", "+573001234565", "+573001234566", "+573001234567", "+573001234568",
                "+573001234569", "+573001234570", "+573001234571");
        Answer sent = send(token, campaign(numbers));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("state").asText()).isEqualTo("Queued");
        String trackingId = sent.json().get("trackingId").asText();
        String url = sandbox.baseUrl(ProviderId.ROUTEE) + "/voice/tracking/campaign/" + trackingId;

        assertThat(statuses(url + "?page=0&size=100", token)).containsOnly("Queued");
        clock.advance(Duration.ofSeconds(30));
        assertThat(statuses(url + "?page=0&size=100", token)).containsOnly("Ringing");
        clock.advance(Duration.ofSeconds(30));
        Answer done = http.get(url + "?page=0&size=100", "Authorization", "Bearer " + token);
        for (JsonNode m : done.json().get("content")) {
            String to = m.get("to").asText();
            String expected = switch (SandboxOutcomes.outcomeOf(to)) {
                case ANSWERED, VOICEMAIL -> "Completed";
                case NO_ANSWER -> "NoAnswer";
                case BUSY -> "Busy";
                case FAILED -> "Failed";
            };
            assertThat(m.get("status").asText()).as(to).isEqualTo(expected);
            assertThat(m.get("duration").asInt()).isEqualTo(SandboxOutcomes.durationSeconds(to));
            assertThat(m.get("price").decimalValue().signum() > 0).isEqualTo(m.get("duration").asInt() > 0);
        }
        assertThat(statuses(url + "?page=0&size=100", token)).contains("Completed").hasSize(12);

        Answer page = http.get(url + "?page=1&size=5", "Authorization", "Bearer " + token);
        assertThat(page.json().get("content")).hasSize(5);
        assertThat(page.json().get("totalElements").asInt()).isEqualTo(12);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.json().get("content").get(0).get("to").asText()).isEqualTo(numbers.get(5));
        assertThat(http.get(sandbox.baseUrl(ProviderId.ROUTEE) + "/voice/tracking/campaign/nope",
                "Authorization", "Bearer " + token).status()).isEqualTo(404);
    }

    private List<String> statuses(String url, String token) throws Exception {
        List<String> out = new ArrayList<>();
        http.get(url, "Authorization", "Bearer " + token).json().get("content")
                .forEach(m -> out.add(m.get("status").asText()));
        return out;
    }

    @Test
    void outcomesAreDeterministicPerNumberWhateverItsFormatting() {
        assertThat(SandboxOutcomes.outcomeOf("+57 300 123 4567")).isEqualTo(SandboxOutcomes.outcomeOf("573001234567"));
        int[] buckets = new int[10];
        for (int i = 0; i < 10_000; i++) {
            buckets[SandboxOutcomes.bucket("+57300" + (1_000_000 + i))]++;
        }
        assertThat(java.util.Arrays.stream(buckets).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(800, 1200));
    }
}
