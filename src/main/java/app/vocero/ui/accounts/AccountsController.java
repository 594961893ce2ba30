package app.vocero.ui.accounts;

import app.vocero.domain.Account;
import app.vocero.domain.SecretProtection;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the accounts screen to its view model. */
public final class AccountsController {

    private final AccountsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TableView<Account> accountsTable;
    @FXML private TableColumn<Account, String> nameColumn;
    @FXML private TableColumn<Account, String> providerColumn;
    @FXML private TableColumn<Account, String> addressColumn;
    @FXML private TableColumn<Account, String> protectionColumn;
    @FXML private Button testButton;
    @FXML private Label testResult;
    @FXML private Label protectionLabel;
    @FXML private Node accountsEmpty;

    public AccountsController(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        String language = resources.getLocale().getLanguage();
        accountsTable.setItems(viewModel.accounts());
        accountsTable.visibleProperty().bind(viewModel.emptyProperty().not());
        accountsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        providerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().provider().displayName()));
        addressColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().sandbox()
                ? resources.getString("accounts.sandboxAddress") : cell.getValue().baseUrl()));
        protectionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                SecretProtection.fromKey(cell.getValue().protection()).describe(language)));
        viewModel.selectedProperty().bind(accountsTable.getSelectionModel().selectedItemProperty());
        testButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.testingProperty()));
        testResult.textProperty().bind(viewModel.testResultProperty());
        viewModel.testOkProperty().addListener((observable, was, ok) -> {
            testResult.getStyleClass().removeAll("test-ok", "test-failed");
            testResult.getStyleClass().add(ok ? "test-ok" : "test-failed");
        });
        protectionLabel.setText(viewModel.protectionText());
        viewModel.refresh();
    }

    @FXML
    private void testConnection() {
        viewModel.testSelected();
    }
}
