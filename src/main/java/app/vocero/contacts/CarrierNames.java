package app.vocero.contacts;

import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English operator names of valid mobile numbers, as {@link PhoneNumberToCarrierMapper#getNameForValidNumber} gives
 * them, cached by the number cut to the longest carrier prefix that can matter for it.
 *
 * <p>Why the cut is exact: the mapper looks a number up in its {@code <cc>_en} file as the digits
 * {@code cc + national significant number} ({@code PhonePrefixMap.lookup}) and answers with the longest stored
 * prefix that begins the number. Every stored prefix that begins a number is either at most {@code m} digits long
 * (m = calling code + {@value #NATIONAL_DIGITS_FIRST_CUT} digits) or starts with the number's first {@code m}
 * digits; so cutting the number to the longest stored prefix under its own first {@code m} digits (or to
 * {@code m} when none is longer) keeps every prefix that could answer, and the answer cannot change. Numbers of
 * calling code 1 (files split by area code) and of codes whose file cannot be read here are keyed whole.
 */
final class CarrierNames {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierNames.class);
    private static final String DATA = "/com/google/i18n/phonenumbers/carrier/data/";
    private static final int NATIONAL_DIGITS_FIRST_CUT = 3;
    private static final int SLOTS = 1 << 15;
    private static final PrefixLengths WHOLE_NUMBER = new PrefixLengths(Integer.MAX_VALUE, new long[0], new int[0]);

    private final PhoneNumberToCarrierMapper mapper = PhoneNumberToCarrierMapper.getInstance();
    private final Map<Integer, PrefixLengths> lengthsByCountryCode = new ConcurrentHashMap<>();
    private final Named[] namesByPrefix = new Named[SLOTS]; // direct-mapped; a clash only costs a new lookup

    /**
     * The operator of a valid mobile number, {@code ""} when libphonenumber does not know it.
     *
     * @param number         a valid number
     * @param nationalDigits its national significant number (with any leading zeros)
     */
    String nameOf(PhoneNumber number, String nationalDigits) {
        int countryCode = number.getCountryCode();
        PrefixLengths lengths = lengthsByCountryCode.computeIfAbsent(countryCode, CarrierNames::prefixLengths);
        int codeDigits = countryCode < 10 ? 1 : countryCode < 100 ? 2 : 3;
        int total = codeDigits + nationalDigits.length();
        if (total > 18) {
            return lookUp(number);
        }
        // digits of different lengths give different values: the calling code never starts with 0
        long key = countryCode;
        int digits = codeDigits;
        int firstCut = Math.min(lengths.firstCut, total);
        while (digits < firstCut) {
            key = key * 10 + (nationalDigits.charAt(digits++ - codeDigits) - '0');
        }
        int cut = Math.min(total, lengths.cutFor(key, digits));
        while (digits < cut) {
            key = key * 10 + (nationalDigits.charAt(digits++ - codeDigits) - '0');
        }
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ (mixed >>> 32)) & (SLOTS - 1);
        Named known = namesByPrefix[slot];
        if (known != null && known.prefix == key) {
            return known.name;
        }
        String name = lookUp(number);
        namesByPrefix[slot] = new Named(key, name);
        return name;
    }

    private String lookUp(PhoneNumber number) {
        synchronized (mapper) { // the mapper loads its files into plain maps
            return mapper.getNameForValidNumber(number, Locale.ENGLISH);
        }
    }

    /** An immutable cache entry: safe to publish through a plain array. */
    private static final class Named {
        final long prefix;
        final String name;

        Named(long prefix, String name) {
            this.prefix = prefix;
            this.name = name;
        }
    }

    /** For one calling code: the first cut m, and the longest stored prefix under each m-digit start that has longer ones. */
    private static final class PrefixLengths {
        final int firstCut;
        final long[] starts; // sorted
        final int[] longest;

        PrefixLengths(int firstCut, long[] starts, int[] longest) {
            this.firstCut = firstCut;
            this.starts = starts;
            this.longest = longest;
        }

        /** How many digits of the number to keep, given its first {@code digits} digits as {@code start}. */
        int cutFor(long start, int digits) {
            if (digits < firstCut) {
                return digits; // the whole number is shorter than the first cut
            }
            int found = Arrays.binarySearch(starts, start);
            return found >= 0 ? longest[found] : firstCut;
        }
    }

    private static PrefixLengths prefixLengths(int countryCode) {
        if (countryCode == 1) {
            return WHOLE_NUMBER;
        }
        try (InputStream in = CarrierNames.class.getResourceAsStream(DATA + countryCode + "_en")) {
            if (in == null) {
                return WHOLE_NUMBER;
            }
            PhonePrefixMap map = new PhonePrefixMap();
            map.readExternal(new ObjectInputStream(in));
            int firstCut = String.valueOf(countryCode).length() + NATIONAL_DIGITS_FIRST_CUT;
            TreeMap<Long, Integer> longer = new TreeMap<>();
            for (String line : map.toString().split("\n")) {
                int bar = line.indexOf('|');
                if (bar > firstCut) {
                    longer.merge(Long.parseLong(line.substring(0, firstCut)), bar, Math::max);
                } else if (bar <= 0) {
                    return WHOLE_NUMBER; // not the layout we read: assume nothing
                }
            }
            long[] starts = longer.keySet().stream().mapToLong(Long::longValue).toArray();
            int[] longest = longer.values().stream().mapToInt(Integer::intValue).toArray();
            return new PrefixLengths(firstCut, starts, longest);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Carrier prefixes for +{} unreadable; caching by whole number", countryCode, e);
            return WHOLE_NUMBER;
        }
    }
}
