package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as people hear them: whatever the file's cell type, a balance is spoken as the amount. */
class TagFormatTest {

    private static final Locale CO = Locale.forLanguageTag("es-CO");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1250000.5      | $1.250.000,50",   // an XLSX numeric cell, raw
            "1250000        | $1.250.000",      // a whole amount has no cents
            "1250000.00     | $1.250.000",
            "1.2500005E6    | $1.250.000,50",   // scientific notation from a spreadsheet
            "1.25E+06       | $1.250.000",
            "1.250.000,50   | $1.250.000,50",   // a Latin-American Excel's CSV
            "$1.250.000     | $1.250.000",
            "$ 1.250.000    | $1.250.000",
            "COP 1.250.000  | $1.250.000",
            "1,250,000.50   | $1.250.000,50",   // written the US way: the last separator is the decimal one
            "1.250          | $1.250",          // one dot before three digits: Colombian thousands
            "1,5            | $1,50",
            "0.125          | $0,13",
            "-1250000.5     | -$1.250.000,50",
            "(1.250.000)    | -$1.250.000",
            "0              | $0",
            "-0.001         | $0",
            "150.000        | $150.000"})
    void balancesAreSpokenAsColombianMoney(String written, String spoken) {
        assertThat(TagFormat.AMOUNT.apply(written, "CO")).isEqualTo(spoken);
    }

    @Test
    void eachCountryWritesMoneyItsOwnWay() {
        assertThat(TagFormat.AMOUNT.apply("1250000.5", "MX")).isEqualTo("$1,250,000.50");
        assertThat(TagFormat.AMOUNT.apply("1250000.5", "US")).isEqualTo("$1,250,000.50");
        assertThat(TagFormat.AMOUNT.apply("1250000.5", "ES")).isEqualTo("1.250.000,50\u00A0€");
        assertThat(TagFormat.AMOUNT.apply("1250000", "PE")).isEqualTo("S/1,250,000");
        assertThat(TagFormat.AMOUNT.apply("1250000.5", "")).as("no country: Colombian").isEqualTo("$1.250.000,50");
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {"Juan Pérez", "12.05.2024", "2024-05-12", "N/A", "3 cuotas", "1e400", "abc123"})
    void whatIsNotANumberIsKeptAsWritten(String written) {
        assertThat(TagFormat.AMOUNT.apply(written, "CO")).isEqualTo(written);
        assertThat(TagFormat.NUMBER.apply(written, "CO")).isEqualTo(written);
    }

    @Test
    void emptyStaysEmpty() {
        for (TagFormat format : TagFormat.values()) {
            assertThat(format.apply("", "CO")).isEmpty();
            assertThat(format.apply(null, "CO")).isEmpty();
            assertThat(format.apply("   ", "CO")).isEqualTo("   ");
        }
    }

    @Test
    void numbersKeepTheirDecimalsWithTheCountrysSeparators() {
        assertThat(TagFormat.NUMBER.apply("1250000.5", "CO")).isEqualTo("1.250.000,5");
        assertThat(TagFormat.NUMBER.apply("1.2500005E6", "CO")).isEqualTo("1.250.000,5");
        assertThat(TagFormat.NUMBER.apply("-42", "CO")).isEqualTo("-42");
        assertThat(TagFormat.NUMBER.apply("1250000.5", "MX")).isEqualTo("1,250,000.5");
    }

    @Test
    void digitsAreReadOneByOne() {
        assertThat(TagFormat.DIGITS.apply("3001234567", "CO")).isEqualTo("3 0 0 1 2 3 4 5 6 7");
        assertThat(TagFormat.DIGITS.apply("001-234", "CO")).as("leading zeros kept, signs dropped").isEqualTo("0 0 1 2 3 4");
        assertThat(TagFormat.DIGITS.apply("1.2345E4", "CO")).as("the exponent is expanded first").isEqualTo("1 2 3 4 5");
        assertThat(TagFormat.DIGITS.apply("sin número", "CO")).isEqualTo("sin número");
    }

    @Test
    void asWrittenChangesNothing() {
        assertThat(TagFormat.AS_WRITTEN.apply("1.2500005E6", "CO")).isEqualTo("1.2500005E6");
        assertThat(TagFormat.AS_WRITTEN.apply("1250000.5", "CO")).isEqualTo("1250000.5");
    }

    @Test
    void aLoneSeparatorBeforeThreeDigitsFollowsTheCountry() {
        assertThat(TagFormat.number("1.250", CO)).contains(new BigDecimal("1250"));
        assertThat(TagFormat.number("1,250", CO)).contains(new BigDecimal("1.250"));
        assertThat(TagFormat.number("1,250", Locale.US)).contains(new BigDecimal("1250"));
        assertThat(TagFormat.number("1250.125", CO)).as("four digits before: a decimal point").contains(new BigDecimal("1250.125"));
        assertThat(TagFormat.number("1.250.00", CO)).isEmpty();
    }

    @Test
    void formatsHaveStableDraftKeys() {
        assertThat(TagFormat.fromKey("amount")).contains(TagFormat.AMOUNT);
        assertThat(TagFormat.fromKey(" Digits ")).contains(TagFormat.DIGITS);
        assertThat(TagFormat.fromKey("written")).contains(TagFormat.AS_WRITTEN);
        assertThat(TagFormat.fromKey("number")).contains(TagFormat.NUMBER);
        assertThat(TagFormat.fromKey("money")).isEmpty();
    }
}
