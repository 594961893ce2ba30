package app.vocero.provider.meetzy;

import static app.vocero.provider.meetzy.MeetzyInputs.PLAYBOOK;
import static app.vocero.provider.meetzy.MeetzyInputs.draft;
import static app.vocero.provider.meetzy.MeetzyInputs.input;
import static app.vocero.provider.meetzy.MeetzyInputs.options;
import static app.vocero.provider.meetzy.MeetzyInputs.phonesOnly;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.Account;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Tracking;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meetzy's answers, written by hand from document 001 and NOTES.md, read into replies and tracking. */
class MeetzyClientTest {

    private static final String BASE = "https://api.meetzy.io";
    private static final String TOKEN = "mz_live_4f3e2d1c0b";
    private static final Account ACCOUNT = new Account("Meetzy", ProviderId.MEETZY, BASE, null, null, "keyring",
            false, Instant.EPOCH);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-10T15:00:00Z"), ZoneId.of("Europe/Madrid"));

    private final MeetzyClient client = new MeetzyClient(CLOCK);
    private final MeetzyPlan plan = new MeetzyPlan();

    private PlannedRequest immediate() {
        return plan.requests(input(draft(options(), "[]", ""), phonesOnly()), BASE).get(0);
    }

    private PlannedRequest scheduled() {
        String schedule = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T18:00\", \"retries\": 2,"
                + " \"retryAfterMinutes\": [30, 120]}]";
        return plan.requests(input(draft(options(), schedule, ""), phonesOnly()), BASE).get(0);
    }

