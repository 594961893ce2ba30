package app.vocero.domain.campaign;

import java.time.Instant;
import java.util.Map;

/**
 * One journaled request of a campaign.
 *
 * @param providerIds what the provider answered that identifies what it created ({@code campaign_id},
 *                    {@code ticket_number}, {@code trackingId}, {@code listId}…) and Saem's {@code sends}/{@code summary}
 */
public record Submission(String campaignId, int index, String step, String payloadDigest, String idempotencyKey,
                         SubmissionState state, Map<String, Object> providerIds, Integer httpStatus, String errorCode,
                         String errorMessage, int attempts, Instant createdAt, Instant updatedAt) {
}
