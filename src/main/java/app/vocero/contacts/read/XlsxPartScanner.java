package app.vocero.contacts.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Looks at the XML of an XLSX part as the bytes stream by, before fastexcel parses them, and stops at the first
 * thing that would cost fastexcel unbounded memory: a shared-string index past the table (fastexcel fills its list
 * up to the index: 2,147,483,647 entries), a cell reference past {@link ReadLimits#MAX_COLUMNS} (fastexcel sizes
 * the row to the column), more cells in a row than that, or a text run far past {@link ReadLimits#MAX_CELL_CHARS}.
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

    private int state = TEXT;
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder attribute = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private byte quote;
    private boolean closing;
    private String element = "";
    private String reference = "";
    private String type = "";
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
            for (int i = offset; i < offset + n && problem == null; i++) {
                scan(buffer[i]);
            }
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

    private void scan(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    if (inSharedValue) {
                        checkIndex();
                    }
                    state = NAME;
                    name.setLength(0);
                    closing = false;
                    textBytes = 0;
                } else {
                    if (++textBytes > MAX_TEXT_BYTES) {
                        fail(Problems.cellTooLong(file, row));
                    } else if (inSharedValue) {
                        sharedDigit(b);
                    }
                }
            }
            case NAME -> {
                if (name.length() == 0 && !closing && b == '/') {
                    closing = true;
                } else if (name.length() == 0 && !closing && (b == '!' || b == '?')) {
                    state = SKIP;
                } else if (b == '>' || b == '/' || isSpace(b)) {
                    element = localName(name);
                    startElement();
                    state = b == '>' ? TEXT : ATTRIBUTES;
                    if (b == '>') {
                        endOfTag();
                    }
                } else if (name.length() < 64) {
                    name.append((char) (b & 0xFF));
                }
            }
            case ATTRIBUTES -> {
                if (b == '>') {
                    state = TEXT;
                    endOfTag();
                } else if (b == '/') {
                    closing = true; // self-closing: no text follows
                } else if (!isSpace(b)) {
                    attribute.setLength(0);
                    attribute.append((char) (b & 0xFF));
                    state = ATTRIBUTE_NAME;
                }
            }
            case ATTRIBUTE_NAME -> {
                if (b == '=') {
                    state = BEFORE_VALUE;
                } else if (!isSpace(b) && attribute.length() < 64) {
                    attribute.append((char) (b & 0xFF));
                }
            }
            case BEFORE_VALUE -> {
                if (b == '"' || b == '\'') {
                    quote = b;
                    value.setLength(0);
                    state = VALUE;
                }
            }
            case VALUE -> {
                if (b == quote) {
                    attribute(localName(attribute), value.toString());
                    state = ATTRIBUTES;
                } else if (value.length() < 64) {
                    value.append((char) (b & 0xFF));
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

    private void startElement() {
        inSharedValue = false;
        if (closing) {
            return;
        }
        switch (element) {
            case "si" -> {
                if (++count > ReadLimits.MAX_SHARED_STRINGS && sharedStrings < 0) {
                    fail(Problems.limit(file, 0, "too_large", "limits.sharedStrings", ReadLimits.MAX_SHARED_STRINGS));
                }
            }
            case "row" -> {
                row++; // a row without r is the next one; r, when given, sets it
                cellsInRow = 0;
            }
            case "c" -> {
                reference = "";
                type = "";
                sharedCell = false;
                if (++cellsInRow > ReadLimits.MAX_COLUMNS) {
                    fail(Problems.tooManyColumns(file, row));
                }
            }
            default -> {
                // other elements only end text runs
            }
        }
    }

    private void attribute(String attributeName, String attributeValue) {
        if (element.equals("row") && attributeName.equals("r")) {
            try {
                row = Long.parseLong(attributeValue.strip());
            } catch (NumberFormatException e) {
                // fastexcel decides what a bad row number means
            }
        } else if (element.equals("c")) {
            if (attributeName.equals("r")) {
                reference = attributeValue;
                checkColumn(attributeValue);
            } else if (attributeName.equals("t")) {
                type = attributeValue;
            }
        }
    }

    private void checkColumn(String cellReference) {
        long column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = Character.toUpperCase(cellReference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > ReadLimits.MAX_COLUMNS) {
                fail(new ContactFileException(file, row, "too_large", "xlsx.badCellReference",
                        new Object[] {sheet, ReadLimits.echoed(cellReference), ReadLimits.MAX_COLUMNS}, null));
                return;
            }
        }
    }

    /** The end of a start tag ({@code >}): a shared-string cell's {@code v} text is the index to check. */
    private void endOfTag() {
        if (closing) {
            if (element.equals("v") && sharedCell) {
                sharedCell = false;
            }
            closing = false;
            return;
        }
        if (element.equals("c")) {
            sharedCell = "s".equals(type.strip());
        } else if (element.equals("v") && sharedCell) {
            inSharedValue = true;
            index = 0;
        }
    }

    private void sharedDigit(byte b) {
        if (b >= '0' && b <= '9') {
            index = Math.min(index * 10 + (b - '0'), Integer.MAX_VALUE + 1L);
        }
    }

    /** At the end of a shared-string cell's value: the index must be inside the table. */
    private void checkIndex() {
        inSharedValue = false;
        if (index >= sharedStrings) {
            String cell = reference.isEmpty() ? "?" : reference;
            fail(new ContactFileException(file, row, "corrupt", "xlsx.badSharedString",
                    new Object[] {sheet, ReadLimits.echoed(cell), index, sharedStrings}, null));
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

    private static String localName(StringBuilder qualified) {
        int colon = qualified.lastIndexOf(":");
        return colon < 0 ? qualified.toString() : qualified.substring(colon + 1);
    }
}
