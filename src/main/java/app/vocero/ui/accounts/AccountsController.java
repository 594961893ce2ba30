package app.vocero.ui.accounts;

import app.vocero.domain.campaign.ProviderId;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Binds the accounts screen to its view model; every action is one call to it. */
public final class AccountsController {

    private final AccountsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TableView<AccountRow> accountsTable;
    @FXML private TableColumn<AccountRow, String> nameColumn;
    @FXML private TableColumn<AccountRow, String> providerColumn;
    @FXML private TableColumn<AccountRow, String> addressColumn;
    @FXML private TableColumn<AccountRow, String> protectionColumn;
    @FXML private TableColumn<AccountRow, String> priceColumn;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button testButton;
    @FXML private Button removeButton;
    @FXML private Node removeBar;
    @FXML private Label removeQuestion;
    @FXML private Button confirmRemoveButton;
    @FXML private Label testResult;
    @FXML private Label protectionLabel;
    @FXML private Node accountsEmpty;
    @FXML private Node formPane;
    @FXML private Node addHint;
    @FXML private Label formTitle;
    @FXML private Label formHint;
    @FXML private Label formProblem;
    @FXML private ComboBox<ProviderId> providerChoice;
    @FXML private TextField nameField;
    @FXML private Label loginLabel;
    @FXML private TextField loginField;
    @FXML private TextField baseUrlField;
    @FXML private PasswordField secretField;
    @FXML private ComboBox<AccountForm.PriceChoice> priceChoice;
    @FXML private TextField amountField;
    @FXML private TextField currencyField;
    @FXML private Button saveButton;

    public AccountsController(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindTable();
        bindActions();
        bindForm();
        viewModel.refresh();
    }

