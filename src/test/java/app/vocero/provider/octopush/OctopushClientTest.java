package app.vocero.provider.octopush;

import static app.vocero.provider.octopush.OctopushFixtures.body;
import static app.vocero.provider.octopush.OctopushFixtures.draft;
import static app.vocero.provider.octopush.OctopushFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reply fixtures under {@code replies/}: {@code success.json} and {@code bad-request.json} are the document's own
 * examples; the document gives 401 and 403 without a body, so {@code unauthorized.json} is the {@code {code,
 * message}} shape of the 400 body; {@code bad-request-two-fields.json} has two field errors, one with an indexed
 * field name.
 */
class OctopushClientTest {

    private static final String BASE = "https://api.octopush.com";
    private final OctopushClient client = new OctopushClient();
    private final Account account = new Account("principal", ProviderId.OCTOPUSH, BASE, null, "ana@empresa.co",
            "keyring", false, Instant.parse("2025-03-01T12:00:00Z"));

    @Test
    void credentialsAreTheKeyAndTheLoginEmail() {
        assertThat(client.id()).isEqualTo(ProviderId.OCTOPUSH);
        assertThat(client.credentials(account, "k-123")).containsExactly(
                Map.entry("apiKey", "k-123"), Map.entry("apiLogin", "ana@empresa.co"));
        assertThat(client.login(account, BASE)).isEmpty();
    }

    @Test
    void sendFramesAreRepeatableByTheirRequestId() {
        List<PlannedRequest> frames = new OctopushPlan().requests(input(draft(), OctopushFixtures.numbered(501)), BASE);

        for (PlannedRequest frame : frames) {
            String sent = body(frame).get("request_id").asText();
            assertThat(client.isRepeatable(frame)).isTrue();
            assertThat(client.idempotencyKey(frame)).hasValue(sent);
        }
        assertThat(client.idempotencyKey(frames.get(0))).isNotEqualTo(client.idempotencyKey(frames.get(1)));
    }

    @Test
    void aRequestWithoutRequestIdIsNotRepeatable() {
        PlannedRequest bare = new PlannedRequest("voice-campaign/send 1/1", "POST", BASE + OctopushPayloads.PATH,
                OctopushPayloads.headers(), "application/json",
                RequestBody.of("{\"text\":\"x\",\"recipients\":[{\"phone_number\":\"+573001234567\"}]}"), 1);

        assertThat(client.isRepeatable(bare)).isFalse();
        assertThat(client.idempotencyKey(bare)).isEmpty();
    }

