package app.vocero.contacts.read;

import java.math.BigDecimal;
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

    private XlsxCells() {
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case STRING:
                return value == null ? "" : value.toString();
            case BOOLEAN:
                return value == null ? "" : value.toString();
            case NUMBER:
            case FORMULA:
                if (value instanceof BigDecimal number) {
                    return number(number, cell);
                }
                return value == null ? "" : value.toString();
            case ERROR:
            default:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
    }

    private static String number(BigDecimal number, Cell cell) {
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                return date(number, cell);
            } catch (RuntimeException e) {
                // not a representable date: keep the number
            }
        }
        return plain(number);
    }

    private static String date(BigDecimal number, Cell cell) {
        if (number.signum() >= 0 && number.compareTo(BigDecimal.ONE) < 0) {
            LocalDateTime t = cell.asDate();
            LocalTime time = t.toLocalTime().truncatedTo(ChronoUnit.SECONDS);
            return time.toString();
        }
        LocalDateTime dateTime = cell.asDate().truncatedTo(ChronoUnit.SECONDS);
        if (number.stripTrailingZeros().scale() <= 0) {
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
