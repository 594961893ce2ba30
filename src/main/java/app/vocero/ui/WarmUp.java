package app.vocero.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the FX thread does while it waits for the data directory to open at start: the first font and text layout, the
 * FXML loader and the theme's styling of the first screen's kinds of nodes ({@code WarmUp.fxml}, never shown), and the
 * window icon decoded on another thread. Each step is its own FX event and is skipped once the window is being built,
 * so it never delays the window by more than one short step. {@code -Dvocero.warmUp=false} turns it off.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final AtomicBoolean WINDOW_WANTED = new AtomicBoolean();
    private static volatile Image icon;

    private WarmUp() {
    }

    /** On the FX thread, once the theme is set: queues the steps. */
    static void start() {
        String mode = System.getProperty("vocero.warmUp", "true");
        if (mode.equals("false")) {
            return;
        }
        Thread decoder = new Thread(WarmUp::decodeIcon, "vocero-icon");
        decoder.setDaemon(true);
        decoder.start();
        step(() -> new Text("Vocero " + Font.getDefault().getName()).getLayoutBounds());
        // one step each, so the window, once wanted, waits for one of them at most
        Parent[] root = new Parent[1];
        step(() -> root[0] = load());
        step(() -> {
            if (root[0] != null) {
                new Scene(root[0], 400, 300);
                root[0].applyCss();
            }
        });
        step(() -> {
            if (root[0] != null) {
                root[0].layout();
            }
        });
        step(() -> app.vocero.config.StartTrace.mark("warmed up"));
    }

    /** The window is about to be built: the steps not started yet are dropped. */
    static void windowWanted() {
        WINDOW_WANTED.set(true);
    }

    /** The window icon, decoded already when the warm-up got to it. */
    static Image icon() {
        Image decoded = icon;
        if (decoded != null) {
            return decoded;
        }
        InputStream stream = MainWindow.class.getResourceAsStream("/app/vocero/icon.png");
        return stream == null ? null : new Image(stream);
    }

    private static void decodeIcon() {
        InputStream stream = MainWindow.class.getResourceAsStream("/app/vocero/icon.png");
        if (stream != null) {
            icon = new Image(stream);
        }
    }

    private static void step(Runnable work) {
        Platform.runLater(() -> {
            if (WINDOW_WANTED.get()) {
                return;
            }
            try {
                work.run();
                app.vocero.config.StartTrace.mark("warm-up step");
            } catch (RuntimeException e) {
                LOG.debug("Warm-up step failed (harmless)", e);
            }
        });
    }

    /** The never-shown view of the first screen's kinds of nodes; null when it cannot be loaded. */
    static Parent load() {
        try {
            // with the bundle, as the real views are loaded (its texts are the app's name, the same in every language)
            return FXMLLoader.load(WarmUp.class.getResource("WarmUp.fxml"),
                    app.vocero.config.Messages.bundle(java.util.Locale.getDefault()));
        } catch (IOException e) {
            LOG.debug("Warm-up view not loaded (harmless)", e);
            return null;
        }
    }
}
