package app.vocero.ui.accounts;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountService;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit form of the accounts screen: what the user typed, and turning it into a request for the services.
 * Editing keeps the name and provider (drafts and the history know the account by its name); an empty secret keeps
 * the stored one.
 */
public final class AccountForm {

    /** What is open below the table. */
    public enum Mode { CLOSED, ADD, EDIT }

    /** How the account is priced, "none" included (the estimate then says it has no price). */
    public enum PriceChoice { NONE, PER_CALL, PER_MINUTE }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CLOSED);
    private final ObjectProperty<ProviderId> provider = new SimpleObjectProperty<>(ProviderId.SAEM);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ObjectProperty<PriceChoice> price = new SimpleObjectProperty<>(PriceChoice.NONE);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private String editing;

    void openForAdd() {
        editing = null;
        provider.set(ProviderId.SAEM);
        name.set("");
        login.set("");
        baseUrl.set("");
        secret.set("");
        sandbox.set(false);
        setPrice(Optional.empty());
        problem.set("");
        mode.set(Mode.ADD);
    }

    void openForEdit(AccountRow row, AccountService accounts) {
        Account account = row.account();
        editing = account.name();
        provider.set(account.provider());
        name.set(account.name());
        login.set(account.login() == null ? "" : account.login());
        boolean official = !account.sandbox() && account.baseUrl().equals(accounts.defaultBaseUrl(account.provider()));
        baseUrl.set(account.sandbox() || official ? "" : account.baseUrl());
        secret.set("");
        sandbox.set(account.sandbox());
        setPrice(row.price());
        problem.set("");
        mode.set(Mode.EDIT);
    }

    void close() {
        secret.set(""); // the typed secret leaves memory with the form
        problem.set("");
        mode.set(Mode.CLOSED);
    }

    private void setPrice(Optional<PriceTable> table) {
        price.set(table.map(t -> t.unit() == PriceTable.Unit.PER_CALL ? PriceChoice.PER_CALL : PriceChoice.PER_MINUTE)
                .orElse(PriceChoice.NONE));
        amount.set(table.map(t -> t.amount().toPlainString()).orElse(""));
        currency.set(table.map(PriceTable::currency).orElse(""));
    }

    /** The account being edited; {@code null} when adding. */
    String editing() {
        return editing;
    }

    /** The price as typed, checked; the problem in words is set and empty returned when it cannot be read. */
    Optional<Optional<PriceTable>> priceTable(Messages messages) {
        if (price.get() == PriceChoice.NONE) {
            return Optional.of(Optional.empty());
        }
        Optional<BigDecimal> value = parseAmount(amount.get());
        if (value.isEmpty() || value.get().signum() < 0) {
            problem.set(messages.text("accounts.form.priceInvalid"));
            return Optional.empty();
        }
        String unit = currency.get() == null ? "" : currency.get().trim();
        if (unit.isEmpty() || unit.length() > 16) {
            problem.set(messages.text("accounts.form.currencyNeeded"));
            return Optional.empty();
        }
        return Optional.of(Optional.of(new PriceTable(price.get() == PriceChoice.PER_CALL ? PriceTable.Unit.PER_CALL
                : PriceTable.Unit.PER_MINUTE, value.get(), unit)));
    }

    /**
     * The amount as people write it, whatever their region: "150", "0,75", "0.75", "1.234,5", "1,234.5", "1.500".
     * With both separators the last one is the decimal one; a lone separator followed by exactly three digits
     * groups thousands ("1.500" pesos), otherwise it is the decimal one.
     */
    static Optional<BigDecimal> parseAmount(String text) {
        String typed = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (!typed.matches("[0-9.,]*[0-9][0-9.,]*")) {
            return Optional.empty();
        }
        int lastDot = typed.lastIndexOf('.');
        int lastComma = typed.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            int at = Math.max(lastDot, lastComma);
            plain = typed.substring(0, at).replace(String.valueOf(grouping), "") + "." + typed.substring(at + 1);
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            int at = Math.max(lastDot, lastComma);
            boolean once = typed.indexOf(separator) == at;
            boolean thousands = !once || typed.length() - at - 1 == 3 && !typed.substring(0, at).equals("0");
            plain = thousands ? typed.replace(String.valueOf(separator), "")
                    : typed.substring(0, at) + "." + typed.substring(at + 1);
        } else {
            plain = typed;
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the form can be saved as it stands (the services check the rest and say why). */
    BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> mode.get() == Mode.CLOSED
                        || mode.get() == Mode.ADD && (isBlank(name.get()) || isBlank(secret.get())),
                mode, name, secret);
    }

    /** Whether a login is needed for this provider (Routee's application id, Octopush's api-login). */
    static boolean needsLogin(ProviderId provider) {
        return provider == ProviderId.ROUTEE || provider == ProviderId.OCTOPUSH;
    }

    /** Whether this provider has a login at all (Saem and Meetzy use the secret alone). */
    static boolean hasLogin(ProviderId provider) {
        return provider != ProviderId.SAEM && provider != ProviderId.MEETZY;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return provider;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ObjectProperty<PriceChoice> priceProperty() {
        return price;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    /** The sandbox accounts' address and keys are built in: only their price can change. */
    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
