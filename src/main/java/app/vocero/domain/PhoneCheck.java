package app.vocero.domain;

/**
 * The verdict on one phone cell.
 *
 * @param valid          whether libphonenumber says the number is valid
 * @param e164           {@code +573001234567} when valid, otherwise {@code null}
 * @param nationalDigits the national significant number ({@code 3001234567}) when valid
 * @param region         the ISO region of a valid number ({@code CO}); for an invalid one, the country it was
 *                       checked against when known
 * @param carrier        the operator's English name, {@code "unknown"} when libphonenumber has none
 * @param reason         why the number is invalid, {@code null} when valid
 */
public record PhoneCheck(boolean valid, String e164, String nationalDigits, String region, String carrier,
                         RejectReason reason) {

    public static final String UNKNOWN_CARRIER = "unknown";

    public static PhoneCheck valid(String e164, String nationalDigits, String region, String carrier) {
        return new PhoneCheck(true, e164, nationalDigits, region, carrier, null);
    }

    public static PhoneCheck invalid(RejectReason reason, String region) {
        return new PhoneCheck(false, null, null, region, null, reason);
    }

    /** The reason in {@code en} or {@code es}; empty for a valid number. */
    public String reasonText(String language) {
        return reason == null ? "" : reason.text(language, region);
    }
}
