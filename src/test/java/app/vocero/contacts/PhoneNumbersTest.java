package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.domain.PhoneCheck;
import app.vocero.domain.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers colombia = new PhoneNumbers("CO");

    @ParameterizedTest
    @ValueSource(strings = {"+57 300 223 4567", "57-300-2234567", "(300) 223.4567", "3002234567", " 300 223 4567 ",
        "+57 (300) 223-45-67", "+57 300 223 4567 ext. 12"})
    void acceptsEveryWayOfWritingAColombianMobile(String cell) {
        PhoneCheck check = colombia.check(cell);

        assertThat(check.valid()).isTrue();
        assertThat(check.e164()).isEqualTo("+573002234567");
        assertThat(check.nationalDigits()).isEqualTo("3002234567");
        assertThat(check.region()).isEqualTo("CO");
        assertThat(check.carrier()).isEqualTo("Tigo");
        assertThat(check.reason()).isNull();
    }

    /**
     * The shortcut for plain cells may only take cells the full tests would pass on to libphonenumber as they are;
     * anything else (a tab, a letter, other scripts' digits) takes the full tests.
     */
    @ParameterizedTest
    @ValueSource(strings = {"3002234567", "+57 (300) 223-45-67", "300.223.4567", "300/223'4567", "300,223",
        "\u00A0300 223 4567", "12", "+", " ", "", "5,73002E+11", "300 223 4567 ext. 12", "300x2234567", "３００",
        "300\t223", "300_223", "tel:3002234567", "--", "()"})
    void plainCellsAreOnlyOnesTheFullTestsPassOnAsTheyAre(String cell) {
        boolean passedOn = !cell.isBlank() && cell.chars().anyMatch(Character::isDigit)
                && !cell.toUpperCase(java.util.Locale.ROOT).contains("E") && !PhoneNumbers.hasStrayCharacters(cell);
        if (PhoneNumbers.plainDigits(cell)) {
            assertThat(passedOn).as(cell).isTrue();
        }
        boolean common = cell.equals("3002234567") || cell.startsWith("+57") || cell.startsWith("300.")
                || cell.startsWith("\u00A0");
        assertThat(PhoneNumbers.plainDigits(cell) || !common).as("a common cell takes the shortcut: %s", cell)
                .isTrue();
    }

    @Test
    void knowsTheOperatorsOfColombianMobiles() {
        assertThat(colombia.check("3102234567").carrier()).isEqualTo("Claro");
        assertThat(colombia.check("3151234567").carrier()).isEqualTo("Movistar");
        assertThat(colombia.check("3002234567").carrier()).isEqualTo("Tigo");
        assertThat(colombia.check("3001234567").carrier()).isEqualTo(PhoneCheck.UNKNOWN_CARRIER); // 573001: no data
    }

    @Test
    void theInternationalPrefixIsTheDefaultCountrysOwn() {
        // Mexico dials abroad with 00; in Colombia 00 is followed by a carrier digit (005, 007, 009), as
        // libphonenumber knows: 0057… there is +7 …, which is not a valid Russian number
        assertThat(new PhoneNumbers("MX").check("0057 300 223 4567").e164()).isEqualTo("+573002234567");
        assertThat(colombia.check("009 57 300 223 4567").e164()).isEqualTo("+573002234567");
        assertThat(colombia.check("0057 300 223 4567").valid()).isFalse();
    }

    @Test
    void aFixedLineIsValidWithAnUnknownOperator() {
        PhoneCheck bogota = colombia.check("601 234 5678");

        assertThat(bogota.valid()).isTrue();
        assertThat(bogota.e164()).isEqualTo("+576012345678");
        assertThat(bogota.carrier()).isEqualTo(PhoneCheck.UNKNOWN_CARRIER);
    }

    @Test
    void aNumberOfAnotherCountryKeepsItsCountry() {
        PhoneCheck mexico = colombia.check("+52 55 1234 5678");

        assertThat(mexico.valid()).isTrue();
        assertThat(mexico.region()).isEqualTo("MX");
        assertThat(mexico.e164()).isEqualTo("+525512345678");
        assertThat(mexico.nationalDigits()).isEqualTo("5512345678");
    }

    @Test
    void theDefaultCountryMayBeAPrefix() {
        PhoneNumbers byPrefix = new PhoneNumbers("57");
        PhoneNumbers byPlusPrefix = new PhoneNumbers("+52");

        assertThat(byPrefix.defaultRegion()).isEqualTo("CO");
        assertThat(byPrefix.check("3001234567").e164()).isEqualTo("+573001234567");
        assertThat(byPlusPrefix.defaultRegion()).isEqualTo("MX");
        assertThat(new PhoneNumbers("co").defaultCountryCode()).isEqualTo(57);
    }

    @Test
    void anUnknownDefaultCountryIsRefused() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
        assertThatThrownBy(() -> new PhoneNumbers("999")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5,73002E+11", "5.73002E+11", "5.73E11", "5,73E+11", "573002E11"})
    void excelScientificNotationIsNeverGuessed(String cell) {
        PhoneCheck check = colombia.check(cell);

        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo(RejectReason.EXCEL_SCIENTIFIC);
        assertThat(check.reasonText("en")).isEqualTo("digits lost by Excel");
        assertThat(check.reasonText("es")).isEqualTo("Excel perdió dígitos");
    }

    @Test
    void anEmptyCellIsMissing() {
        assertThat(colombia.check("").reason()).isEqualTo(RejectReason.MISSING);
        assertThat(colombia.check("   ").reason()).isEqualTo(RejectReason.MISSING);
        assertThat(colombia.check(null).reason()).isEqualTo(RejectReason.MISSING);
    }

    @Test
    void lettersAreNotANumber() {
        PhoneCheck check = colombia.check("sin teléfono");

        assertThat(check.reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
        assertThat(check.reasonText("es")).isEqualTo("no es un número de teléfono");
    }

    @Test
    void anUnallocatedRangeIsInvalidEvenWithTheRightLength() {
        PhoneCheck check = colombia.check("3240123456"); // 10 digits like a mobile, but no operator has +57 324 0

        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo(RejectReason.INVALID);
        assertThat(check.reasonText("en")).isEqualTo("not a valid number for CO");
        assertThat(check.reasonText("es")).isEqualTo("no es un número válido para CO");
    }

    @Test
    void lengthProblemsAreNamed() {
        assertThat(colombia.check("30012").reason()).isEqualTo(RejectReason.TOO_SHORT);
        assertThat(colombia.check("300123456789012").reason()).isEqualTo(RejectReason.TOO_LONG);
        assertThat(colombia.check("+52 55 123").reasonText("en")).isEqualTo("too short for MX");
    }

    @Test
    void looksLikeNumberSeparatesDigitsFromHeaders() {
        assertThat(colombia.looksLikeNumber("3001234567")).isTrue();
        assertThat(colombia.looksLikeNumber("12345")).isTrue();
        assertThat(colombia.looksLikeNumber("Teléfono")).isFalse();
        assertThat(colombia.looksLikeNumber("")).isFalse();
    }

    @Test
    void theSameCellGivesTheSameVerdictObject() {
        assertThat(colombia.check("3101234567")).isSameAs(colombia.check("3101234567"));
    }
}
