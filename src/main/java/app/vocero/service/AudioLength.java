package app.vocero.service;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** The length of a recorded message: from its local .wav copy when the draft names one, else as written. */
public final class AudioLength {

    private AudioLength() {
    }

    /** The length in seconds of a local {@code .wav}; empty when the file is not a WAV Java can read. */
    public static java.util.Optional<Double> ofFile(Path wav) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
            if (format.getFrameLength() > 0 && format.getFormat().getFrameRate() > 0) {
                return java.util.Optional.of(format.getFrameLength() / (double) format.getFormat().getFrameRate());
            }
        } catch (UnsupportedAudioFileException | IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    static Double of(Message message, Path folder, List<Finding> findings) {
        if (!(message instanceof Message.Audio)) {
            return null;
        }
        Message.Audio audio = (Message.Audio) message;
        if (audio.file() != null) {
            Path file = folder.resolve(audio.file());
            try {
                AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
                if (format.getFrameLength() > 0 && format.getFormat().getFrameRate() > 0) {
                    return format.getFrameLength() / (double) format.getFormat().getFrameRate();
                }
            } catch (UnsupportedAudioFileException | IOException e) {
                findings.add(Finding.warning("message.file", "message.file",
                        file.getFileName() + " could not be read as a WAV file (" + e.getMessage() + "): the audio length is unknown.",
                        file.getFileName() + " no se pudo leer como archivo WAV (" + e.getMessage() + "): la duración del audio es desconocida."));
            }
        }
        if (audio.durationSeconds() != null) {
            return audio.durationSeconds();
        }
        findings.add(Finding.info("message.duration", "message",
                "The audio's length is unknown: add \"file\" (a local copy of the .wav) or \"durationSeconds\" to estimate call time and cost.",
                "La duración del audio es desconocida: agregue \"file\" (una copia local del .wav) o \"durationSeconds\" para estimar tiempo y costo."));
        return null;
    }
}
