package app.vocero.ui.accounts;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.SecretProtection;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountException;
import app.vocero.service.AccountService;
import app.vocero.service.AccountTester;
import app.vocero.ui.common.TaskRunner;
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

/** The provider accounts, how their secrets are kept, and testing one in the background. */
public final class AccountsViewModel {

    private final AccountService accounts;
    private final AccountTester tester;
    private final TaskRunner tasks;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final BooleanProperty testing = new SimpleBooleanProperty(false);
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty testOk = new SimpleBooleanProperty(false);
    private final ObjectProperty<ProviderId> newProvider = new SimpleObjectProperty<>(ProviderId.SAEM);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newLogin = new SimpleStringProperty("");
    private final StringProperty newBaseUrl = new SimpleStringProperty("");
    private final StringProperty newSecret = new SimpleStringProperty("");
    private final StringProperty addResult = new SimpleStringProperty("");
    private final BooleanProperty adding = new SimpleBooleanProperty(false);
    private Messages messages;

    public AccountsViewModel(AccountService accounts, AccountTester tester, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.tester = tester;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
    }

    public void refresh() {
        list.setAll(accounts.list());
    }

    public String protectionText() {
        return messages.format("accounts.protection", accounts.protection().describe(messages.locale().getLanguage()));
    }

    public void testSelected() {
        Account account = selected.get();
        if (account == null || testing.get()) {
            return;
        }
        testing.set(true);
        testResult.set(messages.format("accounts.testing", account.name()));
        String language = messages.locale().getLanguage();
        tasks.run(progress -> tester.test(account.name()), result -> {
            testing.set(false);
            testOk.set(result.ok());
            testResult.set(result.message(language));
        }, error -> {
            testing.set(false);
            testOk.set(false);
            testResult.set(messages.format("accounts.testFailed", error.getMessage()));
        });
    }

    /** Adds the account typed in the form; the secret leaves memory as soon as it is stored. */
    public void addAccount() {
        if (adding.get()) {
            return;
        }
        String language = messages.locale().getLanguage();
        AccountService.NewAccount request = new AccountService.NewAccount(newName.get(), newProvider.get(),
                newBaseUrl.get(), null, newLogin.get(), newSecret.get());
        adding.set(true);
        addResult.set("");
        tasks.run(progress -> accounts.add(request), account -> {
            adding.set(false);
            newSecret.set("");
            newName.set("");
            newLogin.set("");
            newBaseUrl.set("");
            addResult.set(messages.format("accounts.added", account.name(),
                    SecretProtection.fromKey(account.protection()).describe(language)));
            refresh();
        }, error -> {
            adding.set(false);
            addResult.set(error instanceof AccountException ? ((AccountException) error).message(language)
                    : messages.format("accounts.addFailed", error.getMessage()));
        });
    }

    public ObservableList<ProviderId> providers() {
        return FXCollections.observableArrayList(ProviderId.values());
    }

    public ObjectProperty<ProviderId> newProviderProperty() {
        return newProvider;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newBaseUrlProperty() {
        return newBaseUrl;
    }

    public StringProperty newSecretProperty() {
        return newSecret;
    }

    public StringProperty addResultProperty() {
        return addResult;
    }

    public BooleanProperty addingProperty() {
        return adding;
    }

    public ObservableList<Account> accounts() {
        return list;
    }

    public BooleanBinding emptyProperty() {
        return Bindings.isEmpty(list);
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testOkProperty() {
        return testOk;
    }
}
