package app.vocero.provider.smartflo;

import static app.vocero.provider.smartflo.SmartfloFixtures.draft;
import static app.vocero.provider.smartflo.SmartfloFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Tracking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reply fixtures under {@code replies/}. The document only says an answer has {@code success} and {@code message};
 * the id fields ({@code list_id}, {@code batch_id}, {@code id}, {@code broadcast_id}), the login's
 * {@code access_token} and the lead page ({@code data: [{field_0, dial_status, call_count, retry_count}]}) follow
 * NOTES.md and are readings.
 */
class SmartfloClientTest {

    private static final String BASE = "https://api-smartflo.tatateleservices.com";
    private static final Instant CREATED = Instant.parse("2025-03-01T12:00:00Z");

    private final SmartfloClient client = new SmartfloClient();
    private final Account staticToken = new Account("tata", ProviderId.SMARTFLO, BASE, null, null, "keyring", false,
            CREATED);
    private final Account withEmail = new Account("tata-login", ProviderId.SMARTFLO, BASE + "/", null,
            "ops@callcenter.co", "keyring", false, CREATED);

    @Test
    void credentialsAreTheStaticTokenOrTheEmailAndPassword() {
        assertThat(client.id()).isEqualTo(ProviderId.SMARTFLO);
        assertThat(client.credentials(staticToken, "static-123")).containsExactly(Map.entry("token", "static-123"));
        assertThat(client.credentials(withEmail, "pw-456")).containsExactly(
                Map.entry("email", "ops@callcenter.co"), Map.entry("password", "pw-456"));
    }

