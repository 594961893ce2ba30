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
    private volatile boolean windowClosed;

    public Desktop(UiServices services) {
        this.services = services;
    }

    /** Shows the window; returns the exit code once it is closed. */
    public int run() {
        return run(java.util.Optional.empty());
    }

    /** Shows the window, opening a draft file in the wizard when one is given; returns once it is closed. */
    public int run(java.util.Optional<java.nio.file.Path> draftFile) {
        CountDownLatch closed = new CountDownLatch(1);
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            startFx(() -> {
                Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportCrash(error));
                Stage stage = new Stage();
                stage.setOnHidden(event -> {
                    windowClosed = true;
                    closed.countDown();
                });
                StartupReport.whenShown(stage);
                app.vocero.config.StartTrace.mark("fx first");
                MainWindow window = new MainWindow(stage, services, tasks);
                app.vocero.config.StartTrace.mark("window built");
                window.show();
                app.vocero.config.StartTrace.mark("show returned");
                draftFile.ifPresent(window::openDraftFile);
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

    private static final java.util.concurrent.CompletableFuture<Void> TOOLKIT =
            new java.util.concurrent.CompletableFuture<>();
    private static final java.util.concurrent.atomic.AtomicBoolean TOOLKIT_STARTING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts JavaFX on a thread of its own, so the toolkit and the theme load while the caller opens the data
     * directory; {@link #run} then only builds the window. Calling it is optional, and twice is harmless.
     */
    public static void startToolkitEarly() {
        if (TOOLKIT_STARTING.compareAndSet(false, true)) {
            Thread starter = new Thread(Desktop::startToolkit, "vocero-fx-start");
            starter.setDaemon(true);
            starter.start();
        }
    }

    private static void startToolkit() {
        try {
            Platform.setImplicitExit(false);
            app.vocero.config.StartTrace.mark("toolkit starting");
            Platform.startup(() -> {
                app.vocero.config.StartTrace.mark("toolkit started");
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                app.vocero.config.StartTrace.mark("theme set");
                TOOLKIT.complete(null);
                WarmUp.start();
            });
        } catch (RuntimeException | Error e) {
            TOOLKIT.completeExceptionally(e);
        }
    }

    private static void startFx(Runnable first) {
        if (TOOLKIT_STARTING.compareAndSet(false, true)) {
            startToolkit();
        }
        try {
            TOOLKIT.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
        WarmUp.windowWanted();
        Platform.runLater(first);
    }

    private void reportCrash(Throwable error) {
        LOG.error("Unexpected error", error);
        if (windowClosed) {
            // work still finishing after the window closed: logged only (a dialog now would keep the process alive)
            return;
        }
        Runnable show = () -> CrashDialog.of(error, services.logFile(),
                Messages.of(services.settings().language().locale())).showAndWait();
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
