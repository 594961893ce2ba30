package app.vocero.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For measuring the cold start (and for the installer's training run): with {@code -Dvocero.windowShown=print} the
 * process prints {@code vocero: window shown at <epoch milliseconds>} on standard error when the main window is
 * first shown; with {@code =exit} it prints the same and then closes the window, so the process ends by itself;
 * {@code =exit:<milliseconds>} closes it that long after (the installer's training run lets a draft load first).
 * Without the property nothing happens.
 */
final class StartupReport {

    static final String PROPERTY = "vocero.windowShown";

    private StartupReport() {
    }

    static void whenShown(Stage stage) {
        String mode = System.getProperty(PROPERTY, "");
        long exitAfter = exitAfter(mode);
        if (!mode.equals("print") && exitAfter < 0) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            System.err.println("vocero: window shown at " + System.currentTimeMillis());
            if (exitAfter == 0) {
                // one more pulse so the first frame is drawn, then close as the user would
                Platform.runLater(() -> Platform.runLater(stage::close));
            } else if (exitAfter > 0) {
                Thread timer = new Thread(() -> {
                    try {
                        Thread.sleep(exitAfter);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(stage::close);
                }, "vocero-exit-timer");
                timer.setDaemon(true);
                timer.start();
            }
        });
    }

    /** -1: do not close; 0: close at once; else milliseconds to wait. */
    static long exitAfter(String mode) {
        if (mode.equals("exit")) {
            return 0;
        }
        if (mode.startsWith("exit:")) {
            try {
                return Math.max(0, Long.parseLong(mode.substring(5)));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
