package app.vocero.provider.smartflo;

import app.vocero.domain.campaign.RetryCondition;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * THE table of Smartflo broadcast dial-status codes 1–5, with labels and the draft retry conditions that map to
 * them. <b>A guess</b>: the document only shows the defaults {@code dialstatus [1, 2, 3, 4, 5]} and
 * {@code retry_dialstatus [1, 3]}; a sister product labels broadcast statuses New, Message Played, DTMF Pressed,
 * No Answer, DND, Busy, Congestion, Failed (NOTES.md). We read the five codes as call outcomes such that the
 * documented retry default [1, 3] is the classic "no answer or busy": 1 No answer, 2 Message played,
 * 3 Busy, 4 Congestion, 5 Failed. Confirm with Smartflo and change only this table.
 *
 * <p>Saem has no "busy" result: for a call center "no contesta" covers busy lines too, so {@code nocontesta} maps
 * to 1 and 3. Voicemail, answering machine and "hung up" have no Smartflo status here (pre-flight warns).
 */
public enum SmartfloDialStatus {
    NO_ANSWER(1, "No answer", "No contesta", EnumSet.of(RetryCondition.NOCONTESTA)),
    MESSAGE_PLAYED(2, "Message played", "Mensaje reproducido",
            EnumSet.of(RetryCondition.SATISFACTORIO, RetryCondition.MSATISFACTORIO, RetryCondition.MCOLGO)),
    BUSY(3, "Busy", "Ocupado", EnumSet.of(RetryCondition.NOCONTESTA)),
    CONGESTION(4, "Congestion", "Congestión", EnumSet.of(RetryCondition.CONGESTION)),
    FAILED(5, "Failed", "Falló", EnumSet.of(RetryCondition.FALLO));

    /** The document's default {@code dialstatus}. */
    public static final List<Integer> DEFAULT_DIALSTATUS = List.of(1, 2, 3, 4, 5);
    /** The document's default {@code retry_dialstatus}. */
    public static final List<Integer> DEFAULT_RETRY_DIALSTATUS = List.of(1, 3);

    private final int code;
    private final String english;
    private final String spanish;
    private final Set<RetryCondition> conditions;

    SmartfloDialStatus(int code, String english, String spanish, Set<RetryCondition> conditions) {
        this.code = code;
        this.english = english;
        this.spanish = spanish;
        this.conditions = conditions;
    }

    public int code() {
        return code;
    }

    public String label(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : english;
    }

    public static Optional<SmartfloDialStatus> of(int code) {
        for (SmartfloDialStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The codes a draft retry condition ({@code nocontesta}) maps to; empty when Smartflo has none for it. */
    public static Set<Integer> codesFor(String retryOn) {
        Set<Integer> codes = new TreeSet<>();
        RetryCondition.fromKey(retryOn).ifPresent(condition -> {
            for (SmartfloDialStatus status : values()) {
                if (status.conditions.contains(condition)) {
                    codes.add(status.code);
                }
            }
        });
        return codes;
    }

    /** {@code retry_dialstatus} for a window's conditions: their codes, or the default [1, 3] when none maps. */
    public static List<Integer> retryCodes(List<String> retryOn) {
        Set<Integer> codes = new TreeSet<>();
        retryOn.forEach(condition -> codes.addAll(codesFor(condition)));
        return codes.isEmpty() ? DEFAULT_RETRY_DIALSTATUS : List.copyOf(codes);
    }

    /** {@code "1 (No answer), 3 (Busy)"} in {@code en} or {@code es}. */
    public static String describe(List<Integer> codes, String language) {
        StringBuilder out = new StringBuilder();
        for (int code : codes) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(code);
            of(code).ifPresent(status -> out.append(" (").append(status.label(language)).append(')'));
        }
        return out.toString();
    }
}
