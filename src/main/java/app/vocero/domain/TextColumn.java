package app.vocero.domain;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of texts, held in bounded memory with no per-cell objects:
 * <ul>
 *   <li>while the column repeats its values (regions, operators, cities, first names, due dates) it keeps one copy
 *       of each and a code per cell: one byte while it has at most 256 distinct values, two up to 65,536;</li>
 *   <li>a column of mostly distinct values (e-mails, ids, personal messages) is UTF-8 in 64 KB pages, each value
 *       preceded by its length as a varint, with the position of every {@value #ANCHOR_EVERY}th value.</li>
 * </ul>
 * Growing never copies the text already held (pages are added, not resized), so a large import has no
 * "old + 1.5 × old" peaks; a cell costs its bytes plus about one byte. 500,000 rows of a dozen columns fit in a
 * 256 MB heap together with the import. A missing cell reads back as {@code ""}. Values of any length are
 * stored (a value longer than a page gets a page of its own). Built by one thread, then read-only and safe to
 * share.
 */
public final class TextColumn {

    /** Distinct values kept as a dictionary at most (two-byte codes). */
    private static final int MAX_DICTIONARY = 1 << 16;
    /** Past this many distinct values, a column whose values repeat less than twice on average stops counting. */
    private static final int UNIQUE_CHECK_FROM = 8192;
    private static final int PAGE = 1 << 16;
    static final int ANCHOR_EVERY = 16;

    private int size;

    // dictionary mode
    private boolean dictionary = true;
    private Map<String, Integer> codes = new HashMap<>();
    private String[] values = new String[16];
    private byte[] smallCodes = new byte[1 << 10]; // while at most 256 distinct values
    private char[] wideCodes;                      // up to 65,536

    // page mode
    private byte[][] pages;
    private int[] pageUsed;
    private int pageCount;
    private long[] anchors; // page << 32 | offset of values 0, 16, 32, …

    void add(String text) {
        String value = text == null ? "" : text;
        if (dictionary) {
            Integer code = codes.get(value);
            if (code == null && codes.size() < MAX_DICTIONARY
                    && !(codes.size() >= UNIQUE_CHECK_FROM && codes.size() * 2 > size)) {
                code = codes.size();
                codes.put(value, code);
                if (code == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[code] = value;
            }
            if (code != null) {
                addCode(code);
                return;
            }
            spill();
        }
        append(value);
    }

    private void addCode(int code) {
        if (wideCodes == null && code > 0xFF) {
            wideCodes = new char[Math.max(1 << 10, smallCodes.length)];
            for (int i = 0; i < size; i++) {
                wideCodes[i] = (char) (smallCodes[i] & 0xFF);
            }
            smallCodes = null;
        }
        if (wideCodes != null) {
            if (size == wideCodes.length) {
                wideCodes = Arrays.copyOf(wideCodes, size + (size >> 1));
            }
            wideCodes[size++] = (char) code;
        } else {
            if (size == smallCodes.length) {
                smallCodes = Arrays.copyOf(smallCodes, size + (size >> 1));
            }
            smallCodes[size++] = (byte) code;
        }
    }

    private int code(int index) {
        return wideCodes != null ? wideCodes[index] : smallCodes[index] & 0xFF;
    }

    /** Too many distinct values for a dictionary: from now on, pages. */
    private void spill() {
        int count = size;
        String[] dictionaryValues = values;
        byte[] small = smallCodes;
        char[] wide = wideCodes;
        dictionary = false;
        codes = null;
        values = null;
        smallCodes = null;
        wideCodes = null;
        size = 0;
        pages = new byte[16][];
        pageUsed = new int[16];
        anchors = new long[Math.max(64, count / ANCHOR_EVERY * 2)];
        for (int i = 0; i < count; i++) {
            append(dictionaryValues[wide != null ? wide[i] : small[i] & 0xFF]);
        }
    }

    private void append(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        int length = encoded.length;
        int needed = varintSize(length) + length;
        int page = pageCount - 1;
        if (page < 0 || pageUsed[page] + needed > pages[page].length) {
            page = newPage(Math.max(PAGE, needed));
        }
        if (size % ANCHOR_EVERY == 0) {
            int anchor = size / ANCHOR_EVERY;
            if (anchor == anchors.length) {
                anchors = Arrays.copyOf(anchors, anchor + (anchor >> 1));
            }
            anchors[anchor] = (long) page << 32 | pageUsed[page];
        }
        byte[] target = pages[page];
        int at = writeVarint(target, pageUsed[page], length);
        System.arraycopy(encoded, 0, target, at, length);
        pageUsed[page] = at + length;
        size++;
    }

    private int newPage(int capacity) {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pageCount * 2);
            pageUsed = Arrays.copyOf(pageUsed, pageCount * 2);
        }
        pages[pageCount] = new byte[capacity];
        pageUsed[pageCount] = 0;
        return pageCount++;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Cell " + index + " of " + size);
        }
        if (dictionary) {
            return values[code(index)];
        }
        long anchor = anchors[index / ANCHOR_EVERY];
        int page = (int) (anchor >>> 32);
        int offset = (int) anchor;
        for (int skip = index % ANCHOR_EVERY; ; skip--) {
            if (offset >= pageUsed[page]) {
                page++;
                offset = 0;
            }
            byte[] bytes = pages[page];
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[offset++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if (skip == 0) {
                return new String(bytes, offset, length, StandardCharsets.UTF_8);
            }
            offset += length;
        }
    }

    int size() {
        return size;
    }

    /** Drops the spare capacity once the column is complete (a short copy: codes or the last page only). */
    TextColumn trim() {
        if (dictionary) {
            if (wideCodes != null) {
                wideCodes = Arrays.copyOf(wideCodes, size);
            } else {
                smallCodes = Arrays.copyOf(smallCodes, size);
            }
        } else {
            if (pageCount > 0 && pageUsed[pageCount - 1] < pages[pageCount - 1].length) {
                pages[pageCount - 1] = Arrays.copyOf(pages[pageCount - 1], pageUsed[pageCount - 1]);
            }
            anchors = Arrays.copyOf(anchors, (size + ANCHOR_EVERY - 1) / ANCHOR_EVERY);
        }
        return this;
    }

    private static int varintSize(int value) {
        int bytes = 1;
        while ((value >>>= 7) != 0) {
            bytes++;
        }
        return bytes;
    }

    private static int writeVarint(byte[] target, int at, int value) {
        while ((value & ~0x7F) != 0) {
            target[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        target[at++] = (byte) value;
        return at;
    }

    /**
     * Writes the column as it is held (dictionary and codes, or pages and anchors): no per-cell work. Values of
     * any length (no 65,535-byte limit of {@link DataOutputStream#writeUTF}).
     */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(size);
        out.writeBoolean(dictionary);
        if (dictionary) {
            out.writeInt(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                writeText(out, values[i]);
            }
            boolean wide = wideCodes != null;
            out.writeBoolean(wide);
            if (wide) {
                ByteBuffer buffer = ByteBuffer.allocate(size * 2);
                buffer.asCharBuffer().put(wideCodes, 0, size);
                out.write(buffer.array());
            } else {
                out.write(smallCodes, 0, size);
            }
        } else {
            out.writeInt(pageCount);
            for (int p = 0; p < pageCount; p++) {
                out.writeInt(pageUsed[p]);
                out.write(pages[p], 0, pageUsed[p]);
            }
            int anchorCount = (size + ANCHOR_EVERY - 1) / ANCHOR_EVERY;
            ByteBuffer buffer = ByteBuffer.allocate(anchorCount * 8);
            buffer.asLongBuffer().put(anchors, 0, anchorCount);
            out.write(buffer.array());
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static TextColumn readFrom(DataInputStream in) throws IOException {
        TextColumn column = new TextColumn();
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("A column of " + size + " cells");
        }
        column.size = size;
        if (in.readBoolean()) {
            int distinct = in.readInt();
            if (distinct < 0 || distinct > MAX_DICTIONARY) {
                throw new IOException("A dictionary of " + distinct + " values");
            }
            column.values = new String[Math.max(16, distinct)];
            for (int i = 0; i < distinct; i++) {
                String value = readText(in);
                column.values[i] = value;
                column.codes.put(value, i);
            }
            if (in.readBoolean()) {
                byte[] bytes = new byte[size * 2];
                in.readFully(bytes);
                column.wideCodes = new char[size];
                ByteBuffer.wrap(bytes).asCharBuffer().get(column.wideCodes);
                column.smallCodes = null;
            } else {
                column.smallCodes = new byte[size];
                in.readFully(column.smallCodes);
            }
        } else {
            column.dictionary = false;
            column.codes = null;
            column.values = null;
            column.smallCodes = null;
            int pageCount = in.readInt();
            if (pageCount < 0) {
                throw new IOException("A column of " + pageCount + " pages");
            }
            column.pageCount = pageCount;
            column.pages = new byte[Math.max(1, pageCount)][];
            column.pageUsed = new int[Math.max(1, pageCount)];
            for (int p = 0; p < pageCount; p++) {
                int used = in.readInt();
                if (used < 0) {
                    throw new IOException("A page of " + used + " bytes");
                }
                column.pages[p] = new byte[used];
                column.pageUsed[p] = used;
                in.readFully(column.pages[p]);
            }
            int anchorCount = (size + ANCHOR_EVERY - 1) / ANCHOR_EVERY;
            byte[] bytes = new byte[anchorCount * 8];
            in.readFully(bytes);
            column.anchors = new long[anchorCount];
            ByteBuffer.wrap(bytes).asLongBuffer().get(column.anchors);
        }
        return column;
    }

    /**
     * Reads a column of the previous stored form (version 2: {@code writeUTF} dictionary values, int codes, or one
     * byte array with int end offsets), for lists saved before.
     */
    static TextColumn readVersion2(DataInputStream in) throws IOException {
        TextColumn column = new TextColumn();
        int size = in.readInt();
        boolean dictionary = in.readBoolean();
        if (dictionary) {
            int distinct = in.readInt();
            String[] values = new String[distinct];
            for (int i = 0; i < distinct; i++) {
                values[i] = in.readUTF();
            }
            byte[] ints = new byte[size * 4];
            in.readFully(ints);
            int[] codes = new int[size];
            ByteBuffer.wrap(ints).asIntBuffer().get(codes);
            for (int code : codes) {
                column.add(values[code]);
            }
        } else {
            int used = in.readInt();
            byte[] bytes = new byte[used];
            in.readFully(bytes);
            byte[] ints = new byte[size * 4];
            in.readFully(ints);
            int[] ends = new int[size];
            ByteBuffer.wrap(ints).asIntBuffer().get(ends);
            column.spill();
            for (int i = 0; i < size; i++) {
                int start = i == 0 ? 0 : ends[i - 1];
                column.append(new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8));
            }
        }
        return column.trim();
    }

    /** A text of any length: its UTF-8 byte count, then the bytes. */
    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("A text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