    @Test
    void successIsAcceptedWithTheTicketAndTheRequestIdSent() {
        PlannedRequest frame = new OctopushPlan().requests(input(draft(), OctopushFixtures.threeContacts()), BASE).get(0);
        String sent = body(frame).get("request_id").asText();

        Reply reply = client.read(frame, 201, reply("success.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.ids()).containsExactly(
                Map.entry("ticket_number", "voice_5f44ebf9e47b7"),
                Map.entry("number_of_contacts", 1),
                Map.entry("total_cost", 0.05),
                Map.entry("estimated_duration", 30),
                Map.entry("residual_credit", 149.95),
                Map.entry("request_id", sent));
        assertThat(reply.secrets()).isEmpty();
        assertThat(reply.code()).isNull();
    }

    @Test
    void theDocumentedBadRequestNamesTheFieldInBothLanguages() {
        Reply reply = client.read(frame(), 400, reply("bad-request.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("442");
        assertThat(reply.english()).startsWith("voice_language: ").contains("es-LA", "Voice language not supported.");
        assertThat(reply.spanish()).startsWith("voice_language: ").contains("Octopush no tiene voz para este idioma",
                "Voice language not supported.");
        assertThat(reply.ids()).isEmpty();
        assertThat(reply.secrets()).isEmpty();
    }

    @Test
    void aRepeatedRequestIdIsAlreadyReceivedNeverRejected() {
        byte[] body = ("{\"code\": 400, \"message\": \"Payload validation error.\", \"errors\": {\"request_id\": "
                + "{\"code\": 440, \"message\": \"already used\"}}}").getBytes(StandardCharsets.UTF_8);

        Reply reply = client.read(frame(), 400, body);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ALREADY_RECEIVED);
        assertThat(reply.ids()).containsKey("request_id");
        assertThat(reply.spanish()).contains("ya tenía esta trama");
    }

    @Test
    void aRequestIdErrorBesideOtherFieldErrorsIsAnOrdinaryRejection() {
        byte[] body = ("{\"code\": 400, \"errors\": {\"request_id\": {\"code\": 440}, \"text\": {\"code\": 431}}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(client.read(frame(), 400, body).kind()).isEqualTo(Reply.Kind.REJECTED);
    }

    @Test
    void framesAreResentOnlyWithinOctopushsMemoryAndCarryTheirTicketNumber() {
        assertThat(client.deduplicationWindow()).contains(java.time.Duration.ofHours(23));
        assertThat(client.createdIdName(frame())).contains("ticket_number");
        assertThat(client.notProcessedStatuses()).containsExactly(429);
    }

    @Test
    void everyFieldErrorGetsItsAdvice() {
        Reply reply = client.read(frame(), 400, reply("bad-request-two-fields.json"));

        assertThat(reply.code()).isEqualTo("437");
        assertThat(reply.english()).contains("sender: Octopush did not accept the sender",
                "recipients[0].phone_number: Octopush did not accept the recipients",
                "Phone number must be international");
        assertThat(reply.spanish()).contains("sender: Octopush no aceptó el remitente",
                "recipients[0].phone_number: Octopush no aceptó los destinatarios");
    }

    @Test
    void unauthorizedAndForbiddenAreRejectedNotRenewed() {
        Reply unauthorized = client.read(frame(), 401, reply("unauthorized.json"));
        assertThat(unauthorized.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(unauthorized.code()).isEqualTo("401");
        assertThat(unauthorized.english()).contains("API key", "API login", "wrong api-login or api-key");
        assertThat(unauthorized.spanish()).contains("API key", "API login", "credenciales");

        Reply forbidden = client.read(frame(), 403, new byte[0]);
        assertThat(forbidden.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(forbidden.code()).isEqualTo("403");
        assertThat(forbidden.english()).contains("Voice SMS", "api-login", "api-key");
        assertThat(forbidden.spanish()).contains("Voice SMS", "api-login", "api-key");
    }

    @Test
    void noWholeBodyAndOnlyAShortProviderMessageIsQuoted() {
        String longMessage = "x".repeat(500);
        byte[] body = ("{\"code\":500,\"message\":\"" + longMessage + "\",\"trace\":\"secret-stack\"}")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = client.read(frame(), 500, body);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("500");
        assertThat(reply.english()).doesNotContain("secret-stack").doesNotContain(longMessage)
                .contains("x".repeat(100), "same request id");
        assertThat(reply.spanish()).contains("Espere unos minutos");
        assertThat(client.read(frame(), 502, "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8)).english())
                .doesNotContain("html");
    }

    @Test
    void connectionTestIsASimulatedOneRecipientSend() {
        PlannedRequest test = client.connectionTest(account, BASE + "/").orElseThrow();

        assertThat(test.method()).isEqualTo("POST");
        assertThat(test.url()).isEqualTo("https://api.octopush.com/v1/public/voice-campaign/send");
        assertThat(test.headers()).containsEntry("api-key", "{{secret:apiKey}}")
                .containsEntry("api-login", "{{secret:apiLogin}}");
        JsonNode body = body(test);
        assertThat(body.get("simulation_mode").asBoolean()).isTrue();
        assertThat(body.get("recipients")).hasSize(1);
        assertThat(body.get("recipients").get(0).get("phone_number").asText()).isEqualTo("+33600000000");
        assertThat(body.get("text").asText()).isEqualTo("Vocero connection test");
        assertThat(body.get("type").asText()).isEqualTo("voice_sms");
        assertThat(body.get("purpose").asText()).isEqualTo("alert");
        assertThat(client.isRepeatable(test)).isTrue();
        assertThat(client.read(test, 201, reply("success.json")).kind()).isEqualTo(Reply.Kind.ACCEPTED);
    }

    @Test
    void noTrackingApiSaysWhereResultsAre() {
        assertThat(client.trackingRequests(BASE, List.of(Map.of("ticket_number", "voice_5f44ebf9e47b7")))).isEmpty();
        assertThat(client.noTrackingReason()).hasValueSatisfying(reason -> {
            assertThat(reason).hasSize(2);
            assertThat(reason[0]).contains("webhook", "web interface");
            assertThat(reason[1]).contains("webhook", "interfaz web");
        });
    }

    private static PlannedRequest frame() {
        return new OctopushPlan().requests(input(draft(), OctopushFixtures.threeContacts()), BASE).get(0);
    }

    static byte[] reply(String name) {
        try (InputStream in = OctopushClientTest.class.getResourceAsStream("replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
