package app.vocero.provider.meetzy;

import static app.vocero.provider.meetzy.MeetzyInputs.draft;
import static app.vocero.provider.meetzy.MeetzyInputs.input;
import static app.vocero.provider.meetzy.MeetzyInputs.options;
import static app.vocero.provider.meetzy.MeetzyInputs.phone;
import static app.vocero.provider.meetzy.MeetzyInputs.phonesOnly;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per Meetzy finding: code, severity, field, and the key facts in both languages. */
class MeetzyRulesTest {

    private static final String WINDOW = "{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T18:00\", \"retries\": %d,"
            + " \"retryAfterMinutes\": %s, \"retryOn\": %s}";

    private static String window(int retries, String after) {
        return "[" + String.format(WINDOW, retries, after, "[]") + "]";
    }

    private static List<Finding> check(String options, String schedules, String extra) {
        return MeetzyRules.check(input(draft(options, schedules, extra), phonesOnly()));
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings " + code + " in " + findings).hasSize(1);
        return matching.get(0);
    }

    private static void assertFinding(Finding finding, Severity severity, String field, String... facts) {
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.field()).isEqualTo(field);
        assertThat(finding.english()).contains(facts);
        assertThat(finding.spanish()).contains(facts);
    }

    @Test
    void aCleanScheduledDraftOnlyNotesTheZonelessLaunchTime() {
        List<Finding> findings = check(options(), window(2, "[30, 120]"), "");
        assertThat(findings).extracting(Finding::code).containsExactly("meetzy.launch_at");
        assertFinding(findings.get(0), Severity.INFO, "schedules[0].start", "2025-03-01T10:00:00", "Europe/Madrid");
        assertThat(findings.get(0).spanish()).contains("sin zona horaria");
    }

    @Test
    void playbookIsRequired() {
        Finding finding = only(check("{}", "[]", ""), "meetzy.playbook");
        assertFinding(finding, Severity.ERROR, "options.playbook_id", "options.playbook_id", "550e8400-");
        assertThat(finding.spanish()).contains("necesita el playbook");
    }

    @Test
    void playbookMustBeAUuid() {
        Finding finding = only(check("{\"playbook_id\": \"ventas-2025\"}", "[]", ""), "meetzy.playbook");
        assertFinding(finding, Severity.ERROR, "options.playbook_id", "ventas-2025", "UUID");
        assertThat(only(check("{\"playbook_id\": 12345}", "[]", ""), "meetzy.playbook").english()).contains("12345");
    }

    @Test
    void aMessageIsIgnored() {
        String message = "\"message\": {\"type\": \"tts\", \"template\": \"Hola {N}\"}";
        Finding finding = only(check(options(), "[]", message), "meetzy.message");
        assertFinding(finding, Severity.WARNING, "message", "playbook");
        assertThat(finding.english()).contains("ignores");
        assertThat(finding.spanish()).contains("no usa el mensaje");
    }

    @Test
    void noWindowRunsImmediately() {
        Finding finding = only(check(options(), "[]", ""), "meetzy.immediate");
        assertFinding(finding, Severity.INFO, "schedules", "Meetzy");
        assertThat(finding.english()).contains("as soon as");
        assertThat(finding.spanish()).contains("apenas");
    }

    @Test
    void moreThanOneWindowIsAnError() {
        String two = "[" + String.format(WINDOW, 0, "[]", "[]") + ", {\"start\": \"2025-03-02T10:00\","
                + " \"end\": \"2025-03-02T12:00\"}]";
        Finding finding = only(check(options(), two, ""), "meetzy.schedules");
        assertFinding(finding, Severity.ERROR, "schedules[1]", "2", "retryAfterMinutes");
        assertThat(finding.english()).contains("one draft per window");
        assertThat(finding.spanish()).contains("un borrador por horario");
    }

    @Test
    void recallMustBePositive() {
        Finding finding = only(check(options(), window(2, "[0, 120]"), ""), "meetzy.recall");
        assertFinding(finding, Severity.ERROR, "schedules[0].retryAfterMinutes", "[0, 120]", "[30, 120]");
        assertThat(finding.spanish()).contains("positivo y creciente");
    }

    @Test
    void recallMustGrow() {
        Finding finding = only(check(options(), window(2, "[120, 30]"), ""), "meetzy.recall");
        assertFinding(finding, Severity.ERROR, "schedules[0].retryAfterMinutes", "[120, 30]");
        assertThat(only(check(options(), window(2, "[30, 30]"), ""), "meetzy.recall").severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void moreDelaysThanRetriesSendsOnlyTheFirst() {
        Finding finding = only(check(options(), window(1, "[30, 120]"), ""), "meetzy.recall.extra");
        assertFinding(finding, Severity.WARNING, "schedules[0].retryAfterMinutes", "1", "2", "[30]");
        assertThat(finding.spanish()).contains("solo se envía [30]");
    }

    @Test
    void fewerDelaysThanRetriesMeansFewerRecalls() {
        Finding finding = only(check(options(), window(3, "[30]"), ""), "meetzy.recall.missing");
        assertFinding(finding, Severity.WARNING, "schedules[0].retryAfterMinutes", "3", "(1)", "[30, 120]");
        assertThat(only(check(options(), window(2, "[]"), ""), "meetzy.recall.missing").english())
                .contains("retries is 2");
    }

    @Test
    void recallAfterTheWindowEnds() {
        Finding finding = only(check(options(), window(2, "[60, 600]"), ""), "meetzy.recall.after_end");
        assertFinding(finding, Severity.WARNING, "schedules[0].retryAfterMinutes", "2025-03-01T20:00:00",
                "2025-03-01T18:00:00");
        assertThat(finding.spanish()).contains("no se detiene");
    }

    @Test
    void retryConditionsAreNotConfigurable() {
        String schedules = "[" + String.format(WINDOW, 1, "[30]", "[\"nocontesta\", \"buzon\"]") + "]";
        Finding finding = only(check(options(), schedules, ""), "meetzy.retry_on");
        assertFinding(finding, Severity.WARNING, "schedules[0].retryOn", "nocontesta, buzon", "retryOn");
        assertThat(finding.spanish()).contains("Quite retryOn");
    }

    @Test
    void aCustomColumnNamedLikeAKnownFieldIsNotSent() {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.BALANCE), List.of("balance"))
                .add(2, phone("+34600123456"), new String[] {"600123456", "100"}, new String[] {"otra cosa"})
                .build();
        List<Finding> findings = MeetzyRules.check(input(draft(options(), "[]", ""), contacts));
        Finding finding = only(findings, "meetzy.custom_fields");
        assertFinding(finding, Severity.WARNING, "contacts", "\"balance\"", "custom_fields");
        assertThat(MeetzyPayloads.customFieldKeys(contacts)).containsExactly("balance");
    }
}
