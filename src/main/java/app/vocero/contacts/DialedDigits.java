package app.vocero.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.NumberParseException.ErrorType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a phone cell into a {@link PhoneNumber} exactly as {@code PhoneNumberUtil.parse(cell, region)} would, but
 * without its general-purpose front end. Cells made only of ASCII digits, spaces, {@code - . ( ) /}, no-break
 * spaces and one leading {@code +} take the fast path, which repeats parse's steps for such input: the
 * international (IDD) prefix, the country code with or without {@code +}, the national (trunk) prefix and its
 * transform rules, the length tests and the leading zeros, all read from libphonenumber's own metadata. Anything
 * else (letters, extensions, full-width digits, a {@code +} after digits, fewer than 4 digits, an unknown country
 * code after {@code +}) goes to {@code parse} itself. Thread-safe.
 */
final class DialedDigits {

    private static final int MAX_INPUT_LENGTH = 250;
    private static final int MIN_LENGTH_FOR_NSN = 2;
    private static final int MAX_LENGTH_FOR_NSN = 17;

    private final PhoneNumberUtil util;
    private final MetadataSource metadataSource;
    private final String defaultRegion;
    private final RegionRules defaultRules;
    private final Map<Integer, RegionRules> rulesByCountryCode = new ConcurrentHashMap<>();
    private final boolean[] callingCodes = new boolean[1000];

    DialedDigits(PhoneNumberUtil util, String defaultRegion) {
        this.util = util;
        this.metadataSource = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        this.defaultRegion = defaultRegion;
        this.defaultRules = new RegionRules(metadataSource.getMetadataForRegion(defaultRegion));
        for (int code : util.getSupportedCallingCodes()) {
            callingCodes[code] = true;
        }
    }

