package app.vocero.domain.campaign;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What one call costs with an account: a price per call or per started minute, in a currency or in credits. */
public record PriceTable(Unit unit, BigDecimal amount, String currency) {

    public enum Unit {
        PER_CALL("call"),
        PER_MINUTE("minute");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Unit> fromKey(String key) {
            for (Unit unit : values()) {
                if (unit.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                    return Optional.of(unit);
                }
            }
            return Optional.empty();
        }
    }
}
