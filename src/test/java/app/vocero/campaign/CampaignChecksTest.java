package app.vocero.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Severity;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.TemplateStats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z"); // 10:00 in Bogotá
    private final CampaignChecks checks = new CampaignChecks(CallingHours.DEFAULT);

    private static ContactTable colombians(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME), List.of("Ciudad"));
        for (int i = 0; i < count; i++) {
            String national = Long.toString(3_001_000_000L + i);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", "Claro"),
                    new String[] {national, i == 1 ? "" : "Cliente " + i}, new String[] {"Cali"});
        }
        return builder.build();
    }

    private static Schedule window(String start, String end) {
        return new Schedule(LocalDateTime.parse(start), LocalDateTime.parse(end), 1, List.of("nocontesta"), List.of(), Map.of());
    }

    private List<Finding> check(List<Schedule> schedules, String template, ContactTable contacts, int maxLength) {
        Message message = template == null ? null : new Message.Tts(template, "Maria", null, null, Map.of());
        Draft draft = new Draft(1, "Prueba", ProviderId.SAEM, null, null, message, schedules, "-05:00", Map.of(), Map.of());
        Optional<Template> parsed = Optional.ofNullable(template).map(Template::parse);
        CampaignInput input = new CampaignInput(draft, contacts, parsed, parsed.map(t -> TemplateStats.of(t, contacts)),
                ZoneOffset.of("-05:00"), NOW);
        return checks.check(input, 1240, maxLength);
    }

    private static Finding only(List<Finding> findings, String code) {
        return findings.stream().filter(finding -> finding.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + findings));
    }

    @Test
    void aCleanDraftHasNoFindings() {
        assertThat(check(List.of(window("2026-12-01T08:00", "2026-12-01T18:00")), "Hola {Ciudad}", colombians(3), -1))
                .isEmpty();
    }

    @Test
    void nobodyToCallSaysHowManyNumbersWereRead() {
        Finding none = only(check(List.of(), null, ContactTable.empty(), -1), "contacts.none");
        assertThat(none.severity()).isEqualTo(Severity.ERROR);
        assertThat(none.english()).isEqualTo("Nothing would be called: 0 of 1,240 numbers are valid and callable.");
        assertThat(none.spanish()).isEqualTo("No se llamaría a nadie: 0 de 1.240 números son válidos y se pueden llamar.");
    }

    @Test
    void windowsInThePastBackwardsOverlappingOrTooManyAreFound() {
        List<Finding> findings = check(List.of(
                window("2026-11-20T08:00", "2026-11-20T18:00"),
                window("2026-11-22T09:00", "2026-11-22T12:00"),
                window("2026-12-02T18:00", "2026-12-02T08:00"),
                window("2026-12-03T08:00", "2026-12-03T12:00"),
                window("2026-12-03T11:00", "2026-12-03T15:00"),
                window("2026-12-04T08:00", "2026-12-04T12:00")), null, colombians(2), -1);

        assertThat(only(findings, "schedule.tooMany").severity()).isEqualTo(Severity.ERROR);
        assertThat(only(findings, "schedule.past").field()).isEqualTo("schedules[0].end");
        assertThat(only(findings, "schedule.started").severity()).isEqualTo(Severity.WARNING);
        assertThat(only(findings, "schedule.order").field()).isEqualTo("schedules[2].end");
        // too many windows is one finding: the overlaps of every pair would bury it
        assertThat(findings).noneMatch(finding -> finding.code().equals("schedule.overlap"));
    }

    @Test
    void overlappingWindowsAreFound() {
        List<Finding> findings = check(List.of(
                window("2026-12-03T08:00", "2026-12-03T12:00"),
                window("2026-12-03T11:00", "2026-12-03T15:00")), null, colombians(2), -1);

        assertThat(only(findings, "schedule.overlap").english()).contains("Windows 1 and 2 overlap");
    }

    @Test
    void callingHoursAreCheckedInTheRecipientsLocalTime() {
        Finding late = only(check(List.of(window("2026-12-01T19:00", "2026-12-01T22:00")), null, colombians(1), -1),
                "schedule.hours");
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.english()).contains("08:00–21:00").contains("CO 19:00–22:00");
        assertThat(late.spanish()).contains("hora local");
    }

    @Test
    void templateProblemsAreFoundWithRows() {
        List<Finding> findings = check(List.of(window("2026-12-01T08:00", "2026-12-01T18:00")),
                "Hola {N}, su saldo es {S}. {Barrio}", colombians(3), 20);

        assertThat(only(findings, "template.unknownTag").english()).contains("{Barrio}").contains("Ciudad");
        assertThat(only(findings, "template.noColumn").english()).contains("{S} (balance)");
        Finding missing = only(findings, "template.missingValue");
        assertThat(missing.severity()).isEqualTo(Severity.WARNING);
        assertThat(missing.english()).startsWith("1 of 3 contacts have no value for {N}").contains("[3]");
        assertThat(only(findings, "template.tooLong").english()).contains("at most 20");
    }

    @Test
    void aCurrencyWordAfterAnAmountIsAWarning() {
        List<Schedule> day = List.of(window("2026-12-01T08:00", "2026-12-01T18:00"));
        Finding twice = only(check(day, "Hola {N}, su saldo es {S} pesos.", colombians(3), -1), "template.currencyTwice");
        assertThat(twice.severity()).isEqualTo(Severity.WARNING);
        assertThat(twice.english()).startsWith("{S} is read as an amount");
        assertThat(twice.spanish()).contains("quite esa palabra");
        assertThat(check(day, "Hola {N}, su saldo es {S}.", colombians(3), -1))
                .noneMatch(finding -> finding.code().equals("template.currencyTwice"));
    }

    @Test
    void retriesAndConditionsAreChecked() {
        Schedule bad = new Schedule(LocalDateTime.parse("2026-12-01T08:00"), LocalDateTime.parse("2026-12-01T18:00"), 6,
                List.of("buzon", "nada"), List.of(30, -5), Map.of());
        List<Finding> findings = check(List.of(bad), null, colombians(1), -1);
        assertThat(only(findings, "schedule.retries").english()).isEqualTo("6 retries: use 0 to 5.");
        assertThat(only(findings, "schedule.retryOn").english()).contains("[nada]").contains("nocontesta");
        assertThat(only(findings, "schedule.retryAfter").field()).isEqualTo("schedules[0].retryAfterMinutes");
    }

    @Test
    void callingHoursComeFromTheSettingAtEachCheck() {
        CallingHours[] hours = {CallingHours.DEFAULT};
        CampaignChecks configurable = new CampaignChecks(() -> hours[0]);
        Draft draft = new Draft(1, "P", ProviderId.SAEM, null, null, null,
                List.of(window("2026-12-01T08:00", "2026-12-01T10:00")), "-05:00", Map.of(), Map.of());
        CampaignInput input = new CampaignInput(draft, colombians(1), Optional.empty(), Optional.empty(),
                ZoneOffset.of("-05:00"), NOW);
        assertThat(configurable.check(input, 1, -1)).isEmpty();

        hours[0] = new CallingHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0));
        assertThat(configurable.check(input, 1, -1)).extracting(Finding::code).containsExactly("schedule.hours");
    }
}
