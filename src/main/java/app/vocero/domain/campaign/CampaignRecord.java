package app.vocero.domain.campaign;

import app.vocero.domain.Operator;
import java.time.Instant;

/**
 * A campaign in the history: what was sent, where, how it stands, and who sent it.
 *
 * @param sentBy who first sent it; {@code null} for a campaign recorded before Vocero kept it
 */
public record CampaignRecord(String id, String name, ProviderId provider, String account, String draftFile,
                             long contacts, CampaignState state, Instant createdAt, Instant updatedAt,
                             Instant trackedAt, Operator sentBy) {

    /** A campaign whose sender is not known. */
    public CampaignRecord(String id, String name, ProviderId provider, String account, String draftFile,
                          long contacts, CampaignState state, Instant createdAt, Instant updatedAt,
                          Instant trackedAt) {
        this(id, name, provider, account, draftFile, contacts, state, createdAt, updatedAt, trackedAt, null);
    }
}
