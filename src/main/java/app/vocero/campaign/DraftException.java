package app.vocero.campaign;

import java.nio.file.Path;

/** A draft file that cannot be read at all (missing, not JSON, not an object); the message names the file. */
public class DraftException extends Exception {

    private final transient Path file;

    public DraftException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
