package app.vocero.ui.campaign.wizard.message;

import java.nio.file.Path;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

/** Plays with javafx-media, one sound at a time. */
public final class MediaPlayback implements Playback {

    private MediaPlayer player;

    @Override
    public void play(Path wav, Runnable onEnd) {
        stop();
        try {
            MediaPlayer next = new MediaPlayer(new Media(wav.toUri().toString()));
            next.setOnEndOfMedia(() -> {
                stop();
                onEnd.run();
            });
            next.setOnError(() -> {
                stop();
                onEnd.run();
            });
            player = next;
            next.play();
        } catch (RuntimeException e) { // MediaException: no media support on this system
            player = null;
            onEnd.run();
        }
    }

    @Override
    public void stop() {
        if (player != null) {
            player.stop();
            player.dispose();
            player = null;
        }
    }
}