    /** The number parse would build, or the same kind of {@link NumberParseException} parse would throw. */
    PhoneNumber parse(String cell) throws NumberParseException {
        int length = cell.length();
        if (length > MAX_INPUT_LENGTH) {
            return util.parse(cell, defaultRegion);
        }
        byte[] digits = new byte[length];
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < length; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[count++] = (byte) c;
            } else if (c == '+') {
                if (plus || count > 0) {
                    return util.parse(cell, defaultRegion);
                }
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != '\u00A0') {
                return util.parse(cell, defaultRegion);
            }
        }
        if (count < 4) {
            return util.parse(cell, defaultRegion);
        }
        String number = new String(digits, 0, count, StandardCharsets.ISO_8859_1); // ASCII digits: copied as they are
        int countryCode;
        String national;
        RegionRules rules = defaultRules;
        boolean extracted = true;
        if (plus) {
            countryCode = countryCodeAtStart(number);
            if (countryCode == 0) {
                return util.parse(cell, defaultRegion); // parse retries without the plus: rare, let it decide
            }
            national = number.substring(String.valueOf(countryCode).length());
        } else {
            Matcher idd = defaultRules.internationalPrefix == null
                    || !defaultRules.mayStartInternationalPrefix(number.charAt(0)) ? null
                    : defaultRules.internationalPrefix.matcher(number);
            if (idd != null && idd.lookingAt() && !(idd.end() < count && number.charAt(idd.end()) == '0')) {
                String afterIdd = number.substring(idd.end());
                if (afterIdd.length() <= MIN_LENGTH_FOR_NSN) {
                    throw new NumberParseException(ErrorType.TOO_SHORT_AFTER_IDD,
                            "Phone number had an IDD, but after this was not long enough to be a viable phone number.");
                }
                countryCode = countryCodeAtStart(afterIdd);
                if (countryCode == 0) {
                    throw new NumberParseException(ErrorType.INVALID_COUNTRY_CODE, "Country calling code supplied was not recognised.");
                }
                national = afterIdd.substring(String.valueOf(countryCode).length());
            } else {
                countryCode = defaultRules.countryCode;
                national = number;
                extracted = false;
                String code = defaultRules.countryCodeText;
                if (number.startsWith(code)) {
                    String potential = defaultRules.stripNationalPrefix(number.substring(code.length()));
                    if ((!defaultRules.matchesGeneral(number) && defaultRules.matchesGeneral(potential))
                            || defaultRules.testLength(number) == LengthVerdict.TOO_LONG) {
                        national = potential;
                        extracted = true;
                    }
                }
            }
        }
        if (extracted && !util.getRegionCodeForCountryCode(countryCode).equals(defaultRegion)) {
            rules = rulesFor(countryCode);
        }
        if (national.length() < MIN_LENGTH_FOR_NSN) {
            throw new NumberParseException(ErrorType.TOO_SHORT_NSN, "The string supplied is too short to be a phone number.");
        }
        if (rules != null) {
            String potential = rules.stripNationalPrefix(national);
            LengthVerdict verdict = rules.testLength(potential);
            if (verdict != LengthVerdict.TOO_SHORT && verdict != LengthVerdict.IS_POSSIBLE_LOCAL_ONLY
                    && verdict != LengthVerdict.INVALID_LENGTH) {
                national = potential;
            }
        }
        int nationalLength = national.length();
        if (nationalLength < MIN_LENGTH_FOR_NSN) {
            throw new NumberParseException(ErrorType.TOO_SHORT_NSN, "The string supplied is too short to be a phone number.");
        }
        if (nationalLength > MAX_LENGTH_FOR_NSN) {
            throw new NumberParseException(ErrorType.TOO_LONG, "The string supplied is too long to be a phone number.");
        }
        PhoneNumber result = new Dialed(national).setCountryCode(countryCode);
        if (nationalLength > 1 && national.charAt(0) == '0') {
            result.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < nationalLength - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                result.setNumberOfLeadingZeros(zeros);
            }
        }
        return result.setNationalNumber(asciiDigits(national, 0));
    }

    /**
     * The national significant number of a number {@link #parse} read itself (what
     * {@code getNationalSignificantNumber} gives: its digits after the country code and trunk prefix, leading zeros
     * kept), or {@code null} for one that {@code parse} made.
     */
    static String nationalDigits(PhoneNumber number) {
        return number instanceof Dialed dialed ? dialed.national : null;
    }

    /** A number read here, with the national digits it was made from: they are its national significant number. */
    private static final class Dialed extends PhoneNumber {
        private static final long serialVersionUID = 1L;
        private final String national;

        Dialed(String national) {
            this.national = national;
        }
    }

    /**
     * The value of {@code text}'s ASCII digits from {@code from} on (at most 18 of them): what
     * {@link Long#parseLong(String)} gives for digits we wrote ourselves, without its radix and Unicode-digit
     * handling ({@code Character.digit} per character), which showed in a cold import's profile.
     */
    static long asciiDigits(String text, int from) {
        int length = text.length();
        if (length - from > 18 || length <= from) {
            return Long.parseLong(text, from, length, 10); // its own overflow and empty-text errors
        }
        long value = 0;
        for (int i = from; i < length; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return Long.parseLong(text, from, length, 10); // a NumberFormatException, as before
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private int countryCodeAtStart(String number) {
        if (number.isEmpty() || number.charAt(0) == '0') {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < 3 && i < number.length(); i++) {
            value = value * 10 + (number.charAt(i) - '0');
            if (callingCodes[value]) {
                return value;
            }
        }
        return 0;
    }

    private RegionRules rulesFor(int countryCode) {
        return rulesByCountryCode.computeIfAbsent(countryCode, code -> {
            String region = util.getRegionCodeForCountryCode(code);
            PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                    ? metadataSource.getMetadataForNonGeographicalRegion(code)
                    : metadataSource.getMetadataForRegion(region);
            return new RegionRules(metadata);
        });
    }

    private enum LengthVerdict { IS_POSSIBLE, IS_POSSIBLE_LOCAL_ONLY, TOO_SHORT, INVALID_LENGTH, TOO_LONG }

    /** One region's parsing rules, with its patterns compiled once. */
    private static final class RegionRules {
        final int countryCode;
        final String countryCodeText;
        final Pattern internationalPrefix;
        final Pattern nationalPrefixForParsing;
        final DigitAutomaton internationalPrefixStart; // null when the pattern is beyond DigitAutomaton
        final DigitAutomaton nationalPrefixStart;
        final String transformRule;
        final Pattern general;
        /** The general description's lengths as plain arrays (its lists box and their views allocate per call). */
        final int[] possibleLengths;
        final int[] localOnlyLengths;

        RegionRules(PhoneMetadata metadata) {
            countryCode = metadata.getCountryCode();
            countryCodeText = String.valueOf(countryCode);
            String idd = metadata.getInternationalPrefix();
            internationalPrefix = idd == null || idd.isEmpty() ? null : Pattern.compile(idd);
            String prefix = metadata.getNationalPrefixForParsing();
            nationalPrefixForParsing = prefix == null || prefix.isEmpty() ? null : Pattern.compile(prefix);
            transformRule = metadata.getNationalPrefixTransformRule();
            internationalPrefixStart = automatonOrNull(idd);
            nationalPrefixStart = automatonOrNull(prefix);
            String generalPattern = metadata.getGeneralDesc().getNationalNumberPattern();
            general = generalPattern.isEmpty() ? null : Pattern.compile(generalPattern);
            possibleLengths = ints(metadata.getGeneralDesc().getPossibleLengthList());
            localOnlyLengths = ints(metadata.getGeneralDesc().getPossibleLengthLocalOnlyList());
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean contains(int[] values, int from, int value) {
            for (int i = from; i < values.length; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        private static DigitAutomaton automatonOrNull(String regex) {
            if (regex == null || regex.isEmpty()) {
                return null;
            }
            try {
                return DigitAutomaton.compile(regex);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean mayStartInternationalPrefix(char digit) {
            return internationalPrefixStart == null || internationalPrefixStart.canStartWith(digit);
        }

        boolean matchesGeneral(CharSequence number) {
            return general != null && general.matcher(number).matches();
        }

        /** parse's maybeStripNationalPrefixAndCarrierCode: the number without its trunk prefix, or as it was. */
        String stripNationalPrefix(String number) {
            if (number.isEmpty() || nationalPrefixForParsing == null
                    || (nationalPrefixStart != null && !nationalPrefixStart.canStartWith(number.charAt(0)))) {
                return number;
            }
            Matcher prefix = nationalPrefixForParsing.matcher(number);
            if (!prefix.lookingAt()) {
                return number;
            }
            boolean viableOriginal = matchesGeneral(number);
            int groups = prefix.groupCount();
            if (transformRule == null || transformRule.isEmpty() || prefix.group(groups) == null) {
                String stripped = number.substring(prefix.end());
                return viableOriginal && !matchesGeneral(stripped) ? number : stripped;
            }
            String transformed = prefix.replaceFirst(transformRule);
            return viableOriginal && !matchesGeneral(transformed) ? number : transformed;
        }

        /** parse's testNumberLength for the general description. */
        LengthVerdict testLength(String number) {
            if (possibleLengths.length == 0 || possibleLengths[0] == -1) {
                return LengthVerdict.INVALID_LENGTH;
            }
            int actual = number.length();
            if (contains(localOnlyLengths, 0, actual)) {
                return LengthVerdict.IS_POSSIBLE_LOCAL_ONLY;
            }
            int minimum = possibleLengths[0];
            if (minimum == actual) {
                return LengthVerdict.IS_POSSIBLE;
            } else if (minimum > actual) {
                return LengthVerdict.TOO_SHORT;
            } else if (possibleLengths[possibleLengths.length - 1] < actual) {
                return LengthVerdict.TOO_LONG;
            }
            return contains(possibleLengths, 1, actual) ? LengthVerdict.IS_POSSIBLE : LengthVerdict.INVALID_LENGTH;
        }
    }
}
