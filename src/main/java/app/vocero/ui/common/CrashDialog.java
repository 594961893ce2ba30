package app.vocero.ui.common;

import app.vocero.config.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Tells the user that something unexpected happened, what it was, and where the log file is. */
public final class CrashDialog {

    private CrashDialog() {
    }

    public static Alert of(Throwable error, Path logFile, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.text("crash.title"));
        alert.setHeaderText(messages.text("crash.header"));
        alert.setContentText(messages.format("crash.text", describe(error), logFile));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setId("crashDetails");
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(new VBox(6, new Label(messages.text("crash.details")), details));
        alert.getDialogPane().setPrefWidth(640);
        return alert;
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
