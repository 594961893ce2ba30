package app.vocero.ui.campaign.wizard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.CallingHours;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.RetryCondition;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleStepViewModelTest {

    private final CampaignWizardModel model = new CampaignWizardModel();

    private ScheduleStepViewModel step(ProviderId provider, Locale locale) {
        model.update(draft -> new Draft(1, "Cobro", provider, "Sandbox", new ContactSource("/c.csv", null, "CO", Map.of(), null, Map.of()),
                null, List.of(), "America/Bogota", Map.of(), Map.of()));
        return new ScheduleStepViewModel(model, () -> CallingHours.DEFAULT, Messages.of(locale));
    }

    @Test
    void windowsAreAddedUpToTheProvidersLimitAndWrittenToTheDraft() {
        ScheduleStepViewModel saem = step(ProviderId.SAEM, Locale.ENGLISH);
        for (int i = 0; i < 6; i++) {
            saem.addWindow();
        }
        assertThat(model.draft().schedules()).hasSize(5);
        assertThat(saem.canAddProperty().get()).isFalse();
        assertThat(model.draft().schedules().get(1).start().toLocalDate())
                .isEqualTo(model.draft().schedules().get(0).start().toLocalDate().plusDays(1));
        assertThat(saem.completeProperty().get()).isTrue();
        saem.removeWindow(saem.windows().get(0));
        assertThat(model.draft().schedules()).hasSize(4);

        ScheduleStepViewModel octopush = step(ProviderId.OCTOPUSH, Locale.ENGLISH);
        assertThat(octopush.windows()).isEmpty();
        octopush.addWindow();
        octopush.addWindow();
        assertThat(model.draft().schedules()).hasSize(1);
        assertThat(octopush.canAddProperty().get()).isFalse();
    }

    @Test
    void retriesCheckNoAnswerByDefaultAndSmartfloGetsMinutesBetweenThem() {
        ScheduleStepViewModel saem = step(ProviderId.SAEM, Locale.ENGLISH);
        saem.addWindow();
        saem.retriesProperty().set(2);
        assertThat(model.draft().schedules().get(0).retries()).isEqualTo(2);
        assertThat(model.draft().schedules().get(0).retryOn()).containsExactly("nocontesta");
        saem.conditionProperty(RetryCondition.BUZON).set(true);
        assertThat(model.draft().schedules().get(0).retryOn()).containsExactlyInAnyOrder("nocontesta", "buzon");
        assertThat(model.draft().schedules().get(0).retryAfterMinutes()).isEmpty();
        assertThat(saem.conditionLabel(RetryCondition.BUZON)).isEqualTo("voicemail");

        ScheduleStepViewModel smartflo = step(ProviderId.SMARTFLO, Locale.forLanguageTag("es"));
        smartflo.addWindow();
        smartflo.retriesProperty().set(2);
        assertThat(smartflo.intervalsProperty().get()).isEqualTo("30, 60");
        assertThat(model.draft().schedules().get(0).retryAfterMinutes()).containsExactly(30, 60);
        assertThat(smartflo.conditionLabel(RetryCondition.BUZON)).isEqualTo("buzón de voz");
        smartflo.intervalsProperty().set("30, x");
        assertThat(smartflo.completeProperty().get()).isFalse();
    }

    @Test
    void aWindowOutsideTheCallingHoursSaysSoOnItselfAndABadTimeIsAProblem() {
        ScheduleStepViewModel saem = step(ProviderId.SAEM, Locale.ENGLISH);
        saem.addWindow();
        saem.addWindow();
        WindowRow late = saem.windows().get(1);
        late.startTimeProperty().set("19:00");
        late.endTimeProperty().set("22:00");
        assertThat(saem.windows().get(0).warningProperty().get()).isEmpty();
        assertThat(late.warningProperty().get()).startsWith("Outside the calling hours").contains("19:00 to 22:00")
                .contains("America/Bogota");
        assertThat(model.draft().schedules().get(1).end().getHour()).isEqualTo(22);

        late.endTimeProperty().set("25:00");
        assertThat(late.problemProperty().get()).isNotEmpty();
        assertThat(model.draft().schedules().get(1).end()).isNull();
        assertThat(saem.completeProperty().get()).isFalse();
        late.endTimeProperty().set("8");
        late.startTimeProperty().set("7:30");
        late.endDateProperty().set(LocalDate.now().plusDays(2));
        assertThat(model.draft().schedules().get(1).end().getHour()).isEqualTo(8);
        assertThat(late.problemProperty().get()).isEmpty();
    }

    @Test
    void providerOptionsAreTypedAndValidated() {
        ScheduleStepViewModel smartflo = step(ProviderId.SMARTFLO, Locale.ENGLISH);
        smartflo.addWindow();
        assertThat(smartflo.completeProperty().get()).isFalse();
        option(smartflo, "destination").valueProperty().set("ivr||27845");
        option(smartflo, "caller_id_number").valueProperty().set("918000000000");
        option(smartflo, "concurrent_limit").valueProperty().set("5");
        assertThat(smartflo.completeProperty().get()).isTrue();
        assertThat(model.draft().options()).containsEntry("concurrent_limit", 5).containsEntry("destination", "ivr||27845");
        option(smartflo, "timeout").valueProperty().set("20");
        assertThat(smartflo.completeProperty().get()).isFalse();
    }

    @Test
    void theTimeZoneIsReadableAndDefaultsToTheDraftsOrTheComputers() {
        ScheduleStepViewModel saem = step(ProviderId.SAEM, Locale.forLanguageTag("es"));
        assertThat(saem.zoneProperty().get().label()).isEqualTo("(UTC\u221205:00) Bogotá");
        saem.zoneProperty().set(saem.zones().stream().filter(z -> z.id().equals("America/Mexico_City")).findFirst().orElseThrow());
        assertThat(model.draft().timezone()).isEqualTo("America/Mexico_City");
        assertThat(saem.zoneProperty().get().label()).endsWith("Ciudad de México");
    }

    private static ScheduleStepViewModel.OptionField option(ScheduleStepViewModel step, String key) {
        return step.options().stream().filter(field -> field.spec().key().equals(key)).findFirst().orElseThrow();
    }
}
