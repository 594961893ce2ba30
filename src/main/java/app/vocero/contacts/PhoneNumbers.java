package app.vocero.contacts;

import app.vocero.domain.PhoneCheck;
import app.vocero.domain.RejectReason;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks phone cells against libphonenumber for one default country, fast: its own digit extraction instead of
 * {@code parse} ({@link DialedDigits}), one {@code getNumberType} for validity and the mobile test with the
 * number patterns compiled to automata ({@link NumberTypes}), a cache of
 * verdicts by cell and operators from libphonenumber's carrier files as trees of prefixes ({@link CarrierNames}).
 * The verdicts, E.164 forms, regions and operators
 * are libphonenumber's own (a test compares them on tens of thousands of inputs). Thread-safe.
 */
public final class PhoneNumbers {

    /** {@code 5,73002E+11}, {@code 5.73002E+11}, {@code 5.73E11}: a number Excel showed in scientific notation. */
    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile("\\s*[0-9]+(?:[.,][0-9]+)?[eE][+]?[0-9]+\\s*");
    /**
     * Verdicts remembered by cell, direct-mapped: repeats of a cell among the last ~100k distinct cells cost a
     * lookup. A map of every cell costs more than it saves on files of mostly distinct numbers (measured 2–3×).
     */
    private static final int CACHE_SLOTS = 1 << 13;
    /** A trailing extension written out: {@code ext. 12}, {@code Ext 12}, {@code extensión 12}, {@code anexo 12}. */
    private static final Pattern EXTENSION =
            Pattern.compile("(?iu)[\\s,;]*(?:ext\\.?|extensi[oó]n|anexo)\\s*[0-9]+\\s*$");
    private static final String UNKNOWN_REGION = "ZZ";
    /** {@code +57} at 57 once made (racy on purpose: any thread's string is the same text). */
    private static final String[] PLUS_CODES = new String[1000];

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final int defaultCountryCode;
    private final DialedDigits dialedDigits;
    private static final CarrierNames CARRIERS = new CarrierNames();
    private static final NumberTypes NUMBER_TYPES = new NumberTypes(PhoneNumberUtil.getInstance());
    private final Remembered[] verdicts;
    private final int[] hashes;
    private final int cacheMask;

    /**
     * @param defaultCountry the country of numbers written without their country code: an ISO region
     *                       ({@code CO}, {@code co}) or a dialing prefix ({@code 57}, {@code +57})
     * @throws IllegalArgumentException when it is neither
     */
    public PhoneNumbers(String defaultCountry) {
        this(defaultCountry, CACHE_SLOTS);
    }

    /** @param cacheSlots how many verdicts to remember by cell (a power of two; 0: none) */
    PhoneNumbers(String defaultCountry, int cacheSlots) {
        if (cacheSlots != 0 && Integer.bitCount(cacheSlots) != 1) {
            throw new IllegalArgumentException("Cache slots must be a power of two: " + cacheSlots);
        }
        this.verdicts = new Remembered[Math.max(1, cacheSlots)];
        this.hashes = new int[verdicts.length];
        this.cacheMask = cacheSlots - 1;
        this.defaultRegion = regionOf(util, defaultCountry);
        this.defaultCountryCode = util.getCountryCodeForRegion(defaultRegion);
        this.dialedDigits = new DialedDigits(util, defaultRegion);
    }

    /** The default country's ISO region ({@code CO}). */
    public String defaultRegion() {
        return defaultRegion;
    }

    /** The default country's calling code ({@code 57}). */
    public int defaultCountryCode() {
        return defaultCountryCode;
    }

