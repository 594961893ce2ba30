package app.vocero.domain;

/**
 * One rejected row of a contact file.
 *
 * @param row    the row number as the user sees it in their program
 * @param value  the phone cell as written in the file
 * @param reason why it was rejected
 * @param detail what the reason text refers to: the country checked against, or the row a duplicate repeats
 */
public record Reject(long row, String value, RejectReason reason, String detail) {

    public String reasonCode() {
        return reason.code();
    }

    /** The reason in {@code en} or {@code es}. */
    public String reasonText(String language) {
        return reason.text(language, detail);
    }
}
