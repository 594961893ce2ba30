package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clone and Call again turn a sent, tracked campaign into wizard drafts. */
class CallAgainTest {

    @TempDir
    Path dir;
    private TrackedCampaign campaign;

    @BeforeEach
    void send() throws Exception {
        campaign = TrackedCampaign.tracked(dir);
    }

    @AfterEach
    void close() {
        campaign.close();
    }

    @Test
    void callAgainDraftsOnlyTheNumbersThatDidNotAnswerWereBusyOrFailed() throws Exception {
        assertThat(campaign.toCallAgain()).isNotEmpty(); // the sandbox's buckets give ten numbers some of each
        CallAgain callAgain = new CallAgain(campaign.app.tracker(), campaign.app.drafts(), campaign.app.contactLists());

        CallAgain.Result result = callAgain.prepare(campaign.campaignId, "Aviso de corte - redial");

        assertThat(result.contacts()).isEqualTo(campaign.toCallAgain().size());
        Path file = result.draftFile().orElseThrow();
        assertThat(file.getParent()).isEqualTo(campaign.app.dataDirectory().resolve("drafts").resolve("current"));
        assertThat(file.getFileName().toString()).endsWith(".vocero.json");
        Draft draft = DraftFile.read(file).draft();
        assertThat(draft.name()).isEqualTo("Aviso de corte - redial");
        assertThat(draft.provider()).isEqualTo(ProviderId.ROUTEE);
        assertThat(draft.account()).isEqualTo("Routee");
        assertThat(((Message.Tts) draft.message()).template()).isEqualTo("Su servicio será suspendido mañana.");
        assertThat(draft.contacts().list()).isEqualTo(result.list().orElseThrow().id());
        ContactTable saved = campaign.app.contactLists().contacts(draft.contacts().list()).orElseThrow();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            numbers.add(saved.e164(i));
            assertThat(saved.field(ContactField.BALANCE, i)).isNotEmpty(); // every column is kept, for the tags
        }
        assertThat(numbers).containsExactlyElementsOf(campaign.toCallAgain());
        // the draft the wizard lists is one the command line validates: its contacts are found
        assertThat(campaign.app.drafts().list()).extracting(DraftService.Saved::id).contains(result.draftId().orElseThrow());
        CampaignCheck check = campaign.app.campaigns().check(file, Progress.NONE);
        assertThat(check.input().orElseThrow().contacts().size()).isEqualTo(campaign.toCallAgain().size());
    }

    @Test
    void anUntrackedCampaignHasNobodyToCallAgainAndSavesNothing(@TempDir Path other) throws Exception {
        try (TrackedCampaign untracked = TrackedCampaign.untracked(other)) {
            CallAgain callAgain = new CallAgain(untracked.app.tracker(), untracked.app.drafts(), untracked.app.contactLists());
            int lists = untracked.app.contactLists().lists().size();

            CallAgain.Result result = callAgain.prepare(untracked.campaignId, "Otra vez");

            assertThat(result.draftId()).isEmpty();
            assertThat(result.contacts()).isZero();
            assertThat(untracked.app.drafts().list()).isEmpty();
            assertThat(untracked.app.contactLists().lists()).hasSize(lists);
        }
    }

    @Test
    void cloneMakesADraftWithWhatTheCampaignWasSentWith() throws Exception {
        CloneCampaign clone = new CloneCampaign(campaign.app.tracker(), campaign.app.drafts());

        CloneCampaign.NewDraft made = clone.cloneAsDraft(campaign.campaignId, "Aviso de corte copy");

        Draft draft = DraftFile.read(made.file()).draft();
        assertThat(draft.name()).isEqualTo("Aviso de corte copy");
        assertThat(draft.account()).isEqualTo("Routee");
        assertThat(Path.of(draft.contacts().file())).isEqualTo(dir.resolve("clientes.csv"));
        assertThat(draft.schedules()).hasSize(1);
        assertThat(draft.options()).containsEntry("from", "5713000000");
        assertThat(made.contacts()).isEqualTo(10);
        CampaignCheck check = campaign.app.campaigns().check(made.file(), Progress.NONE);
        assertThat(check.hasErrors()).as(check.findings().toString()).isFalse();
    }
}
