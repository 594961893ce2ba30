package app.vocero.provider.routee;

import static app.vocero.provider.routee.RouteeInputs.FROM;
import static app.vocero.provider.routee.RouteeInputs.WAV;
import static app.vocero.provider.routee.RouteeInputs.contacts;
import static app.vocero.provider.routee.RouteeInputs.draft;
import static app.vocero.provider.routee.RouteeInputs.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Reply;
import app.vocero.provider.Tracking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routee's answers, written by hand from document 002 and NOTES.md, read into replies and tracking. */
class RouteeClientTest {

    private static final String BASE = "https://connect.routee.net";
    private static final String TOKEN = "a1b2c3d4-0000-4c5d-9e8f-routee-token-xyz";
    private static final Account ACCOUNT = new Account("Routee", ProviderId.ROUTEE, BASE,
            "https://auth.example.test/oauth/token", "5c9a0e0b2f1d", "keyring", false, Instant.EPOCH);

    private final RouteeClient client = new RouteeClient();
    private final List<PlannedRequest> planned = new RouteePlan().requests(
            input(draft("Cobranza marzo", WAV, FROM, "[]"), contacts(2)), BASE);
    private final PlannedRequest token = planned.get(0);
    private final PlannedRequest campaign = planned.get(1);

    private static byte[] reply(String name) {
        try (InputStream in = RouteeClientTest.class.getResourceAsStream("replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void credentialsAreBase64OfApplicationIdColonSecret() {
        assertThat(client.id()).isEqualTo(ProviderId.ROUTEE);
        assertThat(client.credentials(ACCOUNT, "s3cr3t/ñ"))
                .containsExactly(Map.entry("basicCredentials", "NWM5YTBlMGIyZjFkOnMzY3IzdC/DsQ=="));
    }

    @Test
    void onlyTheTokenRequestIsRepeatable() {
        assertThat(client.isRepeatable(token)).isTrue();
        assertThat(client.isRepeatable(campaign)).isFalse();
    }

    @Test
    void theTokenGoesToSecretsNeverToIds() {
        Reply reply = client.read(token, 200, reply("token-200.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.secrets()).containsExactly(Map.entry("accessToken", TOKEN));
        assertThat(reply.ids()).isEmpty();
        assertThat(reply.code()).isNull();
    }

    @Test
    void aTokenAnswerWithoutTokenIsRejected() {
        Reply reply = client.read(token, 200, "{}".getBytes());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.secrets()).isEmpty();
    }

    @Test
    void aRefusedTokenRequestIsRejectedBecauseTheIdOrSecretIsWrong() {
        Reply reply = client.read(token, 401, reply("token-401.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("401");
        assertThat(reply.english()).contains("application id and secret", "\"Bad credentials\"");
        assertThat(reply.spanish()).contains("id y el secreto de la aplicación", "\"Bad credentials\"");

        Reply invalidClient = client.read(token, 400,
                "{\"error\": \"invalid_client\", \"error_description\": \"Unknown client\"}".getBytes());
        assertThat(invalidClient.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(invalidClient.code()).isEqualTo("400");
        assertThat(invalidClient.english()).contains("application id and secret", "Unknown client");
    }

    @Test
    void anAcceptedCampaignKeepsItsTrackingIdAndSummaryButNotTheNumbers() {
        Reply reply = client.read(campaign, 200, reply("campaign-200.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.secrets()).isEmpty();
        assertThat(reply.ids()).containsEntry("trackingId", "e7f9b1c2-4d3a-4f1e-9a8b-0c1d2e3f4a5b")
                .containsEntry("state", "Queued")
                .containsEntry("campaignName", "Cobranza marzo")
                .containsEntry("cost", 0.084)
                .containsEntry("createdAt", "2025-03-01T15:00:02.123Z")
                .containsEntry("scheduledDate", "2025-03-01T15:00:00Z")
                .containsEntry("statuses", Map.of("Queued", 2, "Completed", 0))
                .containsEntry("numberOfRecipients", 2)
                .doesNotContainKeys("to", "message", "voiceAnalysis");
    }

    @Test
    void anExpiredTokenOnACampaignAsksTheSenderToRenewIt() {
        Reply reply = client.read(campaign, 401, reply("campaign-401.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.UNAUTHORIZED);
        assertThat(reply.code()).isEqualTo("401");
        assertThat(reply.english()).contains("application id and secret");
        assertThat(reply.spanish()).contains("id y el secreto de la aplicación");
        assertThat(reply.ids()).isEmpty();
    }

    @Test
    void routeesCodeAndDeveloperMessageComeWithTheAdvice() {
        Reply reply = client.read(campaign, 400, reply("campaign-400.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("400005000");
        assertThat(reply.english()).startsWith(RouteeErrors.describe(400).english())
                .contains("fix the draft", "400005000: Sender id must be numeric for voice campaigns");
        assertThat(reply.spanish()).startsWith(RouteeErrors.describe(400).spanish())
                .contains("corrija el borrador", "400005000: Sender id must be numeric for voice campaigns");
    }

    @Test
    void theFirstOfAnErrorsArrayIsRead() {
        Reply reply = client.read(campaign, 400, reply("campaign-400-errors.json"));
        assertThat(reply.code()).isEqualTo("400001009");
        assertThat(reply.english()).contains("Invalid recipient");
    }

    @Test
    void documentedStatuses403And404() {
        Reply forbidden = client.read(campaign, 403, reply("campaign-403.json"));
        assertThat(forbidden.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(forbidden.code()).isEqualTo("403000000");
        assertThat(forbidden.english()).contains("not authenticated", "copy the application id and secret again");
        assertThat(forbidden.spanish()).contains("no está autenticado", "copie de nuevo");

        Reply notFound = client.read(campaign, 404, reply("campaign-404.json"));
        assertThat(notFound.code()).isEqualTo("404000000");
        assertThat(notFound.english()).contains("did not find the user");
        assertThat(notFound.spanish()).contains("no encontró el usuario");
    }

    @Test
    void aServerErrorWithoutBodySaysToCheckBeforeSendingAgain() {
        Reply reply = client.read(campaign, 503, "<html>Service Unavailable</html>".getBytes());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("503");
        assertThat(reply.english()).contains("was not created").doesNotContain("<html>");
        assertThat(reply.spanish()).contains("no se haya creado");
    }

    @Test
    void theConnectionTestIsTheTokenRequestToTheAccountsAuthUrl() throws IOException {
        PlannedRequest test = client.connectionTest(ACCOUNT, BASE).orElseThrow();

        assertThat(test.method()).isEqualTo("POST");
        assertThat(test.url()).isEqualTo("https://auth.example.test/oauth/token");
        assertThat(test.headers()).containsExactly(Map.entry("Authorization", "Basic {{secret:basicCredentials}}"));
        assertThat(test.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(test.records()).isZero();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        test.body().writeTo(body);
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("grant_type=client_credentials");
        assertThat(client.isRepeatable(test)).isTrue();

        Account sandbox = new Account("Sandbox Routee", ProviderId.ROUTEE, "sandbox:", "sandbox:", null, "sandbox",
                true, Instant.EPOCH);
        assertThat(client.connectionTest(sandbox, "sandbox:").orElseThrow().url()).isEqualTo("sandbox:");
    }

    @Test
    void oneTrackingRequestPerAcceptedCampaignWithPlaceholdersOnly() {
        List<PlannedRequest> requests = client.trackingRequests(BASE + "/", List.of(
                Map.of("trackingId", "t-1", "state", "Queued"),
                Map.of(),
                Map.of("trackingId", "t-2")));

        assertThat(requests).hasSize(2);
        PlannedRequest first = requests.get(0);
        assertThat(first.step()).isEqualTo("voice/tracking 1/2");
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.url()).isEqualTo("https://connect.routee.net/voice/tracking/campaign/t-1?page=0&size=1000");
        assertThat(first.headers()).containsExactly(Map.entry("Authorization", "Bearer {{secret:accessToken}}"));
        assertThat(first.records()).isZero();
        assertThat(requests.get(1).url()).endsWith("/voice/tracking/campaign/t-2?page=0&size=1000");
        assertThat(requests.get(1).step()).isEqualTo("voice/tracking 2/2");
        assertThat(client.isRepeatable(first)).isTrue();
        assertThat(client.trackingRequests(BASE, List.of())).isEmpty();
    }

    @Test
    void aPageWithMixedStatusesIsCountedAndNotComplete() {
        Tracking tracking = client.readTracking(List.of(reply("tracking-page-mixed.json")));

        assertThat(tracking.counts()).containsEntry("Completed", 1L).containsEntry("NoAnswer", 1L)
                .containsEntry("Ringing", 1L).containsEntry("Busy", 1L).containsEntry("Failed", 1L)
                .containsEntry("Queued", 0L).containsEntry("Unknown", 0L);
        assertThat(tracking.counts().keySet()).containsExactlyElementsOf(RouteeClient.STATUSES);
        assertThat(tracking.outcomes()).hasSize(5);
        assertThat(tracking.outcomes().get("+573001112233")).containsExactly("Completed", "duration 35 s, price 0.042, DTMF 1#");
        assertThat(tracking.outcomes().get("+573004445566")).containsExactly("NoAnswer", "duration 0 s, price 0");
        assertThat(tracking.outcomes().get("+573007778899")).containsExactly("Ringing", "");
        assertThat(tracking.complete()).isFalse();
    }

    @Test
    void everyMessageFinalOnEveryPageIsComplete() {
        Tracking tracking = client.readTracking(List.of(reply("tracking-page-final.json"),
                reply("tracking-page-final.json")));
        assertThat(tracking.counts()).containsEntry("Completed", 2L).containsEntry("Unsent", 2L)
                .containsEntry("Terminated", 2L);
        assertThat(tracking.outcomes()).hasSize(3);
        assertThat(tracking.complete()).isTrue();
    }

    @Test
    void aPageSayingMoreFollowOrAnUnreadableBodyIsNotComplete() {
        String more = "{\"content\": [{\"to\": \"+573001112233\", \"status\": \"Completed\"}], \"last\": false}";
        assertThat(client.readTracking(List.of(more.getBytes())).complete()).isFalse();
        assertThat(client.readTracking(List.of(reply("tracking-page-final.json"), "oops".getBytes())).complete())
                .isFalse();
        assertThat(client.readTracking(List.of()).complete()).isFalse();
        assertThat(client.readTracking(List.of("{\"content\": []}".getBytes())).complete()).isFalse();
    }
}
