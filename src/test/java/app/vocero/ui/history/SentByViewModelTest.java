package app.vocero.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.service.TrackedCampaign;
import app.vocero.store.OtherDesktop;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's view model in a team: who sent each campaign, the people to filter by, and the filter. */
class SentByViewModelTest {

    @TempDir
    Path dir;

    private static CampaignsViewModel viewModel(TrackedCampaign campaign, Locale language) {
        var services = campaign.app.uiServices();
        CampaignsViewModel viewModel = new CampaignsViewModel(services.tracker(), services.sender(), null, null, null,
                new SyncTaskRunner(), Messages.of(language), Clock.fixed(Instant.parse("2030-12-01T15:42:00Z"),
                ZoneId.of("UTC")));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void thePeopleOfTheHistoryAreOfferedAndOnesCampaignsKept() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
            TeamHistory.of(campaign, dir);
            CampaignsViewModel viewModel = viewModel(campaign, Locale.ENGLISH);

            assertThat(viewModel.senders()).containsExactly("ana", "luis");
            assertThat(viewModel.campaigns()).extracting(CampaignRecord::name)
                    .containsExactlyInAnyOrder("Aviso de corte", "Cobranza diciembre");

            viewModel.byFilterProperty().set("ana");
            assertThat(viewModel.campaigns()).extracting(CampaignRecord::name).containsExactly("Cobranza diciembre");
            assertThat(viewModel.shownProperty().get()).isEqualTo("1 of 2 campaigns");
            assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Cobranza diciembre");
            assertThat(viewModel.sentByProperty().get()).isEqualTo("Sent by ana @ PC-VENTAS-3");

            viewModel.clearFilter();
            assertThat(viewModel.byFilterProperty().get()).isNull();
            assertThat(viewModel.campaigns()).hasSize(2);
        }
    }

    @Test
    void aCampaignFromBeforeSaysItsSenderWasNotRecordedInEitherLanguage() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
            OtherDesktop.sentBy(campaign.app.dataDirectory(), campaign.campaignId, null);
            CampaignsViewModel viewModel = viewModel(campaign, Locale.ENGLISH);

            assertThat(viewModel.senders()).isEmpty();
            assertThat(viewModel.sentByProperty().get()).isEqualTo("Sent by: not recorded (sent before Vocero kept who sends)");
            viewModel.useMessages(Messages.of(Locale.forLanguageTag("es")));
            assertThat(viewModel.sentByProperty().get()).startsWith("Enviada por: sin registro");

            viewModel.byFilterProperty().set("luis");
            assertThat(viewModel.campaigns()).isEmpty();
        }
    }

    @Test
    void aCampaignSentHereNamesThisDesktop() throws Exception {
        try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
            CampaignsViewModel viewModel = viewModel(campaign, Locale.ENGLISH);

            app.vocero.domain.Operator here = app.vocero.domain.Operator.thisDesktop();
            assertThat(viewModel.senders()).containsExactly(here.user());
            assertThat(viewModel.sentByProperty().get()).isEqualTo("Sent by " + here.display());
        }
    }
}
