package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The passphrase dialog speaks the language chosen now, its buttons included, and checks a new passphrase. */
@ExtendWith(ApplicationExtension.class)
class PassphraseDialogTest {

    @Start
    void start(Stage stage) {
        stage.setWidth(400);
        stage.setHeight(300);
    }

    @Test
    void choosingAPassphraseInSpanishSaysWhatIsWrongAndKeepsOkOffUntilItIsRight(FxRobot robot) {
        AtomicReference<Dialog<ButtonType>> built = new AtomicReference<>();
        robot.interact(() -> built.set(PassphraseDialog.build(Messages.of(Locale.forLanguageTag("es")), true)));
        Dialog<ButtonType> dialog = built.get();
        assertThat(dialog.getTitle()).isEqualTo("Frase de acceso de Vocero");
        Button ok = button(dialog, ButtonBar.ButtonData.OK_DONE);
        assertThat(ok.getText()).isEqualTo("Proteger mis secretos");
        assertThat(button(dialog, ButtonBar.ButtonData.CANCEL_CLOSE).getText()).isEqualTo("Cancelar");
        assertThat(ok.isDisabled()).isTrue();

        PasswordField first = (PasswordField) dialog.getDialogPane().lookup("#passphraseField");
        PasswordField again = (PasswordField) dialog.getDialogPane().lookup("#passphraseAgainField");
        Label problem = (Label) dialog.getDialogPane().lookup("#passphraseProblem");
        robot.interact(() -> first.setText("corta"));
        assertThat(problem.getText()).isEqualTo("Al menos 8 caracteres.");
        robot.interact(() -> {
            first.setText("una frase larga");
            again.setText("otra frase larga");
        });
        assertThat(problem.getText()).isEqualTo("Las dos frases no coinciden.");
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> again.setText("una frase larga"));
        assertThat(problem.getText()).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
    }

    @Test
    void unlockingInEnglishHasItsOwnWords(FxRobot robot) {
        AtomicReference<Dialog<ButtonType>> built = new AtomicReference<>();
        robot.interact(() -> built.set(PassphraseDialog.build(Messages.of(Locale.ENGLISH), false)));
        assertThat(built.get().getHeaderText()).isEqualTo("Vocero needs your passphrase to read the provider secrets.");
        assertThat(button(built.get(), ButtonBar.ButtonData.OK_DONE).getText()).isEqualTo("Unlock");
        assertThat(button(built.get(), ButtonBar.ButtonData.OK_DONE).isDisabled()).isFalse();
        assertThat(built.get().getDialogPane().lookup("#passphraseAgainField")).isNull();
    }

    private static Button button(Dialog<ButtonType> dialog, ButtonBar.ButtonData data) {
        ButtonType type = dialog.getDialogPane().getButtonTypes().stream().filter(t -> t.getButtonData() == data)
                .findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(type);
    }
}
