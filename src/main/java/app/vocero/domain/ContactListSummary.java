package app.vocero.domain;

import java.time.Instant;

/**
 * A saved contact list as the history and the campaign wizard show it.
 *
 * @param contacts the callable contacts (unique, valid, not on the do-not-call list)
 */
public record ContactListSummary(String id, String name, String sourceFile, String format, String defaultCountry,
                                 Instant importedAt, long rows, long invalid, long duplicates, long suppressed,
                                 long contacts) {
}