    private static byte[] reply(String name) {
        try (InputStream in = MeetzyClientTest.class.getResourceAsStream("replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void credentialsAreTheToken() {
        assertThat(client.id()).isEqualTo(ProviderId.MEETZY);
        assertThat(client.credentials(ACCOUNT, TOKEN)).containsExactly(Map.entry("token", TOKEN));
        assertThat(new MeetzyClient().id()).isEqualTo(ProviderId.MEETZY);
    }

    @Test
    void theCampaignIsNeverRepeatedButReadsAre() {
        assertThat(client.isRepeatable(immediate())).isFalse();
        assertThat(client.isRepeatable(client.connectionTest(ACCOUNT, BASE).orElseThrow())).isTrue();
    }

    @Test
    void anImmediateCampaignIsAcceptedWithWhatTrackingNeeds() {
        Reply reply = client.read(immediate(), 202, reply("campaign-202-immediate.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.secrets()).isEmpty();
        assertThat(reply.ids()).containsExactly(
                Map.entry("campaign_id", "a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
                Map.entry("scheduled", false),
                Map.entry("total_contacts", 2),
                Map.entry("playbook_id", PLAYBOOK),
                Map.entry("launch_date", "2025-02-10"),
                Map.entry("end_date", "2025-02-11"));
    }

    @Test
    void aScheduledCampaignTakesItsLaunchDateAndRecallsFromTheRequest() {
        Reply reply = client.read(scheduled(), 202, reply("campaign-202-scheduled.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.ids()).containsEntry("campaign_id", "a1b2c3d4-e5f6-7890-abcd-ef1234567890")
                .containsEntry("scheduled", true)
                .containsEntry("launch_at", "2025-03-01T10:00:00.000Z")
                .containsEntry("total_contacts", 2)
                .containsEntry("scheduled_calls", 2)
                .containsEntry("error_calls", 0)
                .containsEntry("playbook_id", PLAYBOOK)
                .containsEntry("launch_date", "2025-03-01")
                .containsEntry("end_date", "2025-03-03");
    }

    @Test
    void theRequestsFieldsAreReadWhileStreamingThousandsOfContacts() {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE), List.of());
        for (int i = 0; i < 20_000; i++) {
            String national = String.format("6%08d", i);
            builder.add(i + 2, MeetzyInputs.phone("+34" + national), new String[] {national}, new String[0]);
        }
        String schedule = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T18:00\", \"retries\": 1,"
                + " \"retryAfterMinutes\": [2880]}]";
        PlannedRequest request = plan.requests(input(draft(options(), schedule, ""), builder.build()), BASE).get(0);

        MeetzyRequestFields.Fields fields = MeetzyRequestFields.of(request.body());
        assertThat(fields.playbookId()).isEqualTo(PLAYBOOK);
        assertThat(fields.launchAt()).isEqualTo("2025-03-01T10:00:00");
        assertThat(fields.recall()).containsExactly(2880);
        assertThat(client.read(request, 202, reply("campaign-202-scheduled.json")).ids())
                .containsEntry("end_date", "2025-03-04");
    }

    @Test
    void recallAsAnArrayAndFieldsInsideContactsAreNotConfused() {
        RequestBody body = RequestBody.of("{\"contacts\": [{\"phone\": \"+34600123456\", \"launch_at\": \"x\","
                + " \"custom_fields\": {\"playbook_id\": \"other\"}}], \"playbook_id\": \"pb-1\", \"recall\": [30, 60, 120]}");
        MeetzyRequestFields.Fields fields = MeetzyRequestFields.of(body);
        assertThat(fields.playbookId()).isEqualTo("pb-1");
        assertThat(fields.launchAt()).isNull();
        assertThat(fields.recall()).containsExactly(30, 60, 120);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "error-400-campaign.json | 400 | Check the draft's pre-flight | Revise la verificación | Each contact must have a non-empty phone field",
        "error-400-general.json  | 400 | Check the draft's pre-flight | Revise la verificación | VALIDATION_ERROR: playbook_id is required",
        "error-401.json          | 401 | copy it again from Meetzy    | cópielo de nuevo       | UNAUTHORIZED: Invalid or missing token",
        "error-403.json          | 403 | check options.playbook_id    | revise options.playbook_id | Playbook not found or not owned by your account",
        "error-429.json          | 429 | wait a minute                | espere un minuto       | RATE_LIMITED: Too many requests",
        "error-500.json          | 500 | was not created              | no se haya creado      | Internal server error",
    })
    void errorsOfBothShapesAreRejectedWithAdviceAndMeetzysOwnWords(String file, int status, String english,
                                                                   String spanish, String own) {
        Reply reply = client.read(immediate(), status, reply(file));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo(String.valueOf(status));
        assertThat(reply.english()).startsWith(MeetzyErrors.describe(status).english()).contains(english)
                .contains("\"" + own + "\"");
        assertThat(reply.spanish()).startsWith(MeetzyErrors.describe(status).spanish()).contains(spanish)
                .contains("\"" + own + "\"");
        assertThat(reply.ids()).isEmpty();
        assertThat(reply.secrets()).isEmpty();
    }

    @Test
    void a401IsRejectedBecauseAStaticTokenCannotBeRenewed() {
        Reply reply = client.read(immediate(), 401, reply("error-401.json"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.english()).contains("API token");
        assertThat(reply.spanish()).contains("token de la API");
    }

    @Test
    void aSuccessStatusSayingSuccessFalseIsRejected() {
        Reply reply = client.read(immediate(), 200, reply("error-400-general.json"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
    }

    @Test
    void theConnectionTestReadsTodaysCalls() {
        PlannedRequest test = client.connectionTest(ACCOUNT, BASE + "/").orElseThrow();

        assertThat(test.method()).isEqualTo("GET");
        assertThat(test.url()).isEqualTo("https://api.meetzy.io/calls?startDate=2025-02-10&endDate=2025-02-10");
        assertThat(test.headers()).containsExactly(Map.entry("Authorization", "Bearer {{secret:token}}"));
        assertThat(test.body()).isSameAs(RequestBody.EMPTY);
        assertThat(test.records()).isZero();
        assertThat(client.read(test, 200, "[]".getBytes()).kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(client.read(test, 401, reply("error-401.json")).kind()).isEqualTo(Reply.Kind.REJECTED);
    }

    @Test
    void trackingAsksForThePlaybooksCallsFromLaunchToEndDate() {
        Map<String, Object> ids = client.read(scheduled(), 202, reply("campaign-202-scheduled.json")).ids();
        List<PlannedRequest> requests = client.trackingRequests(BASE, List.of(ids, ids, Map.of("campaign_id", "x")));

        assertThat(requests).hasSize(1);
        PlannedRequest request = requests.get(0);
        assertThat(request.step()).isEqualTo("calls 1/1");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.url()).isEqualTo("https://api.meetzy.io/calls?playbook_id=" + PLAYBOOK
                + "&startDate=2025-03-01&endDate=2025-03-03");
        assertThat(request.headers()).containsExactly(Map.entry("Authorization", "Bearer {{secret:token}}"));
        assertThat(request.body()).isSameAs(RequestBody.EMPTY);
        assertThat(request.records()).isZero();
    }

    @Test
    void callsAreCountedPerStatusWithEachPhonesLatestCall() {
        Tracking tracking = client.readTracking(List.of(reply("calls-mixed.json")));

        assertThat(tracking.counts()).containsEntry("no-answer", 1L).containsEntry("completed", 1L)
                .containsEntry("recall-scheduled", 1L).containsEntry("voicemail", 1L)
                .containsEntry("wrong-phone-format", 1L).containsEntry("ringing", 1L)
                .containsEntry("transcribing", 1L).containsEntry("busy", 0L);
        assertThat(tracking.outcomes().get("+34600123456")).containsExactly("completed", "duration 84 s");
        assertThat(tracking.outcomes().get("+34600987654")).containsExactly("recall-scheduled", "");
        assertThat(tracking.outcomes().get("+34600555111")).containsExactly("voicemail", "duration 21 s");
        assertThat(tracking.outcomes().get("+34600555222")).containsExactly("wrong-phone-format", "");
        assertThat(tracking.outcomes()).hasSize(6);
        assertThat(tracking.complete()).isFalse();
    }

    @Test
    void everyCallFinalIsComplete() {
        Tracking tracking = client.readTracking(List.of(reply("calls-final.json")));
        assertThat(tracking.counts()).containsEntry("closed", 1L).containsEntry("busy", 1L)
                .containsEntry("routed", 1L);
        assertThat(tracking.complete()).isTrue();
    }

    @Test
    void moreCallsThanGivenOrAnUnreadableAnswerIsNotComplete() {
        String partial = "{\"data\": [{\"phone\": \"+34600123456\", \"status\": \"closed\"}], \"total\": 40}";
        assertThat(client.readTracking(List.of(partial.getBytes())).complete()).isFalse();
        assertThat(client.readTracking(List.of("<html>".getBytes())).complete()).isFalse();
        assertThat(client.readTracking(List.of("[]".getBytes())).complete()).isFalse();
    }
}
