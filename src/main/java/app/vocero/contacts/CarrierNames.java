package app.vocero.contacts;

import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English operator names of valid mobile numbers, as {@link PhoneNumberToCarrierMapper#getNameForValidNumber} gives
 * them, cached by the number cut to the longest prefix its country's carrier file holds.
 *
 * <p>Why the cut is exact: the mapper looks a number up in the {@code <cc>_en} file as the long
 * {@code cc + national significant number} ({@code PhonePrefixMap.lookup}); that lookup first cuts the number to
 * the longest prefix length in the file, then to each shorter one. A key already cut to that longest length
 * therefore walks exactly the same steps. For calling code 1 the files are split by area code and for codes whose
 * file cannot be read here the key is the whole number, so nothing is assumed there.
 */
final class CarrierNames {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierNames.class);
    private static final String DATA = "/com/google/i18n/phonenumbers/carrier/data/";
    private static final int WHOLE_NUMBER = Integer.MAX_VALUE;

    private final PhoneNumberToCarrierMapper mapper = PhoneNumberToCarrierMapper.getInstance();
    private final Map<Integer, Integer> longestPrefixByCountryCode = new ConcurrentHashMap<>();
    private static final int SLOTS = 1 << 15;
    private final Named[] namesByPrefix = new Named[SLOTS]; // direct-mapped; a clash only costs a new lookup

    /**
     * The operator of a valid mobile number, {@code ""} when libphonenumber does not know it.
     *
     * @param number         a valid number
     * @param nationalDigits its national significant number (with any leading zeros)
     */
    String nameOf(PhoneNumber number, String nationalDigits) {
        int countryCode = number.getCountryCode();
        int longest = longestPrefixByCountryCode.computeIfAbsent(countryCode, CarrierNames::longestPrefix);
        // the key is the number cc + nsn cut to the longest prefix: digits of different lengths give different
        // values because the calling code never starts with 0
        int codeDigits = countryCode < 10 ? 1 : countryCode < 100 ? 2 : 3;
        int keep = Math.min(nationalDigits.length(), longest - codeDigits);
        if (codeDigits + keep > 18) {
            return lookUp(number);
        }
        long key = countryCode;
        for (int i = 0; i < keep; i++) {
            key = key * 10 + (nationalDigits.charAt(i) - '0');
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

    /** An immutable cache entry: safe to publish through a plain array. */
    private static final class Named {
        final long prefix;
        final String name;

        Named(long prefix, String name) {
            this.prefix = prefix;
            this.name = name;
        }
    }

    private String lookUp(PhoneNumber number) {
        synchronized (mapper) { // the mapper loads its files into plain maps
            return mapper.getNameForValidNumber(number, Locale.ENGLISH);
        }
    }

    private static int longestPrefix(int countryCode) {
        if (countryCode == 1) {
            return WHOLE_NUMBER;
        }
        try (InputStream in = CarrierNames.class.getResourceAsStream(DATA + countryCode + "_en")) {
            if (in == null) {
                return WHOLE_NUMBER;
            }
            PhonePrefixMap map = new PhonePrefixMap();
            map.readExternal(new ObjectInputStream(in));
            int longest = 0;
            for (String line : map.toString().split("\n")) {
                int bar = line.indexOf('|');
                if (bar > longest) {
                    longest = bar;
                }
            }
            return longest == 0 ? WHOLE_NUMBER : longest;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Carrier prefixes for +{} unreadable; caching by whole number", countryCode, e);
            return WHOLE_NUMBER;
        }
    }
}
