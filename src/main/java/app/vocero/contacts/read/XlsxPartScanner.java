package app.vocero.contacts.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Looks at the XML of an XLSX part as the bytes stream by, before fastexcel parses them, and stops at the first
 * thing that would cost fastexcel unbounded memory: a shared-string index past the table (fastexcel fills its list
 * up to the index: 2,147,483,647 entries), a cell reference past {@link ReadLimits#MAX_LISTED_CELLS} (fastexcel
 * sizes the row to the column), more cells in a row than that, or a text run far past {@link ReadLimits#MAX_CELL_CHARS}.
 * In counting mode it counts the {@code <si>} entries of the shared-strings part and bounds its size.
 *
 * <p>A byte-level tag scanner, not a parser: it reads element names (prefix ignored, {@code x:c} is {@code c}),
 * the {@code r} and {@code t} attributes of {@code c} and {@code row}, and the digits of a shared-string cell's
 * {@code v}. It reads ahead of fastexcel (the XML parser buffers), so the problem is found before the parser gets
 * there; it is then kept in {@link #problem()} and fastexcel fails with an {@link IOException}.
 */
final class XlsxPartScanner extends FilterInputStream {

    /** Bytes of one text run that surely hold more than {@link ReadLimits#MAX_CELL_CHARS} characters. */
    private static final long MAX_TEXT_BYTES = 8L * ReadLimits.MAX_CELL_CHARS;

    private static final int TEXT = 0;
    private static final int NAME = 1;
    private static final int ATTRIBUTES = 2;
    private static final int ATTRIBUTE_NAME = 3;
    private static final int BEFORE_VALUE = 4;
    private static final int VALUE = 5;
    private static final int SKIP = 6; // comments, processing instructions, declarations: until '>'

    private final Path file;
    private final String sheet;
    private final long sharedStrings;
    private final long maxBytes;

    // element and attribute names are matched by their local name, without making Strings
    private static final int OTHER = 0;
    private static final int C = 1;
    private static final int ROW = 2;
    private static final int V = 3;
    private static final int SI = 4;
    private static final int NONE = 0;
    private static final int R = 1;
    private static final int T = 2;

    private int state = TEXT;
    private final byte[] name = new byte[8];
    private int nameLength;
    private boolean nameTooLong;
    private int attribute;
    private final byte[] value = new byte[32];
    private int valueLength;
    private byte quote;
    private boolean closing;
    private int element = OTHER;
    private final byte[] reference = new byte[32];
    private int referenceLength;
    private boolean sharedType;
    private boolean sharedCell;
    private boolean inSharedValue;
    private long index;
    private long textBytes;
    private long cellsInRow;
    private long row;
    private long count;
    private long bytes;
    private ContactFileException problem;

    private XlsxPartScanner(InputStream in, Path file, String sheet, long sharedStrings, long maxBytes) {
        super(in);
        this.file = file;
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.maxBytes = maxBytes;
    }

    /** A sheet's XML on its way to fastexcel, checked against a shared-strings table of {@code sharedStrings}. */
    static XlsxPartScanner sheet(InputStream in, Path file, String sheet, long sharedStrings) {
        return new XlsxPartScanner(in, file, sheet, sharedStrings, Long.MAX_VALUE);
    }

    /**
     * The entries of a shared-strings part, read to its end ({@code null}: none, 0).
     *
     * @throws ContactFileException past {@link ReadLimits#MAX_SHARED_STRINGS} entries or
     *                              {@link ReadLimits#MAX_SHARED_STRINGS_BYTES} bytes
     */
    static long countSharedStrings(InputStream in, Path file) throws IOException, ContactFileException {
        if (in == null) {
            return 0;
        }
        try (XlsxPartScanner scanner = new XlsxPartScanner(in, file, "", -1, ReadLimits.MAX_SHARED_STRINGS_BYTES)) {
            byte[] buffer = new byte[1 << 16];
            try {
                while (scanner.read(buffer, 0, buffer.length) >= 0) {
                    // counting as the bytes pass
                }
            } catch (IOException e) {
                if (scanner.problem != null) {
                    throw scanner.problem;
                }
                throw e;
            }
            return scanner.count;
        }
    }

    /** What stopped the part, or {@code null}. */
    ContactFileException problem() {
        return problem;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (problem != null) {
            throw new IOException(problem.getMessage());
        }
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytes += n;
            if (bytes > maxBytes) {
                fail(Problems.limit(file, 0, "too_large", "limits.sharedStringsSize", maxBytes >> 20));
            }
            scanChunk(buffer, offset, offset + n);
            if (problem != null) {
                throw new IOException(problem.getMessage());
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
        int read = read(buffer, 0, buffer.length);
        return Math.max(0, read);
    }

    /**
     * {@link #scan} over a chunk, with tight loops for the long stretches (text, attribute values, the rest of an
     * attribute name, declarations) so that a 24 MB sheet costs about what inflating it costs.
     */
    private void scanChunk(byte[] buffer, int from, int to) {
        int i = from;
        while (i < to && problem == null) {
            switch (state) {
                case TEXT -> {
                    if (inSharedValue) {
                        scan(buffer[i++]);
                    } else {
                        int start = i;
                        while (i < to && buffer[i] != '<') {
                            i++;
                        }
                        textBytes += i - start;
                        if (textBytes > MAX_TEXT_BYTES) {
                            fail(Problems.cellTooLong(file, row));
                        } else if (i < to) {
                            scan(buffer[i++]);
                        }
                    }
                }
                case VALUE -> {
                    byte q = quote;
                    if (attribute == NONE) {
                        while (i < to && buffer[i] != q) {
                            i++;
                        }
                    } else {
                        int length = valueLength;
                        while (i < to && buffer[i] != q) {
                            if (length < value.length) {
                                value[length++] = buffer[i];
                            }
                            i++;
                        }
                        valueLength = length;
                    }
                    if (i < to) {
                        scan(buffer[i++]);
                    }
                }
                case ATTRIBUTE_NAME -> {
                    if (attribute == NONE) {
                        while (i < to && buffer[i] != '=' && buffer[i] != ':') {
                            i++;
                        }
                        if (i < to) {
                            scan(buffer[i++]);
                        }
                    } else {
                        scan(buffer[i++]);
                    }
                }
                case SKIP -> {
                    while (i < to && buffer[i] != '>') {
                        i++;
                    }
                    if (i < to) {
                        scan(buffer[i++]);
                    }
                }
                case BEFORE_VALUE -> {
                    while (i < to && buffer[i] != '"' && buffer[i] != '\'') {
                        i++;
                    }
                    if (i < to) {
                        scan(buffer[i++]);
                    }
                }
                case ATTRIBUTES -> {
                    while (i < to && isSpace(buffer[i])) {
                        i++;
                    }
                    if (i < to) {
                        scan(buffer[i++]);
                    }
                }
                case NAME -> {
                    // the name's ordinary bytes in a tight loop; its first byte and its end go through scan
                    if (nameLength > 0 && !nameTooLong) {
                        byte b;
                        int length = nameLength;
                        while (i < to && length < name.length && (b = buffer[i]) != '>' && b != '/' && b != ':'
                                && !isSpace(b)) {
                            name[length++] = b;
                            i++;
                        }
                        nameLength = length;
                    }
                    if (i < to) {
                        scan(buffer[i++]);
                    }
                }
                default -> scan(buffer[i++]);
            }
        }
    }

    private void scan(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    if (inSharedValue) {
                        checkIndex();
                    }
                    state = NAME;
                    nameLength = 0;
                    nameTooLong = false;
                    closing = false;
                    textBytes = 0;
                } else if (++textBytes > MAX_TEXT_BYTES) {
                    fail(Problems.cellTooLong(file, row));
                } else if (inSharedValue && b >= '0' && b <= '9') {
                    index = Math.min(index * 10 + (b - '0'), Integer.MAX_VALUE + 1L);
                }
            }
            case NAME -> {
                if (b == '>' || b == '/' && nameLength > 0 || isSpace(b)) {
                    element = nameTooLong ? OTHER : elementOf();
                    startElement();
                    state = b == '>' ? TEXT : ATTRIBUTES;
                    if (b == '>') {
                        endOfTag();
                    } else if (b == '/') {
                        closing = true; // <c/>
                    }
                } else if (nameLength == 0 && !closing && b == '/') {
                    closing = true;
                } else if (nameLength == 0 && !closing && (b == '!' || b == '?')) {
                    state = SKIP;
                } else if (b == ':') {
                    nameLength = 0; // a prefix: only the local name counts
                    nameTooLong = false;
                } else if (nameLength < name.length) {
                    name[nameLength++] = b;
                } else {
                    nameTooLong = true;
                }
            }
            case ATTRIBUTES -> {
                if (b == '>') {
                    state = TEXT;
                    endOfTag();
                } else if (b == '/') {
                    closing = true; // self-closing: no text follows
                } else if (!isSpace(b)) {
                    attribute = b == 'r' ? R : b == 't' ? T : NONE;
                    state = ATTRIBUTE_NAME;
                }
            }
            case ATTRIBUTE_NAME -> {
                if (b == '=') {
                    state = BEFORE_VALUE;
                } else if (b == ':') {
                    attribute = NONE - 1; // prefixed (r:id, x:r…): restart with the local name
                } else if (!isSpace(b)) {
                    attribute = attribute == NONE - 1 ? (b == 'r' ? R : b == 't' ? T : NONE) : NONE;
                }
            }
            case BEFORE_VALUE -> {
                if (b == '"' || b == '\'') {
                    quote = b;
                    valueLength = 0;
                    state = VALUE;
                }
            }
            case VALUE -> {
                if (b == quote) {
                    attribute();
                    state = ATTRIBUTES;
                } else if (valueLength < value.length) {
                    value[valueLength++] = b;
                }
            }
            case SKIP -> {
                if (b == '>') {
                    state = TEXT;
                }
            }
            default -> state = TEXT;
        }
    }

    private int elementOf() {
        if (nameLength == 1) {
            return name[0] == 'c' ? C : name[0] == 'v' ? V : OTHER;
        }
        if (nameLength == 2 && name[0] == 's' && name[1] == 'i') {
            return SI;
        }
        if (nameLength == 3 && name[0] == 'r' && name[1] == 'o' && name[2] == 'w') {
            return ROW;
        }
        return OTHER;
    }

    private void startElement() {
        inSharedValue = false;
        if (closing) {
            return;
        }
        switch (element) {
            case SI -> {
                if (++count > ReadLimits.MAX_SHARED_STRINGS && sharedStrings < 0) {
                    fail(Problems.limit(file, 0, "too_large", "limits.sharedStrings", ReadLimits.MAX_SHARED_STRINGS));
                }
            }
            case ROW -> {
                row++; // a row without r is the next one; r, when given, sets it
                cellsInRow = 0;
            }
            case C -> {
                referenceLength = 0;
                sharedType = false;
                sharedCell = false;
                if (++cellsInRow > ReadLimits.MAX_LISTED_CELLS) {
                    fail(Problems.tooManyColumns(file, row));
                }
            }
            default -> {
                // other elements only end text runs
            }
        }
    }

    private void attribute() {
        if (attribute == R && element == ROW) {
            long number = 0;
            for (int i = 0; i < valueLength; i++) {
                byte b = value[i];
                if (b < '0' || b > '9') {
                    return; // fastexcel decides what a bad row number means
                }
                number = Math.min(number * 10 + (b - '0'), Integer.MAX_VALUE);
            }
            row = number;
        } else if (attribute == R && element == C) {
            System.arraycopy(value, 0, reference, 0, valueLength);
            referenceLength = valueLength;
            checkColumn();
        } else if (attribute == T && element == C) {
            sharedType = valueLength == 1 && value[0] == 's';
        }
    }

    private void checkColumn() {
        long column = 0;
        for (int i = 0; i < referenceLength; i++) {
            int c = reference[i] & 0xDF; // upper case
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > ReadLimits.MAX_LISTED_CELLS) {
                fail(new ContactFileException(file, row, "too_large", "xlsx.badCellReference",
                        new Object[] {sheet, reference(), ReadLimits.MAX_LISTED_CELLS}, null));
                return;
            }
        }
    }

    private String reference() {
        String text = new String(reference, 0, referenceLength, StandardCharsets.UTF_8);
        return text.isEmpty() ? "?" : ReadLimits.echoed(text);
    }

    /** The end of a start tag ({@code >}): a shared-string cell's {@code v} text is the index to check. */
    private void endOfTag() {
        if (closing) {
            if (element == V) {
                sharedCell = false;
            }
            closing = false;
            return;
        }
        if (element == C) {
            sharedCell = sharedType;
        } else if (element == V && sharedCell) {
            inSharedValue = true;
            index = 0;
        }
    }

    /** At the end of a shared-string cell's value: the index must be inside the table. */
    private void checkIndex() {
        inSharedValue = false;
        if (index >= sharedStrings) {
            fail(new ContactFileException(file, row, "corrupt", "xlsx.badSharedString",
                    new Object[] {sheet, reference(), index, sharedStrings}, null));
        }
    }

    private void fail(ContactFileException e) {
        if (problem == null) {
            problem = e;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

}