    @Test
    void loginRequestHoldsOnlyPlaceholders() {
        assertThat(client.login(staticToken, BASE)).isEmpty();

        List<PlannedRequest> login = client.login(withEmail, withEmail.baseUrl());

        assertThat(login).hasSize(1);
        PlannedRequest request = login.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo(BASE + "/v1/auth/login");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.headers()).doesNotContainKey("Authorization");
        assertThat(text(request)).isEqualTo("{\"email\":\"{{secret:email}}\",\"password\":\"{{secret:password}}\"}");
        assertThat(text(request)).doesNotContain("ops@callcenter.co");
        assertThat(client.isRepeatable(request)).isTrue();
        assertThat(client.idempotencyKey(request)).isEmpty();
    }

    @Test
    void loginReplyIsATokenSecretOnly() {
        PlannedRequest login = client.login(withEmail, BASE).get(0);

        Reply reply = client.read(login, 200, reply("login.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.secrets()).containsExactly(Map.entry("token", "eyJhbGciOiJIUzI1NiJ9.sample-login-token"));
        assertThat(reply.ids()).isEmpty();

        Reply wrong = client.read(login, 401, reply("login-rejected.json"));
        assertThat(wrong.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(wrong.code()).isEqualTo("401");
        assertThat(wrong.english()).contains("e-mail and password", "Invalid email or password");
        assertThat(wrong.spanish()).contains("correo y la contraseña");
    }

    @Test
    void creationStepsAreNotRepeatableAndCarryTheirIds() {
        List<PlannedRequest> plan = plan();
        assertThat(plan).extracting(PlannedRequest::step)
                .containsExactly("broadcast/list", "broadcast/leads 1/1", "timegroup", "broadcast");
        assertThat(plan).noneMatch(client::isRepeatable);

        Reply list = client.read(plan.get(0), 200, reply("list.json"));
        assertThat(list.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(list.ids()).containsExactly(Map.entry("listId", "1001"));
        assertThat(list.secrets()).isEmpty();
        assertThat(client.read(plan.get(0), 201, reply("list-data-id.json")).ids())
                .containsExactly(Map.entry("listId", "2002"));

        assertThat(client.read(plan.get(1), 200, reply("leads.json")).ids()).containsExactly(Map.entry("batchId", "1005"));
        assertThat(client.read(plan.get(2), 200, reply("timegroup.json")).ids())
                .containsExactly(Map.entry("timeGroupId", "1006"));
        Reply broadcast = client.read(plan.get(3), 200, reply("broadcast.json"));
        assertThat(broadcast.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(broadcast.ids()).containsExactly(Map.entry("broadcastId", "1007"),
                Map.entry("message", "Broadcast created successfully"));
    }

    @Test
    void aListWithoutIdStopsTheCampaign() {
        Reply reply = client.read(plan().get(0), 200, reply("list-without-id.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("smartflo.no_id");
        assertThat(reply.english()).contains("lead list", "no id");
        assertThat(reply.spanish()).contains("lista de contactos", "no trae id");
    }

    @Test
    void successFalseInAnOkAnswerIsRejectedWithSmartflosMessage() {
        Reply reply = client.read(plan().get(3), 200, reply("failure.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("success:false");
        assertThat(reply.english()).contains("this step failed", "caller id number is not assigned", "[broadcast]");
        assertThat(reply.spanish()).contains("este paso falló", "caller id number is not assigned");
        assertThat(reply.ids()).isEmpty();

        Reply bad = client.read(plan().get(2), 400, reply("failure.json"));
        assertThat(bad.code()).isEqualTo("400");
        assertThat(bad.spanish()).contains("Smartflo rechazó los datos");
    }

    @Test
    void unauthorizedAfterALoginAsksToLogInAgain() {
        client.read(client.login(withEmail, BASE).get(0), 200, reply("login.json"));

        Reply reply = client.read(plan().get(1), 401, reply("unauthorized-expired.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.UNAUTHORIZED);
        assertThat(reply.code()).isEqualTo("401");
        assertThat(reply.english()).contains("logs in again", "Token has expired");
        assertThat(reply.spanish()).contains("inicia sesión de nuevo");
        assertThat(reply.secrets()).isEmpty();
    }

    @Test
    void unauthorizedWithAStaticTokenIsRejected() {
        Reply reply = client.read(plan().get(0), 401, reply("unauthorized-static.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("401");
        assertThat(reply.english()).contains("Check the API token", "Unauthenticated");
        assertThat(reply.spanish()).contains("Revise el token de API");
    }

    @Test
    void onlyAShortMessageIsQuoted() {
        byte[] body = ("{\"success\":false,\"message\":\"" + "m".repeat(400) + "\",\"debug\":\"sql secret\"}")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = client.read(plan().get(0), 500, body);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("500");
        assertThat(reply.english()).doesNotContain("sql secret").doesNotContain("m".repeat(400)).contains("m".repeat(100));
    }

    @Test
    void connectionTestLogsInOrReadsTheLists() {
        PlannedRequest withLogin = client.connectionTest(withEmail, BASE).orElseThrow();
        assertThat(withLogin.url()).isEqualTo(BASE + "/v1/auth/login");
        assertThat(text(withLogin)).contains("{{secret:email}}", "{{secret:password}}");

        PlannedRequest read = client.connectionTest(staticToken, BASE).orElseThrow();
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.url()).isEqualTo(BASE + "/v1/broadcast/lists");
        assertThat(read.headers()).containsEntry("Authorization", "Bearer {{secret:token}}");
        assertThat(read.body()).isSameAs(RequestBody.EMPTY);
        assertThat(client.isRepeatable(read)).isTrue();
        assertThat(client.read(read, 200, "{\"success\":true,\"data\":[]}".getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo(Reply.Kind.ACCEPTED);
    }

    @Test
    void trackingReadsTheLeadsOfEachAcceptedList() {
        List<PlannedRequest> requests = client.trackingRequests(BASE + "/", List.of(
                Map.of("listId", "1001"), Map.of("batchId", "1005"), Map.of("listId", "1001"),
                Map.of("timeGroupId", "1006"), Map.of("broadcastId", "1007"), Map.of("listId", "2002")));

        assertThat(requests).extracting(PlannedRequest::url).containsExactly(
                BASE + "/v1/broadcast/leads/1001", BASE + "/v1/broadcast/leads/2002");
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.body()).isSameAs(RequestBody.EMPTY);
            assertThat(request.records()).isZero();
            assertThat(request.headers()).containsEntry("Authorization", "Bearer {{secret:token}}");
            assertThat(client.isRepeatable(request)).isTrue();
        });
        assertThat(client.noTrackingReason()).isEmpty();
    }

    @Test
    void readTrackingCountsDialStatusesAndIsIncompleteWhileALeadIsNew() {
        Tracking tracking = client.readTracking(List.of(reply("leads-status.json")));

        assertThat(tracking.counts()).containsExactly(
                Map.entry("Message played", 1L), Map.entry("No answer", 2L), Map.entry("Busy", 1L),
                Map.entry("New", 1L));
        assertThat(tracking.outcomes()).hasSize(5);
        assertThat(tracking.outcomes().get("+573109876543")).containsExactly("No answer", "call_count 3, retry_count 2");
        assertThat(tracking.outcomes().get("+5215512345678")).containsExactly("Busy", "call_count 1, retry_count 0");
        assertThat(tracking.outcomes().get("+573000000004")[0]).isEqualTo("New");
        assertThat(tracking.complete()).isFalse();
    }

    @Test
    void readTrackingIsCompleteWhenNoLeadIsPending() {
        Tracking tracking = client.readTracking(List.of(reply("leads-status-complete.json")));

        assertThat(tracking.counts()).containsExactly(Map.entry("Message played", 1L), Map.entry("Failed", 1L));
        assertThat(tracking.outcomes().get("+573002222222")).containsExactly("Failed", "call_count 3, retry_count 2");
        assertThat(tracking.complete()).isTrue();

        Tracking both = client.readTracking(List.of(reply("leads-status-complete.json"), reply("failure.json")));
        assertThat(both.counts()).containsEntry("Failed", 1L);
        assertThat(both.complete()).as("one list unreadable").isFalse();
        assertThat(client.readTracking(List.of()).complete()).isFalse();
    }

    @Test
    void aPartialPageLeavesTheTrackingIncomplete() {
        byte[] page = ("{\"success\":true,\"data\":{\"current_page\":1,\"last_page\":3,\"data\":["
                + "{\"field_0\":\"573001111111\",\"dial_status\":2,\"call_count\":1,\"retry_count\":0}]}}")
                .getBytes(StandardCharsets.UTF_8);

        Tracking tracking = client.readTracking(List.of(page));

        assertThat(tracking.counts()).containsExactly(Map.entry("Message played", 1L));
        assertThat(tracking.outcomes()).containsOnlyKeys("+573001111111");
        assertThat(tracking.complete()).isFalse();
    }

    @Test
    void plannedLoginAlsoMakesA401Renewable() {
        client.login(withEmail, BASE);

        assertThat(client.read(plan().get(3), 401, reply("unauthorized-expired.json")).kind())
                .isEqualTo(Reply.Kind.UNAUTHORIZED);
        assertThat(new SmartfloClient().read(plan().get(3), 401, reply("unauthorized-expired.json")).kind())
                .isEqualTo(Reply.Kind.REJECTED);
    }

    private List<PlannedRequest> plan() {
        return new SmartfloPlan().requests(input(draft(), SmartfloFixtures.threeContacts()), BASE);
    }

    private static String text(PlannedRequest request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            request.body().writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] reply(String name) {
        try (InputStream in = SmartfloClientTest.class.getResourceAsStream("replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
