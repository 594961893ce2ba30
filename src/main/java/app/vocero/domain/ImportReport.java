package app.vocero.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of one import, with exactly the fields of the CLI's JSON (written in snake_case:
 * {@code blank_rows}, {@code unique_valid}, {@code elapsed_ms}, {@code reason_code}). {@code rejects} holds the
 * first {@value #REJECTS_SHOWN}; counts obey {@code valid = rows - invalid} and
 * {@code unique_valid = valid - duplicates - suppressed}.
 */
public record ImportReport(String file, String format, String encoding, long rows, long blankRows, long valid,
                           long invalid, long duplicates, long suppressed, long uniqueValid,
                           Map<String, String> columns, Map<String, Long> countries, Map<String, Long> operators,
                           List<RejectedRow> rejects, long elapsedMs) {

    public static final int REJECTS_SHOWN = 100;

    public ImportReport {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        operators = Collections.unmodifiableMap(new LinkedHashMap<>(operators));
        rejects = List.copyOf(rejects);
    }

    /** One rejected row as the report shows it, its reason in the report's language. */
    public record RejectedRow(long row, String value, String reasonCode, String reason) {
    }
}
