package app.vocero.contacts.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;

/** Turns fastexcel-reader cells into text: every digit of a number, ISO dates, {@code true}/{@code false}. */
final class XlsxCells {

    /** Excel's built-in number formats that show dates or times. */
    private static final Set<Integer> BUILTIN_DATE_FORMATS =
            Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(2_958_465L);
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    private XlsxCells() {
    }

    static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case STRING:
            case BOOLEAN:
                return value == null ? "" : value.toString();
            case NUMBER:
            case FORMULA:
                if (value instanceof BigDecimal number) {
                    return isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
                            ? date(number, date1904) : plain(number);
                }
                return value == null ? "" : value.toString();
            case ERROR:
            default:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
    }

    /**
     * An Excel serial date as ISO text: a date when it has no time part, a time when it has no date part
     * (serial &lt; 1), else a date-time to the second. Serials outside 0–2,958,465 (year 9999) stay numbers.
     */
    static String date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(MAX_SERIAL) > 0) {
            return plain(serial);
        }
        long days = serial.longValue();
        long millis = serial.subtract(BigDecimal.valueOf(days)).multiply(MILLIS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP).longValue();
        LocalDate base = date1904 ? LocalDate.of(1904, 1, 1)
                : days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        LocalDateTime dateTime = base.atStartOfDay().plusDays(days).plus(millis, ChronoUnit.MILLIS)
                .truncatedTo(ChronoUnit.SECONDS);
        if (days == 0 && millis > 0 && !date1904) {
            return dateTime.toLocalTime().toString();
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.toString();
    }

    /** Every digit, no exponent, no trailing {@code .0}; absurd exponents keep the scientific form. */
    static String plain(BigDecimal number) {
        if (Math.abs((long) number.scale()) > 60) {
            return number.stripTrailingZeros().toString();
        }
        String s = number.toPlainString();
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            s = s.substring(0, end);
        }
        return "-0".equals(s) ? "0" : s;
    }

    /** Whether a number format shows a date or time (the rule of POI's DateUtil, simplified). */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILTIN_DATE_FORMATS.contains(id)) {
            return true;
        }
        if (format == null || format.isBlank()) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("general") || f.equals("@")) {
            return false;
        }
        int semicolon = f.indexOf(';');
        if (semicolon >= 0) {
            f = f.substring(0, semicolon);
        }
        StringBuilder kept = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (inQuotes) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = f.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                String inside = f.substring(i + 1, close);
                if (inside.matches("h+|m+|s+")) {
                    kept.append(inside);
                }
                i = close;
            } else {
                kept.append(c);
            }
        }
        String k = kept.toString();
        return k.matches(".*[ydhs].*") || k.indexOf('m') >= 0 && !k.matches(".*[0#?].*");
    }
}