    /** The verdict on one cell (never {@code null}; a {@code null} cell is missing). */
    public PhoneCheck check(String cell) {
        if (cell == null) {
            return PhoneCheck.invalid(RejectReason.MISSING, defaultRegion);
        }
        if (cacheMask < 0) {
            return decide(cell);
        }
        int hash = cell.hashCode();
        int slot = spread(hash) & cacheMask;
        // the hashes first, from one small array: on a file of distinct numbers nearly every slot holds another
        // cell, and looking at the entry itself would first fetch it, its string and their bytes from wherever
        // they lie in the heap. Racy on purpose: an entry is immutable and its cell is compared before its verdict
        // is used, so a hash written beside another thread's entry only costs a recheck.
        if (hashes[slot] == hash) {
            Remembered known = verdicts[slot];
            if (known != null && known.cell.equals(cell)) {
                return known.verdict;
            }
        }
        PhoneCheck verdict = decide(cell);
        verdicts[slot] = new Remembered(cell, verdict);
        hashes[slot] = hash;
        return verdict;
    }

    /** Whether the cell looks like a number at all (digits, even if not a valid phone): used to spot header rows. */
    public boolean looksLikeNumber(String cell) {
        RejectReason reason = check(cell).reason();
        return reason != RejectReason.MISSING && reason != RejectReason.NOT_A_NUMBER
                && reason != RejectReason.STRAY_CHARACTERS;
    }

    /**
     * Whether a cell with digits also holds something a phone cannot dial: a letter ({@code +573001234567x},
     * {@code tel:}), or a symbol other than the separators people write numbers with (digits of any script, spaces,
     * {@code + - . ( ) / , '} and dashes). libphonenumber reads {@code +573001234567x} and {@code [3001234567]}
     * (a JSON list in the phone column) as valid numbers, dropping what it does not understand; an automated call
     * would dial something other than what was written, so such a cell is rejected instead. A trailing extension
     * written as such ({@code ext. 12}, {@code extensión 12}, {@code anexo 12}) is the one exception: the number
     * before it is the one to call, as before. A cell without digits is not a number at all.
     */
    static boolean hasStrayCharacters(String cell) {
        if (!hasStray(cell)) {
            // the common cell: only digits and separators. Taking an extension away cannot add a stray character,
            // so the extension's search (a case-insensitive search from every position: a fifth of the checking
            // thread's time on a file of plain numbers) is only made for a cell with something else in it
            return false;
        }
        return hasStray(EXTENSION.matcher(cell).replaceFirst("")) && hasDigit(cell);
    }

    private static boolean hasStray(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                continue;
            } else if (c == ' ' || c == '+' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == ','
                    || c == '\'' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                continue;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static final class Remembered {
        final String cell;
        final PhoneCheck verdict;

        Remembered(String cell, PhoneCheck verdict) {
            this.cell = cell;
            this.verdict = verdict;
        }
    }

    private PhoneCheck decide(String cell) {
        // the common cell, ASCII digits and the separators people write numbers with, needs none of the tests below:
        // it has a digit (not blank, a number), no E (not Excel's notation) and nothing stray
        if (plainDigits(cell)) {
            return verdict(cell);
        }
        if (cell.isBlank()) {
            return PhoneCheck.invalid(RejectReason.MISSING, defaultRegion);
        }
        if ((cell.indexOf('E') >= 0 || cell.indexOf('e') >= 0) && EXCEL_SCIENTIFIC.matcher(cell).matches()) {
            return PhoneCheck.invalid(RejectReason.EXCEL_SCIENTIFIC, defaultRegion);
        }
        if (!hasDigit(cell)) {
            return PhoneCheck.invalid(RejectReason.NOT_A_NUMBER, defaultRegion);
        }
        if (hasStrayCharacters(cell)) {
            return PhoneCheck.invalid(RejectReason.STRAY_CHARACTERS, defaultRegion);
        }
        return verdict(cell);
    }

    /**
     * Whether the cell is only ASCII digits (at least one) and {@code + - . ( ) / , '}, spaces and no-break spaces:
     * such a cell is not blank, not Excel's scientific notation, has a digit and nothing {@link #hasStray stray}.
     */
    static boolean plainDigits(String cell) {
        boolean digit = false;
        for (int i = 0, n = cell.length(); i < n; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != ','
                    && c != '\'' && c != '\u00A0') {
                return false;
            }
        }
        return digit;
    }

