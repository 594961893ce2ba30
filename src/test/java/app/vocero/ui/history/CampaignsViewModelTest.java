package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.service.CallAgain;
import app.vocero.service.CampaignReport;
import app.vocero.service.CloneCampaign;
import app.vocero.service.TrackedCampaign;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's view model without a window: numbers not called yet are no outcome and are not called again. */
class CampaignsViewModelTest {

    @TempDir
    Path dir;

    private static CampaignsViewModel viewModel(TrackedCampaign campaign, Locale language) {
        var services = campaign.app.uiServices();
        CampaignsViewModel viewModel = new CampaignsViewModel(services.tracker(), services.sender(),
                new CloneCampaign(services.tracker(), services.drafts()),
                new CallAgain(services.tracker(), services.drafts(), services.contactLists()),
                new CampaignReport(services.tracker(), ZoneId.of("UTC")), new SyncTaskRunner(), Messages.of(language),
                Clock.fixed(Instant.parse("2030-12-01T15:42:00Z"), ZoneId.of("UTC")));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void numbersStillRingingAreNotCalledYetApartFromOutcomes() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.ringing(dir)) {
            CampaignsViewModel viewModel = viewModel(campaign, Locale.ENGLISH);

            assertThat(viewModel.selectedProperty().get().id()).isEqualTo(campaign.campaignId);
            assertThat(viewModel.notCalledProperty().get())
                    .isEqualTo("Not called yet: 10 (waiting at the provider, not an outcome)");
            assertThat(viewModel.trackingProperty().get()).isEqualTo("No call has an outcome yet.");
            assertThat(viewModel.slices()).isEmpty();
            assertThat(viewModel.toCallAgainProperty().get()).isZero();
            assertThat(viewModel.outcomes()).hasSize(10).allSatisfy(row -> assertThat(row.outcomeText()).isEqualTo("Not called yet"));

            viewModel.callAgainSelected();
            assertThat(viewModel.statusProperty().get()).startsWith("No contact to call again");
            assertThat(viewModel.newDraftProperty().get()).isNull();
            assertThat(campaign.app.drafts().list()).isEmpty();
        }
    }

    @Test
    void aLanguageSwitchRewritesTheDetails() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
            CampaignsViewModel viewModel = viewModel(campaign, Locale.ENGLISH);
            assertThat(viewModel.trackingProperty().get()).startsWith("Completed: ");
            assertThat(viewModel.updatedProperty().get()).isEqualTo("Updated 3:42 PM");

            viewModel.useMessages(Messages.of(Locale.forLanguageTag("es")));
            viewModel.refresh();

            assertThat(viewModel.trackingProperty().get()).startsWith("Completada: ").doesNotContain("Completed");
            assertThat(viewModel.summaryProperty().get()).endsWith("· enviada");
            assertThat(viewModel.updatedProperty().get()).isEqualTo("Actualizado 15:42");
        }
    }
}
