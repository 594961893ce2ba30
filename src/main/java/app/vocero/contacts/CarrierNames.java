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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English operator names of valid mobile numbers, as {@link PhoneNumberToCarrierMapper#getNameForValidNumber} gives
 * them, looked up in the mapper's own data without going through the mapper for every number.
 *
 * <p>The mapper reads a number's operator from its {@code <cc>_en} file: the digits {@code cc + national
 * significant number} as one value, cut to each prefix length the file has, longest first, the first cut that is a
 * stored prefix answering ({@code PhonePrefixMap.lookup}). This class reads the same file once per calling code
 * into a sorted array and makes the same search on the digits it is given: no text built, parsed and searched
 * under the mapper's lock for each of half a million numbers (a cache of answers by prefix missed on most numbers
 * of files whose prefixes run to nine digits, as Colombia's). Numbers of calling code 1 (a file per area code),
 * of codes whose file cannot be read here, and of more than 18 digits still ask the mapper itself.
 * {@code CarrierNamesTest} holds the answers to the mapper's for numbers under every stored prefix of ten countries.
 */
final class CarrierNames {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierNames.class);
    private static final String DATA = "/com/google/i18n/phonenumbers/carrier/data/";
    /** Ask the mapper: calling code 1, or a file this class could not read. */
    private static final PrefixTable MAPPER_ONLY = new PrefixTable(new long[0], new String[0], new int[0]);
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final PhoneNumberToCarrierMapper mapper = PhoneNumberToCarrierMapper.getInstance();
    private final Map<Integer, PrefixTable> tablesByCountryCode = new ConcurrentHashMap<>();

    /**
     * The operator of a valid mobile number, {@code ""} when libphonenumber does not know it.
     *
     * @param number         a valid number
     * @param nationalDigits its national significant number (with any leading zeros)
     */
    String nameOf(PhoneNumber number, String nationalDigits) {
        int countryCode = number.getCountryCode();
        PrefixTable table = tablesByCountryCode.get(countryCode);
        if (table == null) {
            table = tablesByCountryCode.computeIfAbsent(countryCode, CarrierNames::table);
        }
        int codeDigits = countryCode < 10 ? 1 : countryCode < 100 ? 2 : 3;
        int total = codeDigits + nationalDigits.length();
        if (table == MAPPER_ONLY || total > 18) {
            return lookUp(number);
        }
        // the mapper's value: Long.parseLong(cc + national significant number)
        long digits = countryCode * POWERS_OF_TEN[nationalDigits.length()] + DialedDigits.asciiDigits(nationalDigits, 0);
        return table.nameOf(digits, total);
    }

    private String lookUp(PhoneNumber number) {
        synchronized (mapper) { // the mapper loads its files into plain maps
            return mapper.getNameForValidNumber(number, Locale.ENGLISH);
        }
    }

    /** One calling code's stored prefixes, sorted, with their names, and the prefix lengths it has. */
    private static final class PrefixTable {
        final long[] prefixes;
        final String[] names;
        final int[] lengthsLongestFirst;

        PrefixTable(long[] prefixes, String[] names, int[] lengthsLongestFirst) {
            this.prefixes = prefixes;
            this.names = names;
            this.lengthsLongestFirst = lengthsLongestFirst;
        }

        /** {@code PhonePrefixMap.lookup}: the longest cut of the number that is a stored prefix names it. */
        String nameOf(long digits, int digitCount) {
            for (int length : lengthsLongestFirst) {
                long prefix = digitCount > length ? digits / POWERS_OF_TEN[digitCount - length] : digits;
                int found = Arrays.binarySearch(prefixes, prefix);
                if (found >= 0) {
                    return names[found];
                }
            }
            return "";
        }
    }

    private static PrefixTable table(int countryCode) {
        if (countryCode == 1) {
            return MAPPER_ONLY;
        }
        try (InputStream in = CarrierNames.class.getResourceAsStream(DATA + countryCode + "_en")) {
            if (in == null) {
                return MAPPER_ONLY; // no operators known: the mapper answers "" at once
            }
            PhonePrefixMap map = new PhonePrefixMap();
            map.readExternal(new ObjectInputStream(in));
            TreeMap<Long, String> byPrefix = new TreeMap<>();
            TreeSet<Integer> lengths = new TreeSet<>();
            for (String line : map.toString().split("\n")) {
                int bar = line.indexOf('|');
                if (bar <= 0 || bar > 18) {
                    return MAPPER_ONLY; // not the layout we read: leave it to the mapper
                }
                byPrefix.put(Long.parseLong(line.substring(0, bar)), line.substring(bar + 1));
                lengths.add(bar);
            }
            long[] prefixes = byPrefix.keySet().stream().mapToLong(Long::longValue).toArray();
            String[] names = byPrefix.values().stream().map(String::intern).toArray(String[]::new);
            int[] longestFirst = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
            return new PrefixTable(prefixes, names, longestFirst);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Carrier prefixes for +{} unreadable; asking the mapper", countryCode, e);
            return MAPPER_ONLY;
        }
    }
}
