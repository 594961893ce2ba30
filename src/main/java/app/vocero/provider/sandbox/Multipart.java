package app.vocero.provider.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A minimal {@code multipart/form-data} parser over a body held in memory; parts point into the body. */
final class Multipart {

    /** One part: its name, file name (null for a plain field), and its bytes as a window of the body. */
    record Part(String name, String filename, byte[] source, int offset, int length) {
        String text() {
            return new String(source, offset, length, StandardCharsets.UTF_8);
        }
    }

    /** The body is not multipart/form-data as declared. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private Multipart() {
    }

    /** The parts by name (the first of a repeated name wins). */
    static Map<String, Part> parse(String contentType, byte[] body) throws Malformed {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new Malformed("the body has no multipart boundary " + boundary);
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        pos += delimiter.length;
        while (true) {
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts;
            }
            pos = skipLine(body, pos);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (headersEnd < 0) {
                throw new Malformed("a multipart part has no end of headers");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int start = headersEnd + 4;
            int end = indexOf(body, nextDelimiter, start);
            if (end < 0) {
                throw new Malformed("the multipart body is not closed by its boundary");
            }
            String disposition = null;
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                    disposition = line.substring("content-disposition:".length());
                }
            }
            String name = disposition == null ? null : attribute(disposition, "name");
            if (name == null) {
                throw new Malformed("a multipart part has no Content-Disposition name");
            }
            parts.putIfAbsent(name, new Part(name, attribute(disposition, "filename"), body, start, end - start));
            pos = end + nextDelimiter.length;
        }
    }

    private static String boundary(String contentType) throws Malformed {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Malformed("Content-Type must be multipart/form-data, not " + contentType);
        }
        String b = attribute(contentType, "boundary");
        if (b == null || b.isEmpty() || b.length() > 200) {
            throw new Malformed("multipart/form-data without a boundary");
        }
        return b;
    }

    /** {@code name=value} or {@code name="value"} inside a header value, or {@code null}. */
    private static String attribute(String header, String name) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = p.substring(eq + 1).trim();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static int skipLine(byte[] body, int pos) {
        while (pos < body.length && body[pos] != '\n') {
            pos++;
        }
        return pos + 1;
    }

    static int indexOf(byte[] data, byte[] needle, int from) {
        byte first = needle[0];
        int last = data.length - needle.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