    /** The verdict on a cell with digits and nothing stray, as libphonenumber gives it. */
    private PhoneCheck verdict(String cell) {
        PhoneNumber number;
        try {
            number = dialedDigits.parse(cell);
        } catch (NumberParseException e) {
            return PhoneCheck.invalid(reasonFor(e.getErrorType()), defaultRegion);
        }
        String region = util.getRegionCodeForNumber(number);
        String national = nationalSignificantNumber(number);
        PhoneNumberType type = NUMBER_TYPES.typeOf(number, region, national);
        if (type == PhoneNumberType.UNKNOWN || region == null) {
            return invalidVerdict(number);
        }
        String e164 = plusCode(number.getCountryCode()).concat(national);
        String carrier = "";
        if (type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE
                || type == PhoneNumberType.PAGER) {
            carrier = CARRIERS.nameOf(number, national);
        }
        return PhoneCheck.valid(e164, national, region, carrier.isEmpty() ? PhoneCheck.UNKNOWN_CARRIER : carrier);
    }

    /** {@code +57} for 57: made once per calling code (there are fewer than 1,000). */
    private static String plusCode(int countryCode) {
        if (countryCode < 0 || countryCode >= PLUS_CODES.length) {
            return "+" + countryCode;
        }
        String code = PLUS_CODES[countryCode];
        if (code == null) {
            code = "+" + countryCode;
            PLUS_CODES[countryCode] = code;
        }
        return code;
    }

    /**
     * libphonenumber's {@code getNationalSignificantNumber}: the digits {@link DialedDigits} read it from, else
     * (without leading zeros: nearly every number outside Italy) the national number's digits, written here without
     * its intermediate builder.
     */
    private String nationalSignificantNumber(PhoneNumber number) {
        String read = DialedDigits.nationalDigits(number); // the digits the number was read from: no long to text
        if (read != null) {
            return read;
        }
        return number.isItalianLeadingZero() ? util.getNationalSignificantNumber(number)
                : Long.toString(number.getNationalNumber());
    }

    private PhoneCheck invalidVerdict(PhoneNumber number) {
        String checkedAgainst = util.getRegionCodeForCountryCode(number.getCountryCode());
        if (UNKNOWN_REGION.equals(checkedAgainst)) {
            checkedAgainst = "+" + number.getCountryCode();
        }
        ValidationResult possible = util.isPossibleNumberWithReason(number);
        RejectReason reason = possible == ValidationResult.TOO_SHORT ? RejectReason.TOO_SHORT
                : possible == ValidationResult.TOO_LONG ? RejectReason.TOO_LONG : RejectReason.INVALID;
        return PhoneCheck.invalid(reason, checkedAgainst);
    }

    private static RejectReason reasonFor(NumberParseException.ErrorType type) {
        switch (type) {
            case NOT_A_NUMBER:
                return RejectReason.NOT_A_NUMBER;
            case TOO_SHORT_NSN:
            case TOO_SHORT_AFTER_IDD:
                return RejectReason.TOO_SHORT;
            case TOO_LONG:
                return RejectReason.TOO_LONG;
            default:
                return RejectReason.INVALID;
        }
    }

    private static String regionOf(PhoneNumberUtil util, String country) {
        if (country == null || country.isBlank()) {
            throw new IllegalArgumentException("No default country given: write an ISO code like CO or a prefix like 57");
        }
        String text = country.trim();
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 3) {
            String region = util.getRegionCodeForCountryCode(Integer.parseInt(text));
            if (!UNKNOWN_REGION.equals(region)
                    && !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
                return region;
            }
        } else {
            String region = text.toUpperCase(Locale.ROOT);
            if (util.getSupportedRegions().contains(region)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unknown country: " + country
                + " (write an ISO code like CO or a dialing prefix like 57)");
    }
}
