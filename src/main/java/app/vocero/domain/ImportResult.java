package app.vocero.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one import produced: the counts, the breakdowns, every rejected row (for the rejects file) and the
 * accepted contacts.
 *
 * @param columns   {role key: header}, e.g. {@code {"phone": "Teléfono"}}
 * @param countries unique callable numbers per ISO region, most first
 * @param operators unique callable numbers per operator ({@code "unknown"} where libphonenumber has none), most first
 * @param contacts  the accepted contacts, {@code uniqueValid} of them; empty when the import only counted them (a
 *                  check-only import, {@code ImportOptions.keepContacts} false)
 */
public record ImportResult(String file, String format, String encoding, long rows, long blankRows, long valid,
                           long invalid, long duplicates, long suppressed, long uniqueValid,
                           Map<String, String> columns, Map<String, Long> countries, Map<String, Long> operators,
                           List<Reject> rejects, ContactTable contacts, long elapsedMs) {

    public ImportResult {
        rejects = List.copyOf(rejects);
    }

    /** The report with reasons in {@code en} or {@code es} and the first {@value ImportReport#REJECTS_SHOWN} rejects. */
    public ImportReport report(String language) {
        List<ImportReport.RejectedRow> shown = new ArrayList<>();
        for (Reject reject : rejects.subList(0, Math.min(ImportReport.REJECTS_SHOWN, rejects.size()))) {
            shown.add(new ImportReport.RejectedRow(reject.row(), reject.value(), reject.reasonCode(),
                    reject.reasonText(language)));
        }
        return new ImportReport(file, format, encoding, rows, blankRows, valid, invalid, duplicates, suppressed,
                uniqueValid, columns, countries, operators, shown, elapsedMs);
    }
}
