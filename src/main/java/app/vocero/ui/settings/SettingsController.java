package app.vocero.ui.settings;

import app.vocero.config.Language;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the settings form to its view model. */
public final class SettingsController {

    private final SettingsViewModel viewModel;

    @FXML private ComboBox<Language> languageChoice;
    @FXML private TextField dataDirectoryField;
    @FXML private TextField logFileField;
    @FXML private TextField versionField;
    @FXML private TextField callingFromField;
    @FXML private TextField callingToField;
    @FXML private javafx.scene.control.Label callingHoursProblem;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(viewModel.languages());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.nativeName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        dataDirectoryField.setText(viewModel.dataDirectory());
        logFileField.setText(viewModel.logFile());
        versionField.setText(viewModel.version());
        callingFromField.textProperty().bindBidirectional(viewModel.callingFromProperty());
        callingToField.textProperty().bindBidirectional(viewModel.callingToProperty());
        callingHoursProblem.visibleProperty().bind(viewModel.callingHoursProblemProperty().isNotEmpty());
        callingHoursProblem.managedProperty().bind(callingHoursProblem.visibleProperty());
        for (TextField field : new TextField[] {callingFromField, callingToField}) {
            field.setOnAction(event -> viewModel.applyCallingHours());
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused) {
                    viewModel.applyCallingHours();
                }
            });
        }
    }
}
