package app.vocero.domain;

/**
 * Why a contact row was not kept, with a stable code for programs and a text in English and Spanish.
 * Texts with {@code %s} take the detail (the country a number was checked against).
 */
public enum RejectReason {
    MISSING("missing", "no phone number", "sin número de teléfono"),
    NOT_A_NUMBER("not_a_number", "not a phone number", "no es un número de teléfono"),
    /** Letters or symbols a phone cannot dial: {@code +573001234567x}, an extension, a JSON object or list. */
    STRAY_CHARACTERS("stray_characters", "letters or symbols that are not part of a phone number",
            "letras o símbolos que no son parte de un número de teléfono"),
    EXCEL_SCIENTIFIC("excel_scientific", "digits lost by Excel", "Excel perdió dígitos"),
    TOO_SHORT("too_short", "too short for %s", "demasiado corto para %s"),
    TOO_LONG("too_long", "too long for %s", "demasiado largo para %s"),
    INVALID("invalid", "not a valid number for %s", "no es un número válido para %s"),
    DUPLICATE("duplicate", "duplicate of row %s", "repetido de la fila %s"),
    SUPPRESSED("suppressed", "on the do-not-call list", "en la lista de no llamar");

    private final String code;
    private final String english;
    private final String spanish;

    RejectReason(String code, String english, String spanish) {
        this.code = code;
        this.english = english;
        this.spanish = spanish;
    }

    public String code() {
        return code;
    }

    /** The text in {@code en} or {@code es} (anything else falls back to English), with the detail filled in. */
    public String text(String language, String detail) {
        String template = "es".equalsIgnoreCase(language) ? spanish : english;
        if (!template.contains("%s")) {
            return template;
        }
        String filler = detail == null || detail.isEmpty() ? "?" : detail;
        return String.format(template, filler);
    }

    public String english(String detail) {
        return text("en", detail);
    }

    public String spanish(String detail) {
        return text("es", detail);
    }

    public static RejectReason fromCode(String code) {
        for (RejectReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("Unknown reason code: " + code);
    }
}
