package app.vocero.ui.accounts;

import app.vocero.domain.Account;
import app.vocero.domain.SecretProtection;
import app.vocero.domain.campaign.ProviderId;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
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
    @FXML private ComboBox<ProviderId> providerChoice;
    @FXML private TextField nameField;
    @FXML private TextField loginField;
    @FXML private TextField baseUrlField;
    @FXML private PasswordField secretField;
    @FXML private Button addButton;
    @FXML private Label addResult;

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
        providerChoice.setItems(viewModel.providers());
        providerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProviderId provider) {
                return provider == null ? "" : provider.displayName();
            }

            @Override
            public ProviderId fromString(String text) {
                return null;
            }
        });
        providerChoice.valueProperty().bindBidirectional(viewModel.newProviderProperty());
        nameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        loginField.textProperty().bindBidirectional(viewModel.newLoginProperty());
        baseUrlField.textProperty().bindBidirectional(viewModel.newBaseUrlProperty());
        secretField.textProperty().bindBidirectional(viewModel.newSecretProperty());
        providerChoice.valueProperty().addListener((observable, before, now) -> hints(now));
        hints(providerChoice.getValue());
        addButton.disableProperty().bind(viewModel.addingProperty()
                .or(viewModel.newNameProperty().isEmpty()).or(viewModel.newSecretProperty().isEmpty()));
        addResult.textProperty().bind(viewModel.addResultProperty());
        viewModel.refresh();
    }

    /** What the login and secret fields mean for this provider. */
    private void hints(ProviderId provider) {
        String key = provider == null ? "saem" : provider.key();
        loginField.setPromptText(resources.getString("accounts.add.login." + key));
        loginField.setDisable(provider == ProviderId.SAEM || provider == ProviderId.MEETZY);
        secretField.setPromptText(resources.getString("accounts.add.secret." + key));
    }

    @FXML
    private void addAccount() {
        viewModel.addAccount();
    }

    @FXML
    private void testConnection() {
        viewModel.testSelected();
    }
}
