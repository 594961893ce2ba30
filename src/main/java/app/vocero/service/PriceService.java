package app.vocero.service;

import app.vocero.domain.campaign.PriceTable;
import app.vocero.store.PriceTableRepository;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Each provider account's price table, for the estimate shown before sending. */
public final class PriceService {

    private final PriceTableRepository prices;

    public PriceService(PriceTableRepository prices) {
        this.prices = prices;
    }

    /** @throws IllegalArgumentException for a negative amount or a blank currency */
    public void set(String account, PriceTable.Unit unit, BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative: " + amount);
        }
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("Give the currency (COP, USD, EUR, credits…)");
        }
        prices.put(account, new PriceTable(unit, amount, currency.trim()));
    }

    public Optional<PriceTable> find(String account) {
        return prices.find(account);
    }

    public Map<String, PriceTable> all() {
        return prices.all();
    }

    public boolean remove(String account) {
        return prices.remove(account);
    }
}
