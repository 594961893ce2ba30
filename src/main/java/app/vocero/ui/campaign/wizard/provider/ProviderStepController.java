package app.vocero.ui.campaign.wizard.provider;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderCapabilities.MessageType;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Binds step 1 (account, name, message type) and shows what is missing as the user types. */
public final class ProviderStepController {

    private final ProviderStepViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();
    private final ToggleGroup types = new ToggleGroup();
    private boolean syncing;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<Account> accountChoice;
    @FXML private TextField nameField;
    @FXML private HBox typeChoices;
    @FXML private Label typeHint;
    @FXML private VBox providerStep;

    public ProviderStepController(ProviderStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.refresh();
        accountChoice.setItems(viewModel.accounts());
        accountChoice.setCellFactory(list -> new AccountCell());
        accountChoice.setButtonCell(new AccountCell());
        accountChoice.setPromptText(resources.getString("wizard.provider.account.prompt"));
        accountChoice.valueProperty().bindBidirectional(viewModel.accountProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        validation.registerValidator(nameField, false, Validator.createEmptyValidator(
                resources.getString("wizard.provider.name.required"), Severity.ERROR));
        validation.registerValidator(accountChoice, false, (javafx.scene.control.Control control, Account value) ->
                ValidationResult.fromErrorIf(control, resources.getString("wizard.provider.account.required"), value == null));
        viewModel.messageTypes().addListener((javafx.collections.ListChangeListener<MessageType>) change -> types());
        viewModel.messageTypeProperty().addListener((observable, before, now) -> selectType(now));
        types.selectedToggleProperty().addListener((observable, before, now) -> {
            if (!syncing && now != null) {
                viewModel.messageTypeProperty().set((MessageType) now.getUserData());
            }
        });
        types();
    }

    /** The step's validation, for tests: what is marked and with which message. */
    ValidationSupport validation() {
        return validation;
    }

    /** One choice per message type the provider supports; a provider that plays its own says what it plays. */
    private void types() {
        syncing = true;
        try {
            typeChoices.getChildren().clear();
            types.getToggles().clear();
            for (MessageType type : viewModel.messageTypes()) {
                if (type == MessageType.NONE) {
                    continue;
                }
                RadioButton choice = new RadioButton(resources.getString("wizard.provider.type." + type.name().toLowerCase(java.util.Locale.ROOT)));
                choice.setId("type" + (type == MessageType.AUDIO ? "Audio" : "Tts"));
                choice.setUserData(type);
                choice.setToggleGroup(types);
                typeChoices.getChildren().add(choice);
            }
            Account account = viewModel.accountProperty().get();
            typeHint.setText(account == null ? resources.getString("wizard.provider.type.pickAccount")
                    : resources.getString("wizard.provider.type.hint." + account.provider().key()));
        } finally {
            syncing = false;
        }
        selectType(viewModel.messageTypeProperty().get());
    }

    private void selectType(MessageType type) {
        syncing = true;
        try {
            types.getToggles().stream().filter(toggle -> toggle.getUserData() == type).findFirst()
                    .ifPresentOrElse(types::selectToggle, () -> types.selectToggle(null));
            Account account = viewModel.accountProperty().get();
            if (account != null) {
                typeHint.setText(resources.getString("wizard.provider.type.hint." + account.provider().key()));
            }
        } finally {
            syncing = false;
        }
    }

    /** An account under its provider's name, so the list reads grouped by provider. */
    private final class AccountCell extends ListCell<Account> {
        @Override
        protected void updateItem(Account account, boolean empty) {
            super.updateItem(account, empty);
            if (empty || account == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label provider = new Label(account.provider().displayName());
            provider.getStyleClass().add("account-provider");
            provider.setMinWidth(110);
            Label name = new Label(account.name());
            Label sandbox = new Label(account.sandbox() ? resources.getString("wizard.provider.sandbox") : "");
            sandbox.getStyleClass().add("account-sandbox");
            HBox row = new HBox(8, provider, name, sandbox);
            setText(null);
            setGraphic(row);
        }
    }
}
