package app.vocero.domain;

import java.time.Instant;

/**
 * A saved contact list as the history and the campaign wizard show it.
 *
 * @param contacts the callable contacts (unique, valid, not on the do-not-call list)
 * @param madeBy who saved it; {@code null} for a list saved before Vocero kept it
 */
public record ContactListSummary(String id, String name, String sourceFile, String format, String defaultCountry,
                                 Instant importedAt, long rows, long invalid, long duplicates, long suppressed,
                                 long contacts, Operator madeBy) {

    /** A list whose maker is not known. */
    public ContactListSummary(String id, String name, String sourceFile, String format, String defaultCountry,
                              Instant importedAt, long rows, long invalid, long duplicates, long suppressed,
                              long contacts) {
        this(id, name, sourceFile, format, defaultCountry, importedAt, rows, invalid, duplicates, suppressed, contacts,
                null);
    }
}
