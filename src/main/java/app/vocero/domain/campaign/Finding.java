package app.vocero.domain.campaign;

import java.util.Objects;

/**
 * One thing pre-flight found in a draft, in Spanish and English.
 *
 * @param code  the provider's own code where its document has one ({@code CALLB_022}), else Vocero's
 *              ({@code schedule.past})
 * @param field where in the draft ({@code schedules[1].end}, {@code message.template}, {@code contacts})
 */
public record Finding(Severity severity, String code, String field, String english, String spanish) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        field = field == null ? "" : field;
    }

    public static Finding error(String code, String field, String english, String spanish) {
        return new Finding(Severity.ERROR, code, field, english, spanish);
    }

    public static Finding warning(String code, String field, String english, String spanish) {
        return new Finding(Severity.WARNING, code, field, english, spanish);
    }

    public static Finding info(String code, String field, String english, String spanish) {
        return new Finding(Severity.INFO, code, field, english, spanish);
    }

    /** The message in {@code es} or {@code en}. */
    public String message(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : english;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
