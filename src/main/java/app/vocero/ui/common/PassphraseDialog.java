package app.vocero.ui.common;

import app.vocero.config.Messages;
import app.vocero.config.PassphraseSource;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for the passphrase that protects provider secrets, in a dialog, when Vocero first needs it (from the FX
 * thread or from background work, which waits for the answer).
 */
public final class PassphraseDialog implements PassphraseSource {

    private final Supplier<Locale> language;

    public PassphraseDialog(Supplier<Locale> language) {
        this.language = language;
    }

    @Override
    public Optional<char[]> passphrase(boolean creating) {
        if (Platform.isFxApplicationThread()) {
            return ask(creating);
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ask(creating)));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<char[]> ask(boolean creating) {
        Dialog<ButtonType> dialog = build(Messages.of(language.get()), creating);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        PasswordField first = (PasswordField) dialog.getDialogPane().lookup("#passphraseField");
        return Optional.of(first.getText().toCharArray());
    }

    /**
     * The dialog in the language chosen now (asked each time, so a language switched in Settings applies at once),
     * its buttons included; when choosing, OK stays off until the passphrase is long enough and typed twice alike.
     */
    static Dialog<ButtonType> build(Messages messages, boolean creating) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.text("passphrase.title"));
        dialog.setHeaderText(messages.text(creating ? "passphrase.create" : "passphrase.enter"));
        PasswordField first = new PasswordField();
        first.setId("passphraseField");
        PasswordField again = new PasswordField();
        again.setId("passphraseAgainField");
        Label firstLabel = new Label(messages.text("passphrase.label"));
        firstLabel.setLabelFor(first);
        VBox content = new VBox(8, firstLabel, first);
        ButtonType ok = new ButtonType(messages.text(creating ? "accounts.passphrase.create" : "accounts.passphrase.ok"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("accounts.passphrase.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        if (creating) {
            Label againLabel = new Label(messages.text("passphrase.again"));
            againLabel.setLabelFor(again);
            Label problem = new Label();
            problem.setId("passphraseProblem");
            problem.setWrapText(true);
            content.getChildren().addAll(againLabel, again, problem);
            Runnable check = () -> {
                boolean shortOne = first.getText().length() < 8;
                boolean differ = !first.getText().equals(again.getText());
                problem.setText(first.getText().isEmpty() ? "" : shortOne ? messages.text("accounts.passphrase.tooShort")
                        : differ && !again.getText().isEmpty() ? messages.text("accounts.passphrase.differ") : "");
                dialog.getDialogPane().lookupButton(ok).setDisable(shortOne || differ);
            };
            first.textProperty().addListener((observable, before, now) -> check.run());
            again.textProperty().addListener((observable, before, now) -> check.run());
            check.run();
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(520);
        Platform.runLater(first::requestFocus);
        return dialog;
    }
}
