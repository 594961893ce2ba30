package app.vocero.ui.accounts;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountException;
import app.vocero.service.AccountService;
import app.vocero.service.AccountTester;
import app.vocero.service.PriceService;
import app.vocero.ui.campaign.wizard.Formats;
import app.vocero.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The provider accounts: listing them with their secret's state and price, adding, editing, testing in the
 * background, and removing after asking. Every message in the window's language.
 */
public final class AccountsViewModel {

    /** How the status line reads: neutral, good news, or a problem. */
    public enum Tone { INFO, OK, FAILED }

    private final AccountService accounts;
    private final AccountTester tester;
    private final PriceService prices;
    private final TaskRunner tasks;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AccountRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.INFO);
    private final ObjectProperty<AccountRow> removal = new SimpleObjectProperty<>();
    private final StringProperty removalQuestion = new SimpleStringProperty("");
    private final AccountForm form = new AccountForm();
    private Messages messages;

    public AccountsViewModel(AccountService accounts, AccountTester tester, PriceService prices, TaskRunner tasks,
                             Messages messages) {
        this.accounts = accounts;
        this.tester = tester;
        this.prices = prices;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        status.set("");
        removal.set(null);
    }

    public Messages messages() {
        return messages;
    }

    /** Reads the accounts again (secrets are only looked for, never read), keeping the selection by name. */
    public void refresh() {
        reload(selected.get() == null ? null : selected.get().name());
    }

    private void reload(String keep) {
        tasks.run(progress -> load(), loaded -> {
            rows.setAll(loaded);
            if (keep != null) {
                loaded.stream().filter(row -> row.name().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, error -> say(Tone.FAILED, messages.format("accounts.loadFailed", problem(error))));
    }

    private List<AccountRow> load() {
        Map<String, PriceTable> tables = prices.all();
        List<AccountRow> loaded = new ArrayList<>();
        for (Account account : accounts.list()) {
            loaded.add(new AccountRow(account, accounts.hasSecret(account), Optional.ofNullable(tables.get(account.name()))));
        }
        return loaded;
    }

    public void startAdd() {
        removal.set(null);
        form.openForAdd();
    }

    public void startEdit() {
        AccountRow row = selected.get();
        if (row != null) {
            removal.set(null);
            form.openForEdit(row, accounts);
        }
    }

    public void cancelForm() {
        form.close();
    }

    /** Adds or saves the account of the form, then its price; the secret leaves memory as soon as it is stored. */
    public void save() {
        if (busy.get() || form.modeProperty().get() == AccountForm.Mode.CLOSED) {
            return;
        }
        form.problemProperty().set("");
        ProviderId provider = form.providerProperty().get();
        if (!form.sandboxProperty().get() && AccountForm.needsLogin(provider) && AccountForm.isBlank(form.loginProperty().get())) {
            form.problemProperty().set(messages.text("accounts.form.loginNeeded." + provider.key()));
            return;
        }
        Optional<Optional<PriceTable>> price = form.priceTable(messages);
        if (price.isEmpty()) {
            return;
        }
        boolean adding = form.modeProperty().get() == AccountForm.Mode.ADD;
        String editing = form.editing();
        boolean connectionChanges = adding || !form.sandboxProperty().get();
        AccountService.NewAccount request = new AccountService.NewAccount(form.nameProperty().get(), provider,
                form.baseUrlProperty().get(), null, AccountForm.hasLogin(provider) ? form.loginProperty().get() : null,
                form.secretProperty().get());
        busy.set(true);
        tasks.run(progress -> {
            Account account;
            if (adding) {
                account = accounts.add(request);
            } else if (connectionChanges) {
                Account before = accounts.find(editing).orElseThrow(() -> new AccountException(
                        "No account named \"" + editing + "\".", "No hay una cuenta llamada \"" + editing + "\"."));
                account = accounts.update(editing, new AccountService.Changes(request.baseUrl(),
                        before.authUrl(), request.login(), request.secret()));
            } else {
                account = accounts.find(editing).orElseThrow();
            }
            if (price.get().isPresent()) {
                PriceTable table = price.get().get();
                prices.set(account.name(), table.unit(), table.amount(), table.currency());
            } else {
                prices.remove(account.name());
            }
            return account;
        }, account -> {
            busy.set(false);
            form.close();
            say(Tone.OK, adding ? messages.format("accounts.added." + account.protection(), account.name())
                    : messages.format("accounts.saved", account.name()));
            reload(account.name());
        }, error -> {
            busy.set(false);
            form.problemProperty().set(problem(error));
        });
    }

    public void testSelected() {
        AccountRow row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        say(Tone.INFO, messages.format("accounts.testing", row.name()));
        String language = messages.locale().getLanguage();
        tasks.run(progress -> tester.test(row.name()), result -> {
            busy.set(false);
            say(result.ok() ? Tone.OK : result.tested() ? Tone.FAILED : Tone.INFO, result.message(language));
        }, error -> {
            busy.set(false);
            say(Tone.FAILED, messages.format("accounts.testFailed", problem(error)));
        });
    }

    /** Asks first: the question shows until the user confirms or keeps the account. */
    public void askRemove() {
        AccountRow row = selected.get();
        if (row == null || row.account().sandbox()) {
            return;
        }
        form.close();
        status.set("");
        removal.set(row);
        removalQuestion.set(messages.format("accounts.remove.question", row.name()));
    }

    public void keepAccount() {
        removal.set(null);
    }

    public void confirmRemove() {
        AccountRow row = removal.get();
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(progress -> {
            boolean removed = accounts.remove(row.name());
            prices.remove(row.name());
            return removed;
        }, removed -> {
            busy.set(false);
            removal.set(null);
            say(Tone.OK, messages.format("accounts.removed", row.name()));
            reload(null);
        }, error -> {
            busy.set(false);
            removal.set(null);
            say(Tone.FAILED, messages.format("accounts.removeFailed", row.name(), problem(error)));
        });
    }

    /** A service's refusal in the window's language; anything else names what happened in one line. */
    private String problem(Throwable error) {
        if (error instanceof AccountException) {
            return ((AccountException) error).message(messages.locale().getLanguage());
        }
        if (error instanceof IllegalArgumentException && error.getMessage() != null) {
            return error.getMessage();
        }
        return messages.format("accounts.unexpected", error.getClass().getSimpleName());
    }

    private void say(Tone how, String text) {
        tone.set(how);
        status.set(text);
    }

    // --- texts of the table

    public String addressText(Account account) {
        return account.sandbox() ? messages.text("accounts.address.sandbox") : account.baseUrl();
    }

    public String secretText(AccountRow row) {
        if (row.account().sandbox()) {
            return messages.text("accounts.secret.sandbox");
        }
        // how THIS computer keeps its keys: in team mode the account row is shared, the key is not
        return row.secretStored() ? messages.text("accounts.secret.stored." + accounts.protection().key())
                : messages.text("accounts.secret.none");
    }

    public String priceText(AccountRow row) {
        if (row.price().isEmpty()) {
            return messages.text("accounts.price.none");
        }
        PriceTable table = row.price().get();
        return messages.format(table.unit() == PriceTable.Unit.PER_CALL ? "accounts.price.perCall" : "accounts.price.perMinute",
                amount(table.amount()), table.currency());
    }

    String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Formats.of(messages.locale()));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    /** The sentence under the table: how new secrets are kept on this computer. */
    public String protectionText() {
        return messages.text("accounts.protection." + accounts.protection().key());
    }

    // --- properties

    public ObservableList<ProviderId> providers() {
        return FXCollections.observableArrayList(ProviderId.values());
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(rows);
    }

    public ObjectProperty<AccountRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public ObjectProperty<AccountRow> removalProperty() {
        return removal;
    }

    public StringProperty removalQuestionProperty() {
        return removalQuestion;
    }

    public AccountForm form() {
        return form;
    }
}