    private void bindTable() {
        accountsTable.setItems(viewModel.rows());
        accountsTable.visibleProperty().bind(viewModel.emptyProperty().not());
        accountsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        column(nameColumn, AccountRow::name);
        column(providerColumn, row -> row.account().provider().displayName());
        column(addressColumn, row -> viewModel.addressText(row.account()));
        column(protectionColumn, viewModel::secretText);
        column(priceColumn, viewModel::priceText);
        accountsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (viewModel.selectedProperty().get() != now) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (accountsTable.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    accountsTable.getSelectionModel().clearSelection();
                } else {
                    accountsTable.getSelectionModel().select(now);
                }
            }
        });
        protectionLabel.setText(viewModel.protectionText());
    }

    /** A column whose long values are never lost: cut with "…" when narrow, whole in a tooltip. */
    private static void column(TableColumn<AccountRow, String> column, Function<AccountRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
    }

    private void bindActions() {
        var noSelection = viewModel.selectedProperty().isNull();
        var sandboxSelected = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().account().sandbox(), viewModel.selectedProperty());
        editButton.disableProperty().bind(noSelection.or(viewModel.busyProperty()));
        testButton.disableProperty().bind(noSelection.or(viewModel.busyProperty()));
        removeButton.disableProperty().bind(noSelection.or(sandboxSelected).or(viewModel.busyProperty()));
        addButton.disableProperty().bind(viewModel.busyProperty());
        removeBar.visibleProperty().bind(viewModel.removalProperty().isNotNull());
        removeBar.managedProperty().bind(removeBar.visibleProperty());
        removeQuestion.textProperty().bind(viewModel.removalQuestionProperty());
        confirmRemoveButton.disableProperty().bind(viewModel.busyProperty());
        testResult.textProperty().bind(viewModel.statusProperty());
        testResult.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        testResult.managedProperty().bind(testResult.visibleProperty());
        viewModel.toneProperty().addListener((observable, before, now) -> tone(now));
        tone(viewModel.toneProperty().get());
    }

    private void tone(AccountsViewModel.Tone tone) {
        testResult.getStyleClass().removeAll("test-ok", "test-failed");
        if (tone == AccountsViewModel.Tone.OK) {
            testResult.getStyleClass().add("test-ok");
        } else if (tone == AccountsViewModel.Tone.FAILED) {
            testResult.getStyleClass().add("test-failed");
        }
    }

    private void bindForm() {
        AccountForm form = viewModel.form();
        formPane.visibleProperty().bind(form.modeProperty().isNotEqualTo(AccountForm.Mode.CLOSED));
        formPane.managedProperty().bind(formPane.visibleProperty());
        addHint.visibleProperty().bind(formPane.visibleProperty().not()); // the command line's way, when room allows
        addHint.managedProperty().bind(addHint.visibleProperty());
        providerChoice.setItems(viewModel.providers());
        providerChoice.setConverter(converter(provider -> provider.displayName()));
        providerChoice.valueProperty().bindBidirectional(form.providerProperty());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        loginField.textProperty().bindBidirectional(form.loginProperty());
        baseUrlField.textProperty().bindBidirectional(form.baseUrlProperty());
        secretField.textProperty().bindBidirectional(form.secretProperty());
        priceChoice.setItems(FXCollections.observableArrayList(AccountForm.PriceChoice.values()));
        priceChoice.setConverter(converter(choice -> resources.getString("accounts.form.price." + choice.name().toLowerCase(java.util.Locale.ROOT))));
        priceChoice.valueProperty().bindBidirectional(form.priceProperty());
        var noPrice = form.priceProperty().isEqualTo(AccountForm.PriceChoice.NONE);
        amountField.disableProperty().bind(noPrice);
        currencyField.disableProperty().bind(noPrice);
        amountField.textProperty().bindBidirectional(form.amountProperty());
        currencyField.textProperty().bindBidirectional(form.currencyProperty());
        var editing = form.modeProperty().isEqualTo(AccountForm.Mode.EDIT);
        providerChoice.disableProperty().bind(editing);
        nameField.disableProperty().bind(editing);
        baseUrlField.disableProperty().bind(form.sandboxProperty());
        secretField.disableProperty().bind(form.sandboxProperty());
        formProblem.textProperty().bind(form.problemProperty());
        saveButton.disableProperty().bind(form.incomplete().or(viewModel.busyProperty()));
        form.providerProperty().addListener((observable, before, now) -> hints());
        form.modeProperty().addListener((observable, before, now) -> hints());
        form.sandboxProperty().addListener((observable, before, now) -> hints());
        form.nameProperty().addListener((observable, before, now) -> hints());
        hints();
    }

    /** The form's title, and what the login and secret fields mean for this provider. */
    private void hints() {
        AccountForm form = viewModel.form();
        ProviderId provider = form.providerProperty().get() == null ? ProviderId.SAEM : form.providerProperty().get();
        boolean edit = form.modeProperty().get() == AccountForm.Mode.EDIT;
        formTitle.setText(edit ? viewModel.messages().format("accounts.form.editTitle", form.nameProperty().get())
                : resources.getString("accounts.add.title"));
        loginField.setPromptText(resources.getString("accounts.add.login." + provider.key()));
        loginField.setDisable(!AccountForm.hasLogin(provider) || form.sandboxProperty().get());
        secretField.setPromptText(edit && !form.sandboxProperty().get() ? resources.getString("accounts.form.keepSecret")
                : resources.getString("accounts.add.secret." + provider.key()));
        formHint.setText(form.sandboxProperty().get() ? resources.getString("accounts.form.sandboxHint")
                : edit ? resources.getString("accounts.form.editHint") : resources.getString("accounts.form.addHint"));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void startAdd() {
        viewModel.startAdd();
    }

    @FXML
    private void startEdit() {
        viewModel.startEdit();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancelForm() {
        // Escape closes whichever is open: the form, or the question before removing
        viewModel.cancelForm();
        viewModel.keepAccount();
    }

    @FXML
    private void testConnection() {
        viewModel.testSelected();
    }

    @FXML
    private void askRemove() {
        viewModel.askRemove();
    }

    @FXML
    private void confirmRemove() {
        viewModel.confirmRemove();
    }

    @FXML
    private void keepAccount() {
        viewModel.keepAccount();
    }
}
