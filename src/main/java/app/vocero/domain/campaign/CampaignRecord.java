package app.vocero.domain.campaign;

import java.time.Instant;

/** A campaign in the local history: what was sent, where, and how it stands. */
public record CampaignRecord(String id, String name, ProviderId provider, String account, String draftFile,
                             long contacts, CampaignState state, Instant createdAt, Instant updatedAt,
                             Instant trackedAt) {
}
