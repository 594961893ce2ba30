package app.vocero.contacts;

import app.vocero.domain.ImportReport;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** A readable multi-line summary of an import, in English ({@code en}) or Spanish ({@code es}). */
public final class ImportSummary {

    private ImportSummary() {
    }

    public static String text(ImportReport report, String language) {
        boolean es = "es".equalsIgnoreCase(language);
        NumberFormat numbers = NumberFormat.getIntegerInstance(es ? Locale.forLanguageTag("es-CO") : Locale.US);
        StringBuilder out = new StringBuilder();
        line(out, es ? "Archivo" : "File", report.file() + " (" + report.format() + ", " + report.encoding() + ")");
        line(out, es ? "Filas" : "Rows", numbers.format(report.rows())
                + (report.blankRows() > 0 ? (es ? " (más " : " (plus ") + numbers.format(report.blankRows())
                + (es ? " en blanco)" : " blank)") : ""));
        line(out, es ? "Válidos" : "Valid", numbers.format(report.valid()));
        line(out, es ? "Inválidos" : "Invalid", numbers.format(report.invalid()));
        line(out, es ? "Repetidos" : "Duplicates", numbers.format(report.duplicates()));
        line(out, es ? "En lista de no llamar" : "Do-not-call", numbers.format(report.suppressed()));
        line(out, es ? "Listos para llamar" : "Ready to call", numbers.format(report.uniqueValid()));
        line(out, es ? "Columnas" : "Columns", join(report.columns(), null));
        line(out, es ? "Países" : "Countries", join(report.countries(), numbers));
        line(out, es ? "Operadores" : "Operators", join(operators(report.operators(), es), numbers));
        if (!report.rejects().isEmpty()) {
            out.append(es ? "Primeros rechazos:" : "First rejects:").append('\n');
            report.rejects().stream().limit(10).forEach(reject -> out.append("  ")
                    .append(es ? "fila " : "row ").append(reject.row()).append(": \"").append(reject.value())
                    .append("\" ").append(reject.reason()).append('\n'));
        }
        line(out, es ? "Tiempo" : "Time", numbers.format(report.elapsedMs()) + " ms");
        return out.toString();
    }

    /** The operators, "unknown" (libphonenumber names none) said in the summary's language. */
    private static Map<String, ?> operators(Map<String, ?> operators, boolean es) {
        if (!es || !operators.containsKey(app.vocero.domain.PhoneCheck.UNKNOWN_CARRIER)) {
            return operators;
        }
        Map<String, Object> said = new java.util.LinkedHashMap<>();
        operators.forEach((name, count) -> said.put(app.vocero.domain.PhoneCheck.UNKNOWN_CARRIER.equals(name)
                ? "sin identificar" : name, count));
        return said;
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }

    private static String join(Map<String, ?> values, NumberFormat numbers) {
        if (values.isEmpty()) {
            return "-";
        }
        StringBuilder joined = new StringBuilder();
        values.forEach((key, value) -> {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(key).append(numbers == null ? " = " : " ")
                    .append(numbers == null ? String.valueOf(value) : numbers.format(value));
        });
        return joined.toString();
    }
}
