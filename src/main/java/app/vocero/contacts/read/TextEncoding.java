package app.vocero.contacts.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding of a file, decided from its first bytes: a BOM (UTF-8, UTF-16LE/BE) wins; otherwise a strict
 * UTF-8 decode of the sample (a multi-byte sequence cut by the end of a partial sample is not an error);
 * anything else is windows-1252, what a Latin-American Excel writes.
 *
 * @param charset    the charset to decode with
 * @param bomLength  bytes of BOM to skip
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    String label() {
        return charset.name();
    }

    /**
     * @param head     the first bytes of the file
     * @param length   how many of them are valid
     * @param complete whether {@code head} holds the whole file
     */
    static TextEncoding detect(byte[] head, int length, boolean complete) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return isStrictUtf8(head, length, complete)
                ? new TextEncoding(StandardCharsets.UTF_8, 0)
                : new TextEncoding(WINDOWS_1252, 0);
    }

    static boolean isStrictUtf8(byte[] head, int length, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // endOfInput=false on a partial sample: a sequence cut at the boundary stays in the buffer as underflow
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            return !decoder.flush(out).isError() && !in.hasRemaining();
        }
        return in.remaining() <= 3;
    }

    /**
     * Whether the sample looks like binary data rather than text: a NUL byte (outside UTF-16) or more than 2 % of
     * control characters other than tab, CR, LF and form feed.
     */
    boolean looksBinary(byte[] head, int length) {
        if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
            return false;
        }
        int controls = 0;
        for (int i = bomLength; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                controls++;
            }
        }
        return controls * 50L > Math.max(1, length - bomLength);
    }

    /** Up to {@code maxChars} characters of the sample, decoded leniently. */
    String decode(byte[] head, int length, int maxChars) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(Math.max(1, Math.min(maxChars, length)));
        decoder.decode(ByteBuffer.wrap(head, bomLength, Math.max(0, length - bomLength)), out, false);
        out.flip();
        return out.toString();
    }
}
