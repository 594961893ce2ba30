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
 * into a tree of digits and finds the same prefix in one walk down the number's digits: no text built, parsed
 * and searched under the mapper's lock for each of half a million numbers (a cache of answers by prefix missed on
 * most numbers of files whose prefixes run to nine digits, as Colombia's). Numbers of calling code 1 (a file per area code),
 * of codes whose file cannot be read here, and of more than 18 digits still ask the mapper itself.
 * {@code CarrierNamesTest} holds the answers to the mapper's for numbers under every stored prefix of ten countries.
 */
final class CarrierNames {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierNames.class);
    private static final String DATA = "/com/google/i18n/phonenumbers/carrier/data/";
    /** Ask the mapper: calling code 1, or a file this class could not read. */
    private static final PrefixTable MAPPER_ONLY = new PrefixTable();

    private final PhoneNumberToCarrierMapper mapper = PhoneNumberToCarrierMapper.getInstance();
    private final Map<Integer, PrefixTable> tablesByCountryCode = new ConcurrentHashMap<>();
    /** The calling code looked up last (racy on purpose: immutable, and any thread's is right for its code). */
    private Seen lastSeen;

    private record Seen(int countryCode, PrefixTable table) {
    }

    /**
     * The operator of a valid mobile number, {@code ""} when libphonenumber does not know it.
     *
     * @param number         a valid number
     * @param nationalDigits its national significant number (with any leading zeros)
     */
    String nameOf(PhoneNumber number, String nationalDigits) {
        int countryCode = number.getCountryCode();
        Seen seen = lastSeen; // a file's numbers are nearly all of one country: no map look-up for them
        PrefixTable table;
        if (seen != null && seen.countryCode == countryCode) {
            table = seen.table;
        } else {
            table = tablesByCountryCode.get(countryCode);
            if (table == null) {
                table = tablesByCountryCode.computeIfAbsent(countryCode, CarrierNames::table);
            }
            lastSeen = new Seen(countryCode, table);
        }
        int digits = (countryCode < 10 ? 1 : countryCode < 100 ? 2 : 3) + nationalDigits.length();
        if (table == MAPPER_ONLY || digits > 18) {
            return lookUp(number);
        }
        return table.nameOf(countryCode, nationalDigits);
    }

    private String lookUp(PhoneNumber number) {
        synchronized (mapper) { // the mapper loads its files into plain maps
            return mapper.getNameForValidNumber(number, Locale.ENGLISH);
        }
    }

    /**
     * One calling code's stored prefixes as a tree of digits (the calling code's own digits first). The mapper
     * cuts the number to each stored length, longest first, and answers with the first cut it holds: that is the
     * longest stored prefix the number's digits begin with (a stored prefix never starts with 0, so a cut equals a
     * prefix only when their digits are the same), which a walk down the tree finds in one pass.
     */
    private static final class PrefixTable {
        private int[] children = new int[10]; // node * 10 + digit -> child node, 0 for none (node 0 is the root)
        private String[] names = new String[1];
        private int nodes = 1;

        void put(String prefix, String name) {
            int node = 0;
            for (int i = 0; i < prefix.length(); i++) {
                int slot = node * 10 + (prefix.charAt(i) - '0');
                if (children[slot] == 0) {
                    if (nodes == names.length) {
                        names = Arrays.copyOf(names, nodes * 2);
                        children = Arrays.copyOf(children, nodes * 20);
                    }
                    children[slot] = nodes++;
                }
                node = children[slot];
            }
            names[node] = name;
        }

        String nameOf(int countryCode, String nationalDigits) {
            int node = 0;
            String found = "";
            for (int divisor = countryCode < 10 ? 1 : countryCode < 100 ? 10 : 100; divisor > 0; divisor /= 10) {
                node = children[node * 10 + countryCode / divisor % 10];
                if (node == 0) {
                    return found;
                }
                if (names[node] != null) {
                    found = names[node];
                }
            }
            for (int i = 0; i < nationalDigits.length(); i++) {
                node = children[node * 10 + (nationalDigits.charAt(i) - '0')];
                if (node == 0) {
                    return found;
                }
                if (names[node] != null) {
                    found = names[node];
                }
            }
            return found;
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
            PrefixTable table = new PrefixTable();
            String code = String.valueOf(countryCode);
            for (String line : map.toString().split("\n")) {
                int bar = line.indexOf('|');
                if (bar <= 0 || !line.startsWith(code)
                        || !line.substring(0, bar).chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return MAPPER_ONLY; // not the layout we read: leave it to the mapper
                }
                table.put(line.substring(0, bar), line.substring(bar + 1).intern());
            }
            return table;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Carrier prefixes for +{} unreadable; asking the mapper", countryCode, e);
            return MAPPER_ONLY;
        }
    }
}
