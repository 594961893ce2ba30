package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator must be the mapper's own answer, for numbers under every stored prefix and around them. */
class CarrierNamesTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToCarrierMapper MAPPER = PhoneNumberToCarrierMapper.getInstance();

    @ParameterizedTest
    @ValueSource(strings = {"CO", "GB", "IT", "DE", "PE", "EC", "VE", "BR", "ES", "CL"})
    void namesAreTheMappersNames(String region) throws Exception {
        int code = UTIL.getCountryCodeForRegion(region);
        PhoneNumber example = UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE);
        int length = UTIL.getNationalSignificantNumber(example).length();
        List<String> prefixes = storedPrefixes(code);
        Random random = new Random(code);
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String prefix : prefixes) {
            String national = prefix.substring(String.valueOf(code).length());
            for (int i = 0; i < 6; i++) {
                StringBuilder digits = new StringBuilder(national);
                if (i == 5 && digits.length() > 1) { // a neighbour of the prefix
                    digits.setCharAt(digits.length() - 1, (char) ('0' + random.nextInt(10)));
                }
                while (digits.length() < length) {
                    digits.append(random.nextInt(10));
                }
                if (digits.charAt(0) != '0') {
                    numbers.add(new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(digits.toString())));
                }
            }
        }
        Collections.shuffle(numbers, random);
        CarrierNames names = new CarrierNames();
        int named = 0;
        for (PhoneNumber number : numbers) {
            String expected = MAPPER.getNameForValidNumber(number, Locale.ENGLISH);
            assertThat(names.nameOf(number, UTIL.getNationalSignificantNumber(number)))
                    .as("operator of +%d %d", number.getCountryCode(), number.getNationalNumber()).isEqualTo(expected);
            named += expected.isEmpty() ? 0 : 1;
        }
        assertThat(named).isGreaterThan(numbers.size() / 2);
    }

    private static List<String> storedPrefixes(int code) throws Exception {
        List<String> prefixes = new ArrayList<>();
        try (InputStream in = PhonePrefixMap.class.getResourceAsStream(
                "/com/google/i18n/phonenumbers/carrier/data/" + code + "_en")) {
            assertThat(in).as("carrier file of +%d", code).isNotNull();
            PhonePrefixMap map = new PhonePrefixMap();
            map.readExternal(new ObjectInputStream(in));
            for (String line : map.toString().split("\n")) {
                prefixes.add(line.substring(0, line.indexOf('|')));
            }
        }
        return prefixes;
    }
}
