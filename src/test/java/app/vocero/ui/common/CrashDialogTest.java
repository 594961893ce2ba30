package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {

    @Test
    void saysWhatHappenedAndWhereTheLogIs(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        Path log = Path.of("/datos/vocero/logs/vocero.log");
        robot.interact(() -> alert.set(CrashDialog.of(new IllegalStateException("wrapper",
                new java.io.IOException("disco lleno")), log, Messages.of(Locale.forLanguageTag("es")))));

        assertThat(alert.get().getTitle()).isEqualTo("Algo salió mal");
        assertThat(alert.get().getContentText()).contains("disco lleno").contains(log.toString())
                .contains("Su trabajo guardado se conserva");
        TextArea details = (TextArea) ((VBox) alert.get().getDialogPane().getExpandableContent()).getChildren().get(1);
        assertThat(details.getText()).contains("IllegalStateException").contains("disco lleno");
    }
}
