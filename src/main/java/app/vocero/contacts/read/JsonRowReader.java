package app.vocero.contacts.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON streamed with Jackson's {@link JsonParser} (never a tree of the whole file). Three shapes:
 * <ul>
 *   <li>an array of numbers/strings: one column, declared {@code ["number"]};</li>
 *   <li>an array of objects: declared columns = the union of keys in first-seen order;</li>
 *   <li>a Saem-style body object with a {@code numbers} array (of numbers/strings, or of {@code {number, content}}
 *       objects); the object's other fields are skipped.</li>
 * </ul>
 * To stream, the keys are collected from the first {@value #LOOKAHEAD} elements (buffered) before the first row is
 * returned; a key first seen later is appended to the end of {@link #declaredColumns()} (which returns a snapshot),
 * and earlier rows simply have fewer cells. A scalar element among objects goes to the {@code number} column.
 * Numbers keep every digit as written (exponents expanded), nested values are compact JSON text, {@code null} is
 * empty. {@link SourceRow#number()} is the element index + 2.
 */
final class JsonRowReader implements RowReader {

    static final int LOOKAHEAD = 1000;
    /** Jackson's own bounds are {@link ReadLimits}': past them it stops at once, and we say which limit it was. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ReadLimits.MAX_JSON_DEPTH)
                    .maxStringLength(ReadLimits.MAX_CELL_CHARS)
                    .maxNameLength(ReadLimits.MAX_CELL_CHARS)
                    .build())
            .build();

    private final Path file;
    private final String encoding;
    private final JsonParser parser;
    private final boolean bodyObject;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Deque<Object> buffered = new ArrayDeque<>();
    private boolean arrayDone;
    private long bufferedChars;
    private long index;
    private long parsed;
    private long blankRows;

    private JsonRowReader(Path file, String encoding, JsonParser parser, boolean bodyObject) {
        this.file = file;
        this.encoding = encoding;
        this.parser = parser;
        this.bodyObject = bodyObject;
    }

    /** UTF-8 goes to Jackson as bytes (fast path); windows-1252 and UTF-16 through a decoding Reader. */
    static JsonRowReader open(Path file, TextEncoding encoding) throws ContactFileException {
        JsonParser parser = null;
        JsonRowReader reader = null;
        try {
            InputStream in = Files.newInputStream(file);
            if (encoding.charset().equals(StandardCharsets.UTF_8)) {
                parser = FACTORY.createParser(in);
            } else {
                in.skipNBytes(encoding.bomLength());
                parser = FACTORY.createParser(new InputStreamReader(in, encoding.charset()));
            }
            JsonToken first = parser.nextToken();
            boolean body = first == JsonToken.START_OBJECT;
            if (body) {
                seekNumbers(file, parser);
            } else if (first != JsonToken.START_ARRAY) {
                throw Problems.of(file, "not_format", "json.notList");
            }
            reader = new JsonRowReader(file, encoding.label(), parser, body);
            reader.fill();
            if (reader.columns.isEmpty()) {
                reader.columns.put("number", 0);
            }
            return reader;
        } catch (ContactFileException e) {
            closeQuietly(parser);
            throw e;
        } catch (StreamConstraintsException e) {
            closeQuietly(parser);
            throw limit(file, reader == null ? 0 : reader.parsed + 1, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            closeQuietly(parser);
            long row = reader == null ? 0 : reader.parsed + 1;
            throw Problems.atRow(file, row, "corrupt", "json.invalid", e);
        }
    }

    private static void seekNumbers(Path file, JsonParser parser) throws IOException, ContactFileException {
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("numbers".equals(name)) {
                if (value != JsonToken.START_ARRAY) {
                    throw Problems.of(file, "not_format", "json.numbersNotList");
                }
                return;
            }
            parser.skipChildren();
        }
        if (t == null) {
            throw new IOException("unexpected end of the file");
        }
        throw Problems.of(file, "not_format", "json.noNumbers");
    }

    /** Which of Jackson's bounds was passed, as our limit message. */
    private static ContactFileException limit(Path file, long row, StreamConstraintsException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("nesting depth")) {
            return Problems.limit(file, row, "too_large", "limits.jsonDepth", ReadLimits.MAX_JSON_DEPTH);
        }
        return Problems.cellTooLong(file, row);
    }

    /**
     * Buffers up to {@link #LOOKAHEAD} elements (and at most {@link ReadLimits#MAX_JSON_LOOKAHEAD_CHARS} of their
     * text) so that their keys are known.
     */
    private void fill() throws IOException, ContactFileException {
        while (!arrayDone && buffered.size() < LOOKAHEAD && bufferedChars < ReadLimits.MAX_JSON_LOOKAHEAD_CHARS) {
            Object element = readElement();
            if (element != null) {
                buffered.add(element);
            }
        }
    }

    /** The next element as a String (scalar) or a Map of key → text; null at the end of the array. */
    private Object readElement() throws IOException, ContactFileException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
            if (t == null) {
                throw new IOException("unexpected end of the file");
            }
            arrayDone = true;
            finishDocument();
            return null;
        }
        if (++parsed > RowReaders.MAX_DATA_ROWS) {
            throw Problems.tooManyRows(file, parsed + 1);
        }
        long row = parsed + 1;
        if (t == JsonToken.START_OBJECT) {
            Map<String, String> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                String value = text(parser);
                checkCell(value, row);
                bufferedChars += key.length() + value.length();
                values.put(key, value);
                if (values.size() > ReadLimits.MAX_JSON_KEYS) {
                    throw Problems.limit(file, row, "too_large", "limits.jsonKeys", ReadLimits.MAX_JSON_KEYS);
                }
                column(key, row);
            }
            return values;
        }
        column("number", row);
        String value = text(parser);
        checkCell(value, row);
        bufferedChars += value.length();
        return value;
    }

    /** A key seen for the first time becomes a column, up to {@link ReadLimits#MAX_COLUMNS} in the file. */
    private void column(String key, long row) throws ContactFileException {
        if (!columns.containsKey(key)) {
            if (columns.size() >= ReadLimits.MAX_COLUMNS) {
                throw Problems.tooManyColumns(file, row);
            }
            columns.put(key, columns.size());
        }
    }

    /** Jackson bounds each string; a nested value copied as compact text is checked here. */
    private void checkCell(String value, long row) throws ContactFileException {
        if (value.length() > ReadLimits.MAX_CELL_CHARS) {
            throw Problems.cellTooLong(file, row);
        }
    }

    /** After the array: the rest of a body object is skipped, and nothing may follow the document. */
    private void finishDocument() throws IOException {
        if (bodyObject) {
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IOException("unexpected end of the file");
            }
        }
        if (parser.nextToken() != null) {
            throw new IOException("unexpected content after the end of the JSON document");
        }
    }

    private static String text(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
                return p.getText();
            case VALUE_NUMBER_FLOAT:
                return number(p.getText());
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "";
            case START_OBJECT:
            case START_ARRAY: {
                StringWriter out = new StringWriter();
                try (JsonGenerator g = FACTORY.createGenerator(out)) {
                    g.copyCurrentStructure(p);
                }
                return out.toString();
            }
            default:
                throw new IOException("unexpected " + p.currentToken());
        }
    }

    static String number(String text) {
        try {
            return XlsxCells.plain(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public Optional<List<String>> declaredColumns() {
        return Optional.of(List.copyOf(columns.keySet()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public SourceRow next() throws ContactFileException {
        try {
            while (true) {
                Object element = !buffered.isEmpty() ? buffered.poll() : arrayDone ? null : readElement();
                if (element == null) {
                    return null;
                }
                if (buffered.isEmpty()) {
                    bufferedChars = 0;
                }
                index++;
                String[] cells = new String[columns.size()];
                Arrays.fill(cells, "");
                if (element instanceof Map<?, ?> map) {
                    for (Map.Entry<String, String> e : ((Map<String, String>) map).entrySet()) {
                        cells[columns.get(e.getKey())] = e.getValue();
                    }
                } else {
                    cells[columns.get("number")] = (String) element;
                }
                if (Problems.isBlank(cells)) {
                    blankRows++;
                    continue;
                }
                return SourceRow.of(index + 1, cells); // a new array for each element
            }
        } catch (ContactFileException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw limit(file, parsed + 1, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Problems.atRow(file, parsed + 1, "corrupt", "json.invalid", e);
        }
    }

    @Override
    public long blankRows() {
        return blankRows;
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // ignored
            }
        }
    }
}
