package app.vocero.service;

import app.vocero.domain.campaign.Draft;
import java.nio.file.Path;

/**
 * A sent campaign as a new draft of the wizard: the same account, contacts, message, windows and options as it was
 * sent, under a new name. Nothing is sent; the draft is an ordinary {@code *.vocero.json} in the drafts folder.
 */
public final class CloneCampaign {

    private final CampaignTracker history;
    private final DraftService drafts;

    public CloneCampaign(CampaignTracker history, DraftService drafts) {
        this.history = history;
        this.drafts = drafts;
    }

    /** A new draft, its id and file. */
    public record NewDraft(String id, Path file, String name, int contacts) {
    }

    /** @throws IllegalArgumentException when the campaign is not in the history */
    public NewDraft cloneAsDraft(String campaignId, String newName) {
        Draft sent = history.sentDraft(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId + " in the history"));
        String id = drafts.create(renamed(sent, newName));
        long contacts = history.view(campaignId).map(view -> view.campaign().contacts()).orElse(0L);
        return new NewDraft(id, drafts.file(id), newName, (int) contacts);
    }

    static Draft renamed(Draft draft, String name) {
        return new Draft(draft.version(), name, draft.provider(), draft.account(), draft.contacts(), draft.message(),
                draft.schedules(), draft.timezone(), draft.options(), draft.extra());
    }
}
