package app.vocero.ui.common;

import app.vocero.config.Messages;
import app.vocero.config.PassphraseSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
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
        Messages messages = Messages.of(language.get());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.text("passphrase.title"));
        dialog.setHeaderText(messages.text(creating ? "passphrase.create" : "passphrase.enter"));
        PasswordField first = new PasswordField();
        first.setId("passphraseField");
        PasswordField again = new PasswordField();
        again.setId("passphraseAgainField");
        VBox content = new VBox(8, new Label(messages.text("passphrase.label")), first);
        if (creating) {
            content.getChildren().addAll(new Label(messages.text("passphrase.again")), again);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() != ButtonType.OK) {
            return Optional.empty();
        }
        char[] chosen = first.getText().toCharArray();
        if (creating && !Arrays.equals(chosen, again.getText().toCharArray())) {
            return Optional.empty();
        }
        return Optional.of(chosen);
    }
}
