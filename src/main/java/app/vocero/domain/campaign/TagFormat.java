package app.vocero.domain.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a tag's value is written into the spoken text, so numbers come out as people say them whatever the file's
 * cell type: an XLSX numeric cell arrives as {@code 1250000.5}, a CSV from a Latin-American Excel as
 * {@code 1.250.000,50} or {@code $1.250.000}, a value that went through a spreadsheet as {@code 1.2500005E6}.
 * <ul>
 *   <li>{@link #AMOUNT}: money in the recipient's country format, {@code $1.250.000,50} in Colombia (whole amounts
 *       without decimals: {@code $1.250.000});</li>
 *   <li>{@link #NUMBER}: the number with the country's separators, no currency ({@code 1.250.000,5});</li>
 *   <li>{@link #DIGITS}: the digits one by one ({@code 3 0 0 1 2 3}), for ids, account and phone numbers;</li>
 *   <li>{@link #AS_WRITTEN}: the cell exactly as it is in the file.</li>
 * </ul>
 * A value that is not a number is always kept as written. The balance tag {@code {S}} is an amount unless the
 * draft says otherwise ({@code message.tagFormats}); every other tag is as written.
 */
public enum TagFormat {
    AMOUNT("amount"),
    NUMBER("number"),
    DIGITS("digits"),
    AS_WRITTEN("written");

    /** A sign, a currency before or after, digits with grouping and a decimal part or an exponent. */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\(?\\s*([-+−])?\\s*(?:[A-Z]{3}|US\\$|\\$|€|£|₹|S/\\.?)?\\s*([-+−])?\\s*"
                    + "([0-9][0-9.,'\\u00A0\\u202F ]*?)(?:[eE]([-+]?[0-9]{1,3}))?"
                    + "\\s*(?:[A-Z]{3}|\\$|€)?\\s*([-−])?\\s*\\)?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:[.,][0-9]{3})+");
    /** Exponents beyond this are not a balance anyone types: the value is kept as written. */
    private static final int MAX_EXPONENT = 30;
    private static final Set<String> SPANISH_SPEAKING = Set.of("AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES",
            "GQ", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV", "UY", "VE");
    private static final Locale FALLBACK = Locale.forLanguageTag("es-CO");

    private final String key;

    TagFormat(String key) {
        this.key = key;
    }

    /** The name in a draft's {@code message.tagFormats} ({@code "amount"}, {@code "digits"}…). */
    public String key() {
        return key;
    }

    public static Optional<TagFormat> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.key.equals(wanted)).findFirst();
    }

    /**
     * The value as the recipient should hear it.
     *
     * @param value  the cell as the file had it ({@code ""} when missing: stays {@code ""})
     * @param region the recipient's country (ISO code, {@code CO}); decides currency and separators
     */
    public String apply(String value, String region) {
        if (value == null || value.isBlank() || this == AS_WRITTEN) {
            return value == null ? "" : value;
        }
        if (this == DIGITS) {
            return digits(value);
        }
        Locale locale = localeOf(region);
        Optional<BigDecimal> number = number(value, locale);
        if (number.isEmpty()) {
            return value;
        }
        return this == AMOUNT ? amount(number.get(), locale) : plainNumber(number.get(), locale);
    }

    /** The locale whose money and number format the people of a country read: es-CO, es-MX, en-US… */
    public static Locale localeOf(String region) {
        if (region == null || region.isBlank()) {
            return FALLBACK;
        }
        return Style.LOCALES.computeIfAbsent(region, TagFormat::findLocale);
    }

    private static Locale findLocale(String region) {
        String country = region.trim().toUpperCase(Locale.ROOT);
        if (SPANISH_SPEAKING.contains(country)) {
            return new Locale("es", country);
        }
        if (country.equals("US")) {
            return Locale.US;
        }
        return Arrays.stream(NumberFormat.getAvailableLocales())
                .filter(locale -> locale.getCountry().equals(country) && locale.getVariant().isEmpty()
                        && locale.getScript().isEmpty())
                .sorted((a, b) -> Boolean.compare(!"en".equals(a.getLanguage()), !"en".equals(b.getLanguage())))
                .findFirst().orElse(FALLBACK);
    }

    /**
     * A written number as a value: {@code 1250000.5}, {@code 1.250.000,50}, {@code $ 1,250,000.50},
     * {@code 1.2500005E6}, {@code (1.250)}, {@code -500}. With only one separator written once before exactly three
     * digits ({@code 1.250}), the country's grouping separator decides (in Colombia {@code 1.250} is 1250 and
     * {@code 1,250} is 1.25). Empty when the text is not a number (a date, a name, {@code 12.05.2024}).
     */
    public static Optional<BigDecimal> number(String written, Locale locale) {
        String text = written.strip();
        if (isPlainInteger(text)) {
            return Optional.of(new BigDecimal(text));
        }
        int separator = simpleSeparator(text);
        if (separator > 0) {
            // digits, one '.' or ',', digits: what spreadsheets and most files give; no pattern matching needed
            boolean negative = text.charAt(0) == '-';
            String digits = negative ? text.substring(1) : text;
            return resolveSeparators(digits, locale).map(plain -> negative ? new BigDecimal(plain).negate() : new BigDecimal(plain));
        }
        Matcher matcher = NUMERIC.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean negative = matcher.group(1) != null && !matcher.group(1).equals("+")
                || matcher.group(2) != null && !matcher.group(2).equals("+") || matcher.group(5) != null
                || text.startsWith("(") && text.endsWith(")");
        String digits = matcher.group(3).replaceAll("['\\u00A0\\u202F ]", "");
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(digits.length() - 1))) {
            return Optional.empty();
        }
        String exponent = matcher.group(4);
        String plain;
        if (exponent != null) {
            if (digits.indexOf(',') >= 0 || digits.chars().filter(c -> c == '.').count() > 1) {
                return Optional.empty();
            }
            if (Math.abs(Integer.parseInt(exponent.replace("+", ""))) > MAX_EXPONENT) {
                return Optional.empty();
            }
            plain = digits + "E" + exponent;
        } else {
            Optional<String> resolved = resolveSeparators(digits, locale);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            plain = resolved.get();
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Digits with {@code .} and {@code ,} as the number wrote them → digits with one {@code .} decimal point. */
    private static Optional<String> resolveSeparators(String digits, Locale locale) {
        int dots = count(digits, '.');
        int commas = count(digits, ',');
        if (dots == 0 && commas == 0) {
            return Optional.of(digits);
        }
        if (dots > 0 && commas > 0) {
            char decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(digits, decimal) > 1) {
                return Optional.empty();
            }
            int at = digits.indexOf(decimal);
            String whole = digits.substring(0, at);
            if (!GROUPED.matcher(whole).matches() && whole.indexOf(grouping) >= 0) {
                return Optional.empty();
            }
            return Optional.of(whole.replace(String.valueOf(grouping), "") + "." + digits.substring(at + 1));
        }
        char separator = dots > 0 ? '.' : ',';
        int times = Math.max(dots, commas);
        if (times > 1) {
            return GROUPED.matcher(digits).matches()
                    ? Optional.of(digits.replace(String.valueOf(separator), "")) : Optional.empty();
        }
        int at = digits.indexOf(separator);
        String whole = digits.substring(0, at);
        String fraction = digits.substring(at + 1);
        if (whole.isEmpty() || fraction.isEmpty()) {
            return Optional.empty();
        }
        char grouping = Style.of(locale).grouping;
        boolean looksGrouped = fraction.length() == 3 && whole.length() <= 3 && !whole.equals("0");
        if (looksGrouped && separator == grouping) {
            return Optional.of(whole + fraction);
        }
        return Optional.of(whole + "." + fraction);
    }

    /** The position of the one {@code .} or {@code ,} in {@code -?digits[.,]digits}, else -1. */
    private static int simpleSeparator(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int separator = -1;
        if (text.length() - start < 3 || text.length() > 40) {
            return -1;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                if (separator >= 0 || i == start || i == text.length() - 1) {
                    return -1;
                }
                separator = i;
            } else if (c < '0' || c > '9') {
                return -1;
            }
        }
        return separator;
    }

    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, char wanted) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }

    /** {@code $1.250.000,50} in es-CO: the currency's decimals when there are cents, none for a whole amount. */
    static String amount(BigDecimal value, Locale locale) {
        Style style = Style.of(locale);
        BigDecimal magnitude = value.abs();
        BigDecimal rounded = magnitude.setScale(style.moneyDecimals, RoundingMode.HALF_UP);
        if (rounded.stripTrailingZeros().scale() <= 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        String number = style.group(rounded.toPlainString(), style.moneyGrouping, style.moneyDecimal);
        String text = style.moneyPrefix + number + style.moneySuffix;
        return value.signum() < 0 && rounded.signum() != 0 ? "-" + text : text;
    }

    /** {@code 1.250.000,5} in es-CO: grouping and the decimals the value has (at most six). */
    static String plainNumber(BigDecimal value, Locale locale) {
        Style style = Style.of(locale);
        BigDecimal rounded = value.abs().setScale(Math.min(6, Math.max(0, value.stripTrailingZeros().scale())),
                RoundingMode.HALF_UP);
        String text = style.group(rounded.toPlainString(), style.grouping, style.decimal);
        return value.signum() < 0 && rounded.signum() != 0 ? "-" + text : text;
    }

    /**
     * A country's way of writing money and numbers, read once from the JDK's locale data (a campaign renders
     * hundreds of thousands of balances: no formatter is built per value).
     */
    private static final class Style {
        // memos of the JDK's locale data: each entry is computed once and never changes
        private static final java.util.Map<Locale, Style> STYLES = new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.Map<String, Locale> LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

        final String moneyPrefix;
        final String moneySuffix;
        final char moneyGrouping;
        final char moneyDecimal;
        final int moneyDecimals;
        final char grouping;
        final char decimal;

        private Style(Locale locale) {
            java.text.DecimalFormat money = (java.text.DecimalFormat) NumberFormat.getCurrencyInstance(locale);
            DecimalFormatSymbols symbols = money.getDecimalFormatSymbols();
            // "$ " before the digits reads better without the space ($1.250.000, as written on Colombian bills)
            this.moneyPrefix = money.getPositivePrefix().replaceAll("[\\s\\u00A0\\u202F]+$", "");
            this.moneySuffix = money.getPositiveSuffix();
            this.moneyGrouping = symbols.getMonetaryGroupingSeparator();
            this.moneyDecimal = symbols.getMonetaryDecimalSeparator();
            this.moneyDecimals = money.getCurrency() == null ? 2 : Math.max(0, money.getCurrency().getDefaultFractionDigits());
            DecimalFormatSymbols plain = DecimalFormatSymbols.getInstance(locale);
            this.grouping = plain.getGroupingSeparator();
            this.decimal = plain.getDecimalSeparator();
        }

        static Style of(Locale locale) {
            return STYLES.computeIfAbsent(locale, Style::new);
        }

        /** {@code 1250000.50} → {@code 1.250.000,50} with these separators (groups of three). */
        String group(String plain, char groupingSeparator, char decimalSeparator) {
            int point = plain.indexOf('.');
            String whole = point < 0 ? plain : plain.substring(0, point);
            StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    out.append(groupingSeparator);
                }
                out.append(whole.charAt(i));
            }
            if (point >= 0) {
                out.append(decimalSeparator).append(plain, point + 1, plain.length());
            }
            return out.toString();
        }
    }

    /** Each digit on its own ({@code 3 0 0}); an exponent is expanded first; a text without digits stays. */
    static String digits(String value) {
        String source = value.strip();
        if (source.matches("[-+]?[0-9]+(\\.[0-9]+)?[eE][-+]?[0-9]{1,2}")) {
            source = new BigDecimal(source).toPlainString();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? value : out.toString();
    }
}
