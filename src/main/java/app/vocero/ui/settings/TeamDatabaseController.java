package app.vocero.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Binds Settings → Team database to its view model. */
public final class TeamDatabaseController {

    private final TeamDatabaseViewModel viewModel;

    @FXML private Label inUseLabel;
    @FXML private Label inUseDetail;
    @FXML private TextField urlField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordHint;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private Button forgetButton;
    @FXML private HBox resultRow;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label resultLabel;
    @FXML private Button copyToTeamButton;
    @FXML private Button copyToLocalButton;
    @FXML private Button cancelCopyButton;

    public TeamDatabaseController(TeamDatabaseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        inUseLabel.textProperty().bind(viewModel.inUseProperty());
        inUseDetail.textProperty().bind(viewModel.inUseDetailProperty());
        inUseDetail.visibleProperty().bind(viewModel.inUseDetailProperty().isNotEmpty());
        inUseDetail.managedProperty().bind(inUseDetail.visibleProperty());
        urlField.textProperty().bindBidirectional(viewModel.urlProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordHint.textProperty().bind(viewModel.passwordHintProperty());
        passwordHint.visibleProperty().bind(viewModel.passwordHintProperty().isNotEmpty());
        passwordHint.managedProperty().bind(passwordHint.visibleProperty());
        var busy = viewModel.busyProperty();
        testButton.disableProperty().bind(busy.or(viewModel.urlProperty().isEmpty()));
        saveButton.disableProperty().bind(busy.or(viewModel.urlProperty().isEmpty()));
        forgetButton.disableProperty().bind(busy.or(viewModel.configuredProperty().not()));
        copyToTeamButton.disableProperty().bind(busy.or(viewModel.canCopyProperty().not()));
        copyToLocalButton.disableProperty().bind(busy.or(viewModel.canCopyProperty().not()));
        cancelCopyButton.visibleProperty().bind(viewModel.copyingProperty());
        cancelCopyButton.managedProperty().bind(cancelCopyButton.visibleProperty());
        busyIndicator.visibleProperty().bind(busy);
        busyIndicator.managedProperty().bind(busy);
        resultLabel.textProperty().bind(viewModel.resultProperty());
        resultRow.visibleProperty().bind(viewModel.resultProperty().isNotEmpty());
        resultRow.managedProperty().bind(resultRow.visibleProperty());
        viewModel.resultOkProperty().addListener((observable, was, ok) -> style(ok));
        style(viewModel.resultOkProperty().get());
        urlField.setOnAction(event -> viewModel.test());
        passwordField.setOnAction(event -> viewModel.test());
    }

    private void style(boolean ok) {
        resultLabel.getStyleClass().removeAll("ok", "problem");
        resultLabel.getStyleClass().add(ok ? "ok" : "problem");
    }

    @FXML
    private void test() {
        viewModel.test();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void forget() {
        viewModel.forget();
    }

    @FXML
    private void copyToTeam() {
        viewModel.copyToTeam();
    }

    @FXML
    private void copyToLocal() {
        viewModel.copyToLocal();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
