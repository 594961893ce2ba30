package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.PhoneCheck;
import app.vocero.domain.RejectReason;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path must give libphonenumber's own answers: for every input, the same PhoneNumber as {@code parse}
 * (or a failure where parse fails), and the same validity, E.164 and region as parse + isValidNumber + format.
 */
class PhoneNumbersMatchLibphonenumberTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] SEPARATORS = {"", " ", "-", ".", " ", "/", "\u00A0", "  ", " - "};

    @ParameterizedTest
    @ValueSource(strings = {"CO", "MX", "US", "AR", "IT", "GB", "BR", "PE", "CL", "EC", "DE", "RU", "VE"})
    void fastPathGivesTheVerdictsOfParse(String defaultRegion) {
        Random random = new Random(defaultRegion.hashCode());
        List<String> inputs = inputs(random, defaultRegion, 4_000);
        PhoneNumbers fast = new PhoneNumbers(defaultRegion);
        DialedDigits digits = new DialedDigits(UTIL, defaultRegion);
        int valid = 0;
        int fastPath = 0;
        for (String input : inputs) {
            Reference expected = reference(input, defaultRegion);
            PhoneNumber fastNumber;
            try {
                fastNumber = digits.parse(input);
            } catch (NumberParseException e) {
                fastNumber = null;
            }
            assertThat(fastNumber).as("parsed form of [%s] for %s", input, defaultRegion).isEqualTo(expected.number);
            if (fastNumber != null && DialedDigits.nationalDigits(fastNumber) != null) {
                // the digits the fast path read the number from are its national significant number
                assertThat(DialedDigits.nationalDigits(fastNumber)).as("national digits read from [%s]", input)
                        .isEqualTo(UTIL.getNationalSignificantNumber(fastNumber));
                fastPath++;
            }
            PhoneCheck check = fast.check(input);
            if (PhoneNumbers.hasStrayCharacters(input)) {
                // where Vocero is stricter than libphonenumber on purpose: letters and symbols are not dialled
                assertThat(check.valid()).as("verdict on [%s]", input).isFalse();
                assertThat(check.reason()).isIn(RejectReason.STRAY_CHARACTERS, RejectReason.EXCEL_SCIENTIFIC);
                continue;
            }
            assertThat(check.valid()).as("verdict on [%s] for %s", input, defaultRegion).isEqualTo(expected.valid);
            if (expected.valid) {
                valid++;
                assertThat(check.e164()).as("E.164 of [%s]", input).isEqualTo(expected.e164);
                assertThat(check.region()).as("region of [%s]", input).isEqualTo(expected.region);
                assertThat(check.nationalDigits()).as("national significant number of [%s]", input)
                        .isEqualTo(UTIL.getNationalSignificantNumber(expected.number));
                assertThat(check.carrier()).as("carrier of [%s]", input).isEqualTo(expected.carrier);
            } else {
                assertThat(check.reason()).isNotNull();
            }
        }
        // the sample must exercise both sides
        assertThat(valid).isGreaterThan(inputs.size() / 5).isLessThan(inputs.size() * 9 / 10);
        assertThat(fastPath).isGreaterThan(inputs.size() / 4);
    }

    private record Reference(PhoneNumber number, boolean valid, String e164, String region, String carrier) {
    }

    private static Reference reference(String input, String defaultRegion) {
        try {
            PhoneNumber number = UTIL.parse(input, defaultRegion);
            boolean valid = UTIL.isValidNumber(number);
            String carrier = com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper.getInstance()
                    .getNameForNumber(number, java.util.Locale.ENGLISH);
            return new Reference(number, valid, valid ? UTIL.format(number, PhoneNumberFormat.E164) : null,
                    valid ? UTIL.getRegionCodeForNumber(number) : null, carrier.isEmpty() ? "unknown" : carrier);
        } catch (NumberParseException e) {
            return new Reference(null, false, null, null, null);
        }
    }

    /** Example numbers of many countries, mutated and written in many ways, plus garbage. */
    static List<String> inputs(Random random, String defaultRegion, int count) {
        List<PhoneNumber> examples = examples();
        List<String> inputs = new ArrayList<>(count);
        String idd = iddOf(defaultRegion);
        String trunk = UTIL.getNddPrefixForRegion(defaultRegion, true);
        while (inputs.size() < count) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                inputs.add(garbage(random));
                continue;
            }
            PhoneNumber example = examples.get(random.nextInt(examples.size()));
            if (random.nextInt(3) == 0) { // mostly the default country, as in real files
                example = sameCountry(examples, UTIL.getCountryCodeForRegion(defaultRegion), random, example);
            }
            String nsn = mutate(random, UTIL.getNationalSignificantNumber(example));
            String cc = String.valueOf(example.getCountryCode());
            String text;
            switch (random.nextInt(8)) {
                case 0: text = "+" + cc + nsn; break;
                case 1: text = "+" + cc + " " + spaced(random, nsn); break;
                case 2: text = "00" + cc + nsn; break;
                case 3: text = (idd == null ? "00" : idd) + cc + nsn; break;
                case 4: text = cc + spaced(random, nsn); break;
                case 5: text = (trunk == null ? "" : trunk) + nsn; break;
                case 6: text = "(" + nsn.substring(0, Math.min(3, nsn.length())) + ") " + spaced(random,
                        nsn.substring(Math.min(3, nsn.length()))); break;
                default: text = nsn; break;
            }
            if (random.nextInt(8) == 0) {
                text = UTIL.format(example, PhoneNumberFormat.values()[random.nextInt(4)]);
            }
            inputs.add(text);
        }
        return inputs;
    }

    private static PhoneNumber sameCountry(List<PhoneNumber> examples, int countryCode, Random random,
                                           PhoneNumber fallback) {
        for (int tries = 0; tries < 200; tries++) {
            PhoneNumber candidate = examples.get(random.nextInt(examples.size()));
            if (candidate.getCountryCode() == countryCode) {
                return candidate;
            }
        }
        return fallback;
    }

    private static String iddOf(String region) {
        var metadata = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource().getMetadataForRegion(region);
        String pattern = metadata.getPreferredInternationalPrefix();
        if (pattern == null || pattern.isEmpty()) {
            pattern = metadata.getInternationalPrefix();
        }
        return pattern.matches("[0-9]+") ? pattern : "00";
    }

    private static List<PhoneNumber> examples() {
        List<PhoneNumber> examples = new ArrayList<>();
        Set<String> regions = new TreeSet<>(UTIL.getSupportedRegions());
        for (String region : regions) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    examples.add(example);
                }
            }
        }
        for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            PhoneNumber example = UTIL.getExampleNumberForNonGeoEntity(code);
            if (example != null) {
                examples.add(example);
            }
        }
        return examples;
    }

    private static String mutate(Random random, String nsn) {
        StringBuilder digits = new StringBuilder(nsn);
        switch (random.nextInt(6)) {
            case 0: // change the last digits: stays in or leaves the allocated range
                for (int i = Math.max(0, digits.length() - 1 - random.nextInt(5)); i < digits.length(); i++) {
                    digits.setCharAt(i, (char) ('0' + random.nextInt(10)));
                }
                break;
            case 1: // change a leading digit: often an unallocated range
                digits.setCharAt(random.nextInt(Math.min(3, digits.length())), (char) ('0' + random.nextInt(10)));
                break;
            case 2:
                digits.append(random.nextInt(10));
                break;
            case 3:
                if (digits.length() > 3) {
                    digits.setLength(digits.length() - 1 - random.nextInt(2));
                }
                break;
            default:
                break;
        }
        return digits.toString();
    }

    private static String spaced(Random random, String digits) {
        StringBuilder out = new StringBuilder();
        String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String garbage(Random random) {
        String alphabet = "0123456789012345678901234567890123456789 +-().,/#*;xXabcEeTtel:\u00A0\uFF13\u0663";
        int length = random.nextInt(18);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = out.toString();
        return text.trim().matches("[0-9]+(?:[.,][0-9]+)?[eE][+]?[0-9]+") ? "x" + text : text;
    }
}
