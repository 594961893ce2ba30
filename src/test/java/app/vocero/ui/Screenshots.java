package app.vocero.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** What the screenshot tools of every screen share: running on the FX thread, and writing a window's PNG. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Runs on the FX thread and waits; what it throws is thrown here. */
    public static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    /** Lets the window settle for {@code settleMillis}, then writes its scene as a PNG. */
    public static void shoot(Stage stage, Path file, long settleMillis) throws Exception {
        Thread.sleep(settleMillis);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(stage.getScene().getRoot().snapshot(null, null)));
        WritableImage shot = image.get();
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
