package app.vocero.provider.meetzy;

import static app.vocero.provider.meetzy.MeetzyInputs.assertSameJson;
import static app.vocero.provider.meetzy.MeetzyInputs.draft;
import static app.vocero.provider.meetzy.MeetzyInputs.fixture;
import static app.vocero.provider.meetzy.MeetzyInputs.input;
import static app.vocero.provider.meetzy.MeetzyInputs.options;
import static app.vocero.provider.meetzy.MeetzyInputs.phone;
import static app.vocero.provider.meetzy.MeetzyInputs.phonesOnly;
import static app.vocero.provider.meetzy.MeetzyInputs.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Severity;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact requests, against fixtures written by hand from Meetzy's document (examples 5.1 to 5.4). */
class MeetzyPlanTest {

    private final ProviderPlan plan = new MeetzyPlan();

    @Test
    void identity() {
        assertThat(plan.id()).isEqualTo(ProviderId.MEETZY);
        assertThat(plan.defaultBaseUrl()).isEqualTo("https://api.meetzy.io");
        assertThat(plan.maxMessageLength()).isEqualTo(-1);
    }

    @Test
    void minimalImmediateCampaign() throws Exception {
        CampaignInput input = input(draft(options(), "[]", ""), phonesOnly());

        assertThat(plan.check(input)).extracting(f -> f.code()).containsExactly("meetzy.immediate");
        assertThat(plan.providerCampaigns(input)).isEqualTo(1);
        List<PlannedRequest> requests = plan.requests(input, plan.defaultBaseUrl());
        assertThat(requests).hasSize(1);
        PlannedRequest request = requests.get(0);
        assertThat(request.step()).isEqualTo("campaign");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("https://api.meetzy.io/campaign");
        assertThat(request.headers()).containsExactly(Map.entry("Authorization", "Bearer {{secret:token}}"));
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.records()).isEqualTo(2);
        assertSameJson(fixture("minimal.json"), written(request.body()));
    }

    @Test
    void crmFieldsCustomColumnsAndRecall() throws Exception {
        ContactTable contacts = ContactTable.builder(
                        Set.of(ContactField.PHONE, ContactField.NAME, ContactField.LAST_NAME, ContactField.BALANCE,
                                ContactField.EMAIL),
                        List.of("lead_id", "producto_interes", "origen"))
                // field order: PHONE, NAME, LAST_NAME, BALANCE, EMAIL
                .add(2, phone("+34600123456"), new String[] {"600 12 34 56", "Juan", "García", "150000",
                        "juan@example.com"}, new String[] {"ext-12345", "Premium", "web"})
                .add(3, phone("+34600987654"), new String[] {"600987654", "María", "", "", "maria@example.com"},
                        new String[] {"ext-67890", "", "web"})
                .build();
        String schedule = "[{\"start\": \"2025-03-03T09:30\", \"end\": \"2025-03-03T13:00\", \"retries\": 3,"
                + " \"retryAfterMinutes\": [30, 60, 120]}]";
        CampaignInput input = input(draft(options(), schedule, ""), contacts);

        assertThat(plan.check(input)).allMatch(f -> f.severity() == Severity.INFO);
        PlannedRequest request = plan.requests(input, "https://sandbox.meetzy.test/").get(0);
        assertThat(request.url()).isEqualTo("https://sandbox.meetzy.test/campaign");
        assertSameJson(fixture("crm_custom_recall.json"), written(request.body()));
    }

    @Test
    void scheduledCampaign() throws Exception {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of())
                .add(2, phone("+34600123456"), new String[] {"600123456", "Juan"}, new String[0])
                .add(3, phone("+34600987654"), new String[] {"600987654", "María"}, new String[0])
                .build();
        String schedule = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T18:00\", \"retries\": 2,"
                + " \"retryAfterMinutes\": [30, 120]}]";
        CampaignInput input = input(draft(options(), schedule, ""), contacts);

        assertThat(plan.check(input)).extracting(f -> f.code()).containsExactly("meetzy.launch_at");
        PlannedRequest request = plan.requests(input, plan.defaultBaseUrl()).get(0);
        assertSameJson(fixture("scheduled.json"), written(request.body()));
        assertThat(written(request.body()).get("recall").isTextual()).isEqualTo(MeetzyPayloads.RECALL_AS_STRING);
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        CampaignInput input = input(draft(options(), "[]", ""), phonesOnly());
        PlannedRequest request = plan.requests(input, plan.defaultBaseUrl()).get(0);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        request.body().writeTo(first);
        request.body().writeTo(second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(first.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("secret");
    }
}
