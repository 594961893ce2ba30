package app.vocero.ui.campaign.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.ui.campaign.wizard.WizardStep;
import org.junit.jupiter.api.Test;

class ReviewStepViewModelTest {

    @Test
    void aFindingLeadsToTheStepThatOwnsItsField() {
        assertThat(ReviewStepViewModel.owner("name")).isEqualTo(WizardStep.PROVIDER);
        assertThat(ReviewStepViewModel.owner("contacts.country")).isEqualTo(WizardStep.CONTACTS);
        assertThat(ReviewStepViewModel.owner("message.audioId")).isEqualTo(WizardStep.MESSAGE);
        assertThat(ReviewStepViewModel.owner("options.generateAudio")).isEqualTo(WizardStep.MESSAGE);
        assertThat(ReviewStepViewModel.owner("schedules[1].end")).isEqualTo(WizardStep.SCHEDULE);
        assertThat(ReviewStepViewModel.owner("options.playbook_id")).isEqualTo(WizardStep.SCHEDULE);
        assertThat(ReviewStepViewModel.owner("timezone")).isEqualTo(WizardStep.SCHEDULE);
        assertThat(ReviewStepViewModel.owner("")).isEqualTo(WizardStep.REVIEW);
    }
}
