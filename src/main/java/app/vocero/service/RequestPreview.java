package app.vocero.service;

import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A planned request as a person reads it: secrets masked; a body up to {@value #MAX_SHOWN_BYTES} bytes of text as
 * it is, a larger (or binary) one summarized by its size, record count and SHA-256.
 *
 * @param body    the body's text, or {@code null} when summarized
 * @param bytes   the body's size
 * @param sha256  the body's digest, to compare with what was sent
 */
public record RequestPreview(String step, String method, String url, Map<String, String> headers, String contentType,
                             String body, long bytes, long records, String sha256) {

    public static final int MAX_SHOWN_BYTES = 64 * 1024;

    public static RequestPreview of(PlannedRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> headers.put(name, Secrets.mask(value)));
        Capture capture = new Capture();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestOutputStream out = new DigestOutputStream(capture, sha)) {
                request.body().writeTo(out);
            }
            boolean text = request.contentType() == null || request.contentType().startsWith("application/json")
                    || request.contentType().startsWith("application/x-www-form-urlencoded")
                    || request.contentType().startsWith("text/");
            String body = text && capture.size <= MAX_SHOWN_BYTES
                    ? Secrets.mask(capture.head.toString(StandardCharsets.UTF_8)) : null;
            return new RequestPreview(request.step(), request.method(), Secrets.mask(request.url()), headers,
                    request.contentType(), body, capture.size, request.records(), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the body of " + request.step(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts every byte, keeps only the first ones. */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private long size;

        @Override
        public void write(int b) {
            if (size < MAX_SHOWN_BYTES + 1) {
                head.write(b);
            }
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            long room = MAX_SHOWN_BYTES + 1 - size;
            if (room > 0) {
                head.write(bytes, offset, (int) Math.min(room, length));
            }
            size += length;
        }
    }
}
