package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialedDigitsTest {

    @Test
    void asciiDigitsReadWhatParseLongReads() {
        for (String text : new String[] {"3001234567", "0", "0612345678", "000000000000000001", "999999999999999999",
                "573001234567", "12"}) {
            assertThat(DialedDigits.asciiDigits(text, 0)).as(text).isEqualTo(Long.parseLong(text));
        }
        assertThat(DialedDigits.asciiDigits("+573001234567", 1)).isEqualTo(573001234567L);
        assertThat(FirstSeen.keyOf("+390612345678")).isEqualTo(390612345678L);
        // past 18 digits and the edges of a long: Long.parseLong decides, as before
        assertThat(DialedDigits.asciiDigits("9223372036854775807", 0)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> DialedDigits.asciiDigits("9223372036854775808", 0))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void anythingButAsciiDigitsIsLeftToParseLong() {
        // signs and other scripts' digits read as Long.parseLong reads them; the rest fails as it fails
        assertThat(DialedDigits.asciiDigits("-12", 0)).isEqualTo(-12);
        assertThat(DialedDigits.asciiDigits("+12", 0)).isEqualTo(12);
        assertThat(DialedDigits.asciiDigits("١٢٣", 0)).isEqualTo(123);
        for (String text : new String[] {"", "30a1", " 12", "12 "}) {
            assertThatThrownBy(() -> DialedDigits.asciiDigits(text, 0)).as(text)
                    .isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> DialedDigits.asciiDigits("+", 1)).isInstanceOf(NumberFormatException.class);
    }
}
