package app.vocero.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Prices typed the way people in each region write them. */
class AccountFormTest {

    @Test
    void amountsAreReadWhicheverSeparatorTheUserWrites() {
        assertThat(AccountForm.parseAmount("150")).contains(new BigDecimal("150"));
        assertThat(AccountForm.parseAmount("0,75")).contains(new BigDecimal("0.75"));
        assertThat(AccountForm.parseAmount("0.75")).contains(new BigDecimal("0.75"));
        assertThat(AccountForm.parseAmount("12,5")).contains(new BigDecimal("12.5"));
        assertThat(AccountForm.parseAmount("1.234,5")).contains(new BigDecimal("1234.5"));
        assertThat(AccountForm.parseAmount("1,234.5")).contains(new BigDecimal("1234.5"));
        assertThat(AccountForm.parseAmount("1.500")).contains(new BigDecimal("1500"));
        assertThat(AccountForm.parseAmount("2.500.000")).contains(new BigDecimal("2500000"));
        assertThat(AccountForm.parseAmount("0.750")).contains(new BigDecimal("0.750"));
        assertThat(AccountForm.parseAmount(" 90 ")).contains(new BigDecimal("90"));
    }

    @Test
    void whatIsNotANumberIsRefused() {
        assertThat(AccountForm.parseAmount("")).isEmpty();
        assertThat(AccountForm.parseAmount("-5")).isEmpty();
        assertThat(AccountForm.parseAmount("diez")).isEmpty();
        assertThat(AccountForm.parseAmount("1,2,3.4.5")).isEmpty();
        assertThat(AccountForm.parseAmount(",")).isEmpty();
    }
}
