package app.vocero.ui.accounts;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.PriceTable;
import java.util.Optional;

/**
 * One line of the accounts table: the account, whether its secret is kept (never the secret itself) and its price.
 */
public record AccountRow(Account account, boolean secretStored, Optional<PriceTable> price) {

    public String name() {
        return account.name();
    }
}
