package app.vocero.ui.accounts;

import app.vocero.config.Messages;
import app.vocero.domain.Account;
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
