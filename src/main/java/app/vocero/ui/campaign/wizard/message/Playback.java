package app.vocero.ui.campaign.wizard.message;

import java.nio.file.Path;

/** Plays a {@code .wav} of this computer: {@link MediaPlayback} in the app, a fake in tests (no sound card there). */
public interface Playback {

    /**
     * Starts playing {@code wav}, stopping what was playing.
     *
     * @param onEnd called on the FX thread when it ends by itself or fails
     */
    void play(Path wav, Runnable onEnd);

    void stop();
}
