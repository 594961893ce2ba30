package app.vocero.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, without terminal control characters: a campaign, list or account name (or a
 * provider's message) holding ANSI escapes must not recolour, move the cursor or rewrite the user's terminal.
 * Tabs and line ends stay; every other C0/C1 control character and DEL is dropped. JSON output is unaffected (Jackson
 * already escapes control characters).
 */
final class PlainText extends FilterWriter {

    PlainText(Writer out) {
        super(out);
    }

    static boolean isPrintable(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f);
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(PlainText::isPrintable).forEach(c -> out.append((char) c));
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (isPrintable(c)) {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
