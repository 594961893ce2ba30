package app.vocero.provider.smartflo;

import static app.vocero.provider.smartflo.SmartfloFixtures.draft;
import static app.vocero.provider.smartflo.SmartfloFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SmartfloRulesTest {

    private final SmartfloPlan plan = new SmartfloPlan();

    private List<Finding> check(Consumer<ObjectNode> change) {
        return plan.check(input(draft(change), SmartfloFixtures.threeContacts()));
    }

    private static Finding only(List<Finding> findings, String code) {
        assertThat(findings).extracting(Finding::code).containsOnlyOnce(code);
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private static ObjectNode options(ObjectNode root) {
        return (ObjectNode) root.get("options");
    }

    private static ArrayNode schedules(ObjectNode root) {
        return root.withArray("schedules");
    }

    private static ObjectNode window(String start, String end) {
        return SmartfloFixtures.JSON.createObjectNode().put("start", start).put("end", end).put("retries", 0);
    }

    @Test
    void theFixtureDraftOnlyGetsInfos() {
        assertThat(check(root -> { })).extracting(Finding::code)
                .containsExactlyInAnyOrder("smartflo.retry_dialstatus", "smartflo.timezone");
    }

    @Test
    void aMessageIsIgnoredByABroadcast() {
        Finding finding = only(check(root -> root.putObject("message").put("type", "tts")
                .put("template", "Hola {N}")), "smartflo.message");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.field()).isEqualTo("message");
        assertThat(finding.english()).contains("IVR", "ignores", "per-contact tags");
        assertThat(finding.spanish()).contains("IVR", "ignora", "etiquetas por contacto");
    }

    @Test
    void theDestinationMustBeAnIvr() {
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(root -> options(root).remove("destination"),
                root -> options(root).put("destination", "queue||5"))) {
            Finding finding = only(check(change), "smartflo.destination");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).isEqualTo("options.destination");
            assertThat(finding.english()).contains("ivr||<IVR id>", "ivr||27845", "portal");
            assertThat(finding.spanish()).contains("ivr||<id del IVR>", "ivr||27845", "portal");
        }
    }

    @Test
    void theTimeoutIsAtLeast40Seconds() {
        Finding finding = only(check(root -> options(root).put("timeout", 30)), "smartflo.timeout");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("options.timeout");
        assertThat(finding.english()).contains("30", "at least 40 seconds");
        assertThat(finding.spanish()).contains("30", "mínimo 40 segundos");
        assertThat(check(root -> options(root).put("timeout", "40"))).extracting(Finding::code)
                .doesNotContain("smartflo.timeout");
    }

    @Test
    void theConcurrentLimitIsAPositiveNumber() {
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(root -> options(root).remove("concurrent_limit"),
                root -> options(root).put("concurrent_limit", 0))) {
            Finding finding = only(check(change), "smartflo.concurrent_limit");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).isEqualTo("options.concurrent_limit");
            assertThat(finding.english()).contains("from 1", "channels");
            assertThat(finding.spanish()).contains("desde 1", "canales");
        }
    }

    @Test
    void theCallerIdIsRequired() {
        Finding finding = only(check(root -> options(root).remove("caller_id_number")), "smartflo.caller_id_number");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("options.caller_id_number");
        assertThat(finding.english()).contains("caller_id_number", "Smartflo numbers");
        assertThat(finding.spanish()).contains("caller_id_number", "números de Smartflo");
        assertThat(only(check(root -> options(root).put("caller_id_number", "Vocero")), "smartflo.caller_id_number")
                .spanish()).contains("\"Vocero\" no lo es");
    }

    @Test
    void moreThanFiveRetriesIsAnError() {
        Finding finding = only(check(root -> schedules(root).forEach(s -> ((ObjectNode) s).put("retries", 6))),
                "smartflo.retries");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules[0].retries");
        assertThat(finding.english()).contains("6 retries", "0 to 5");
        assertThat(finding.spanish()).contains("6 reintentos", "de 0 a 5");
    }

    @Test
    void retriesNeedPositiveWaits() {
        Finding missing = only(check(root -> schedules(root).forEach(s -> ((ObjectNode) s).putArray("retryAfterMinutes"))),
                "smartflo.retry_after");
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.field()).isEqualTo("schedules[0].retryAfterMinutes");
        assertThat(missing.english()).contains("minutes to wait", "[30]");
        assertThat(missing.spanish()).contains("minutos de espera", "[30]");
        Finding zero = only(check(root -> schedules(root).forEach(s -> ((ObjectNode) s).putArray("retryAfterMinutes").add(0))),
                "smartflo.retry_after");
        assertThat(zero.english()).contains("greater than 0", "[0]");
        assertThat(zero.spanish()).contains("mayores que 0", "[0]");
    }

    @Test
    void aConditionWithoutDialStatusIsAWarningAndTheGuessedCodesAreShown() {
        List<Finding> findings = check(root -> schedules(root).forEach(s -> ((ObjectNode) s).putArray("retryOn")
                .add("nocontesta").add("buzon")));
        Finding unmapped = only(findings, "smartflo.retry_on");
        assertThat(unmapped.severity()).isEqualTo(Severity.WARNING);
        assertThat(unmapped.field()).isEqualTo("schedules[0].retryOn");
        assertThat(unmapped.english()).contains("buzon", "not be retried");
        assertThat(unmapped.spanish()).contains("buzon", "no se reintentarán");
        Finding codes = only(findings, "smartflo.retry_dialstatus");
        assertThat(codes.severity()).isEqualTo(Severity.INFO);
        assertThat(codes.english()).contains("1 (No answer), 3 (Busy)", "does not document");
        assertThat(codes.spanish()).contains("1 (No contesta), 3 (Ocupado)", "no documenta");
    }

    @Test
    void noWindowIsAnError() {
        Finding finding = only(check(root -> root.remove("schedules")), "smartflo.schedule");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules");
        assertThat(finding.english()).contains("calling window");
        assertThat(finding.spanish()).contains("horario de llamada");
    }

    @Test
    void aWindowMustStartBeforeItEnds() {
        Finding finding = only(check(root -> root.putArray("schedules").add(window("2025-03-10T12:00:00", "2025-03-10T09:00:00"))),
                "smartflo.window");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules[0].end");
        assertThat(finding.english()).contains("2025-03-10 09:00:00", "2025-03-10 12:00:00");
        assertThat(finding.spanish()).contains("2025-03-10 09:00:00", "antes de empezar");
    }

    @Test
    void windowsThatAreNotOneBroadcastAreAnError() {
        Finding finding = only(check(root -> root.putArray("schedules").add(window("2025-03-10T09:00:00", "2025-03-10T12:00:00"))
                .add(window("2025-03-11T14:00:00", "2025-03-11T17:00:00"))), "smartflo.schedules");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules");
        assertThat(finding.english()).contains("2 windows", "one draft per window");
        assertThat(finding.spanish()).contains("2 horarios", "un borrador por horario");
        Finding night = only(check(root -> root.putArray("schedules").add(window("2025-03-10T20:00:00", "2025-03-11T01:00:00"))),
                "smartflo.schedules");
        assertThat(night.field()).isEqualTo("schedules[0]");
        assertThat(night.spanish()).contains("medianoche");
    }

    @Test
    void weekdaysWithGapsAreOneBroadcast() {
        // Monday and Wednesday, 9-12: the time group's days skip Tuesday
        assertThat(check(root -> root.putArray("schedules").add(window("2025-03-10T09:00:00", "2025-03-10T12:00:00"))
                .add(window("2025-03-12T09:00:00", "2025-03-12T12:00:00")))).extracting(Finding::code)
                .doesNotContain("smartflo.schedules");
    }

    @Test
    void windowsWithOtherRetriesAreAnError() {
        Finding finding = only(check(root -> ((ObjectNode) schedules(root).get(2)).put("retries", 1)),
                "smartflo.schedule_retries");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules[2]");
        assertThat(finding.english()).contains("Window 3", "same retries");
        assertThat(finding.spanish()).contains("horario 3", "mismos reintentos");
    }

    @Test
    void aGivenTimeGroupDecidesTheHours() {
        Finding info = only(check(root -> options(root).put("time_group", "88")), "smartflo.time_group");
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.english()).contains("88", "hours");
        assertThat(info.spanish()).contains("88", "horas");
        Finding error = only(check(root -> options(root).put("time_group", " ")), "smartflo.time_group");
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.field()).isEqualTo("options.time_group");
        assertThat(error.spanish()).contains("grupo horario");
    }

    @Test
    void dialStatusOptionsAreCodesOneToFive() {
        Finding finding = only(check(root -> options(root).putArray("retry_dialstatus").add(1).add(9)), "smartflo.dialstatus");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("options.retry_dialstatus");
        assertThat(finding.english()).contains("1 to 5", "[1, 9]");
        assertThat(finding.spanish()).contains("de 1 a 5", "[1, 9]");
    }

    @Test
    void theAccountTimeZoneIsWorthChecking() {
        Finding finding = only(check(root -> { }), "smartflo.timezone");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.field()).isEqualTo("timezone");
        assertThat(finding.english()).contains("America/Bogota", "time zone of the Smartflo account");
        assertThat(finding.spanish()).contains("America/Bogota", "zona horaria de la cuenta");
    }
}
