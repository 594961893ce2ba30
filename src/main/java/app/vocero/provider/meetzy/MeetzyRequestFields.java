package app.vocero.provider.meetzy;

import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level {@code playbook_id}, {@code launch_at} and {@code recall} of a {@code POST /campaign} body, read
 * while the body is written (a non-blocking parser fed chunk by chunk): the contacts in between are never held in
 * memory. Pure: the body is written to this reader, not sent anywhere.
 */
final class MeetzyRequestFields {

    /** What was found; {@code null} / empty when absent or unreadable. */
    record Fields(String playbookId, String launchAt, List<Integer> recall) {
        Fields {
            recall = List.copyOf(recall);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private MeetzyRequestFields() {
    }

    static Fields of(RequestBody body) {
        Reader reader = new Reader();
        try {
            body.writeTo(reader);
            reader.close();
        } catch (IOException | RuntimeException e) {
            // what was read before the problem is kept
        }
        return new Fields(reader.playbookId, reader.launchAt, reader.recall);
    }

    /** The minutes in {@code "[30,120]"}. */
    static List<Integer> minutes(String text) {
        List<Integer> minutes = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find() && matcher.group().length() < 9) {
            minutes.add(Integer.parseInt(matcher.group()));
        }
        return minutes;
    }

    private static final class Reader extends OutputStream {
        private JsonParser parser;
        private ByteArrayFeeder feeder;
        private boolean failed;
        private int depth;
        private String field;
        private boolean inRecall;
        private String playbookId;
        private String launchAt;
        private final List<Integer> recall = new ArrayList<>();

        Reader() {
            try {
                parser = JSON.createNonBlockingByteArrayParser();
                feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
            } catch (IOException e) {
                failed = true;
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (failed || length == 0) {
                return;
            }
            try {
                feeder.feedInput(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
                drain();
            } catch (IOException | RuntimeException e) {
                failed = true;
            }
        }

        @Override
        public void close() {
            if (failed) {
                return;
            }
            try {
                feeder.endOfInput();
                drain();
                parser.close();
            } catch (IOException | RuntimeException e) {
                failed = true;
            }
        }

        private void drain() throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
                switch (token) {
                    case START_OBJECT:
                    case START_ARRAY:
                        inRecall = depth == 1 && token == JsonToken.START_ARRAY && "recall".equals(field);
                        depth++;
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        depth--;
                        inRecall = false;
                        break;
                    case FIELD_NAME:
                        if (depth == 1) {
                            field = parser.currentName();
                        }
                        break;
                    case VALUE_STRING:
                        if (depth == 1) {
                            value(parser.getText());
                        }
                        break;
                    case VALUE_NUMBER_INT:
                        if (inRecall && depth == 2) {
                            recall.add(parser.getIntValue());
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        private void value(String text) {
            if ("playbook_id".equals(field)) {
                playbookId = text;
            } else if ("launch_at".equals(field)) {
                launchAt = text;
            } else if ("recall".equals(field)) {
                recall.addAll(minutes(text));
            }
        }
    }
}
