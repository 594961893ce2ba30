package app.vocero.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request's body, written when needed (never held whole in memory: 200,000 contacts' messages are streamed).
 * Writing twice gives the same bytes.
 */
@FunctionalInterface
public interface RequestBody {

    RequestBody EMPTY = out -> { };

    void writeTo(OutputStream out) throws IOException;

    static RequestBody of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }
}
