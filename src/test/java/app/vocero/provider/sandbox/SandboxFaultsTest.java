package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String meetzyCampaign() {
        return SandboxHttp.json(Map.of("playbook_id", SandboxCredentials.MEETZY_PLAYBOOK_ID,
                "contacts", List.of(Map.of("phone", "+573001234567"))));
    }

    private HttpRequest meetzyRequest(Duration timeout) {
        return SandboxHttp.postJsonRequest(sandbox.baseUrl(ProviderId.MEETZY) + "/campaign", meetzyCampaign(),
                "Authorization", "Bearer " + SandboxCredentials.MEETZY_TOKEN).timeout(timeout).build();
    }

    @Test
    void bindsToLoopbackOnly() {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.baseUrl(ProviderId.SMARTFLO)).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/smartflo");
        assertThat(sandbox.authUrl(ProviderId.ROUTEE)).isEqualTo("http://127.0.0.1:" + sandbox.port()
                + "/routee-auth");
    }

    @Test
    void delayMakesTheClientTimeOutButTheRequestIsStillProcessed() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.delay(Duration.ofMillis(1500)));

        assertThatThrownBy(() -> http.send(meetzyRequest(Duration.ofMillis(300))))
                .isInstanceOf(HttpTimeoutException.class);
        Thread.sleep(1800);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isEqualTo(1);
        assertThat(sandbox.faults().pending(ProviderId.MEETZY)).isZero();
        assertThat(http.send(meetzyRequest(Duration.ofSeconds(5))).status()).isEqualTo(202);
    }

    @Test
    void statusFaultAnswersWithoutProcessingThenIsConsumed() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.status(503))
                .next(ProviderId.MEETZY, Fault.status(500, "{\"error\":\"boom\"}"));

        Answer first = http.send(meetzyRequest(Duration.ofSeconds(5)));
        Answer second = http.send(meetzyRequest(Duration.ofSeconds(5)));
        Answer third = http.send(meetzyRequest(Duration.ofSeconds(5)));

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.raw().body()).isEmpty();
        assertThat(second.status()).isEqualTo(500);
        assertThat(second.json().get("error").asText()).isEqualTo("boom");
        assertThat(third.status()).isEqualTo(202);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isEqualTo(1);
        assertThat(sandbox.requests(ProviderId.MEETZY)).hasSize(3);
    }

    @Test
    void tooManyRequestsSendsRetryAfterInSeconds() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.tooManyRequests(Duration.ofMillis(2500)));

        Answer a = http.send(meetzyRequest(Duration.ofSeconds(5)));

        assertThat(a.status()).isEqualTo(429);
        assertThat(a.header("Retry-After")).isEqualTo("3");
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isZero();
    }

    @Test
    void dropConnectionIsAnIoErrorAndCreatesNothing() {
        sandbox.faults().next(ProviderId.MEETZY, Fault.dropConnection());
        HttpClient fresh = HttpClient.newHttpClient();

        assertThatThrownBy(() -> fresh.send(meetzyRequest(Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isZero();
        assertThat(sandbox.requests(ProviderId.MEETZY)).hasSize(1);
    }

    @Test
    void acceptThenDropIsAnIoErrorButTheCampaignExists() {
        sandbox.faults().next(ProviderId.MEETZY, Fault.acceptThenDrop());
        HttpClient fresh = HttpClient.newHttpClient();

        assertThatThrownBy(() -> fresh.send(meetzyRequest(Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isEqualTo(1);
    }

    @Test
    void faultsMatchProviderAndPathPrefix() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, "/calls", Fault.status(502));

        Answer campaign = http.send(meetzyRequest(Duration.ofSeconds(5)));
        Answer octopus = http.postJson(sandbox.baseUrl(ProviderId.OCTOPUSH) + "/v1/public/voice-campaign/send",
                "{}", "api-login", "x", "api-key", "y");
        Answer calls = http.get(sandbox.baseUrl(ProviderId.MEETZY) + "/calls",
                "Authorization", "Bearer " + SandboxCredentials.MEETZY_TOKEN);

        assertThat(campaign.status()).isEqualTo(202);
        assertThat(octopus.status()).isEqualTo(401);
        assertThat(calls.status()).isEqualTo(502);
        assertThat(sandbox.faults().pending(ProviderId.MEETZY)).isZero();
    }

    @Test
    void resetForgetsCampaignsRequestsAndFaults() throws Exception {
        http.send(meetzyRequest(Duration.ofSeconds(5)));
        sandbox.faults().next(ProviderId.SAEM, Fault.status(503));

        sandbox.reset();

        assertThat(sandbox.campaignsCreated(ProviderId.MEETZY)).isZero();
        assertThat(sandbox.requests(ProviderId.MEETZY)).isEmpty();
        assertThat(sandbox.faults().pending(ProviderId.SAEM)).isZero();
    }

    @Test
    void bodiesOverTheLimitAre413AndUnknownPrefixes404() throws Exception {
        try (SandboxServer small = SandboxServer.builder().maxBodyBytes(1000).start()) {
            Answer big = http.postJson(small.baseUrl(ProviderId.MEETZY) + "/campaign", "x".repeat(5000));
            Answer unknown = http.get("http://127.0.0.1:" + small.port() + "/nobody/here");

            assertThat(big.status()).isEqualTo(413);
            assertThat(unknown.status()).isEqualTo(404);
        }
    }

    @Test
    void closeStopsListening() {
        String url = sandbox.baseUrl(ProviderId.MEETZY) + "/calls";
        sandbox.close();

        assertThatThrownBy(() -> http.get(url)).isInstanceOf(IOException.class);
    }
}
