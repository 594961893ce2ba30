package app.vocero.ui;

import app.vocero.config.Messages;
import app.vocero.ui.common.CrashDialog;
import app.vocero.ui.common.FxTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX, shows the main window and waits until the user closes it. Started with
 * {@link Platform#startup} rather than an {@code Application} subclass, so the composition root stays an ordinary
 * object that hands its services in through constructors.
 */
public final class Desktop {

    private static final Logger LOG = LoggerFactory.getLogger(Desktop.class);

    private final UiServices services;

    public Desktop(UiServices services) {
        this.services = services;
    }

    /** Shows the window; returns the exit code once it is closed. */
    public int run() {
        CountDownLatch closed = new CountDownLatch(1);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            startFx(() -> {
                Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportCrash(error));
                Stage stage = new Stage();
                stage.setOnHidden(event -> closed.countDown());
                new MainWindow(stage, services, tasks).show();
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    /** Vocero could not open its data directory: say why in a dialog, since there may be no terminal. */
    public static void showStartupError(String message, Locale locale) {
        CountDownLatch closed = new CountDownLatch(1);
        startFx(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setTitle(Messages.of(locale).text("startup.title"));
            alert.setHeaderText(Messages.of(locale).text("startup.title"));
            alert.setOnHidden(event -> closed.countDown());
            alert.show();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    private static void startFx(Runnable first) {
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            first.run();
        });
    }

    private void reportCrash(Throwable error) {
        LOG.error("Unexpected error", error);
        Runnable show = () -> CrashDialog.of(error, services.logFile(),
                Messages.of(services.settings().language().locale())).showAndWait();
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
