package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The automata must match exactly what the regular expressions match, for every pattern of every region. */
class DigitAutomatonTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource SOURCE =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

    @Test
    void matchesLikeTheRegularExpressions() {
        assertSameMatches("3(?:0[0-5]|1\\d|2[0-4])\\d{7}", "3001234567", "3251234567", "300123456", "30012345678",
                "", "3");
        assertSameMatches("(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}", "466012345", "6012345678", "3001234567",
                "1912345678901", "19123456789");
        assertSameMatches("4\\d{5}(?:\\d{2})?|8\\d{7,8}", "412345", "41234567", "4123456", "812345678", "8123456789");
        assertSameMatches("1\\d{3,}", "1", "1234", "1234567890123");
        assertSameMatches("[1-35-9]\\d+|0", "0", "00", "1", "12", "42");
    }

    @Test
    void refusesSyntaxItDoesNotKnow() {
        assertThatThrownBy(() -> DigitAutomaton.compile("\\d(?=1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitAutomaton.compile("[^1]\\d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitAutomaton.compile("\\d{2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitAutomaton.compile("\\d+?")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPatternOfEveryRegionCompilesAndMatchesLikeItsRegex() {
        Random random = new Random(7);
        int compared = 0;
        for (PhoneMetadata metadata : allMetadata()) {
            for (PhoneNumberDesc desc : descs(metadata)) {
                String regex = desc.getNationalNumberPattern();
                if (regex.isEmpty()) {
                    continue;
                }
                DigitAutomaton automaton = DigitAutomaton.compile(regex);
                Pattern pattern = Pattern.compile(regex);
                for (String digits : samples(random, desc.getExampleNumber(), 100)) {
                    assertThat(automaton.matches(digits)).as("%s on %s (%s)", regex, digits, metadata.getId())
                            .isEqualTo(pattern.matcher(digits).matches());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void numberTypesAgreeWithLibphonenumberInEveryRegion() {
        Random random = new Random(11);
        NumberTypes types = new NumberTypes(UTIL);
        int compared = 0;
        for (String region : UTIL.getSupportedRegions()) {
            int code = UTIL.getCountryCodeForRegion(region);
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                for (String digits : samples(random, UTIL.getNationalSignificantNumber(example), 20)) {
                    if (digits.isEmpty() || digits.length() > 17) {
                        continue;
                    }
                    PhoneNumber number = new PhoneNumber().setCountryCode(code)
                            .setNationalNumber(Long.parseLong(digits));
                    String nsn = UTIL.getNationalSignificantNumber(number);
                    assertThat(types.typeOf(number, UTIL.getRegionCodeForNumber(number), nsn))
                            .as("type of +%d %s", code, nsn).isEqualTo(UTIL.getNumberType(number));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    private static void assertSameMatches(String regex, String... inputs) {
        DigitAutomaton automaton = DigitAutomaton.compile(regex);
        for (String input : inputs) {
            assertThat(automaton.matches(input)).as("%s on %s", regex, input)
                    .isEqualTo(Pattern.matches(regex, input));
        }
    }

    private static List<PhoneMetadata> allMetadata() {
        List<PhoneMetadata> all = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            all.add(SOURCE.getMetadataForRegion(region));
        }
        for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            all.add(SOURCE.getMetadataForNonGeographicalRegion(code));
        }
        return all;
    }

    private static List<PhoneNumberDesc> descs(PhoneMetadata m) {
        return List.of(m.getGeneralDesc(), m.getFixedLine(), m.getMobile(), m.getTollFree(), m.getPremiumRate(),
                m.getSharedCost(), m.getPersonalNumber(), m.getVoip(), m.getPager(), m.getUan(), m.getVoicemail(),
                m.getNoInternationalDialling());
    }

    /** The example, its neighbours (changed, longer, shorter digits) and random digit strings. */
    private static List<String> samples(Random random, String example, int count) {
        List<String> samples = new ArrayList<>();
        String base = example == null || example.isEmpty() ? "1234567" : example;
        samples.add(base);
        while (samples.size() < count) {
            StringBuilder digits = new StringBuilder(base);
            int kind = random.nextInt(5);
            if (kind == 0) {
                digits.setLength(0);
                for (int i = random.nextInt(14); i >= 0; i--) {
                    digits.append(random.nextInt(10));
                }
            } else if (kind == 1) {
                digits.append(random.nextInt(10));
            } else if (kind == 2 && digits.length() > 1) {
                digits.setLength(digits.length() - 1);
            } else {
                for (int changes = 1 + random.nextInt(2); changes > 0; changes--) {
                    digits.setCharAt(random.nextInt(digits.length()), (char) ('0' + random.nextInt(10)));
                }
            }
            samples.add(digits.toString());
        }
        return samples;
    }
}
