package app.vocero.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of texts. While it has at most {@value #MAX_DICTIONARY} distinct values (regions, operators,
 * cities, first names) it keeps one copy of each and a code per cell; past that it switches to one UTF-8 byte
 * array and offsets. Either way 500,000 cells cost a few MB and no per-cell objects, so a large import stays small
 * in memory and cheap for the garbage collector. A missing cell reads back as {@code ""}.
 */
public final class TextColumn {

    private static final int MAX_DICTIONARY = 256;

    private byte[] bytes = new byte[1 << 12];
    private int[] ends = new int[1 << 10];
    private int size;
    private int used;

    // dictionary mode, while the column has few distinct values
    private Map<String, Integer> codes = new HashMap<>();
    private String[] values = new String[16];
    private int[] valueCodes = new int[1 << 10];
    private boolean dictionary = true;

    void add(String text) {
        String value = text == null ? "" : text;
        if (dictionary) {
            Integer code = codes.get(value);
            if (code == null && codes.size() < MAX_DICTIONARY) {
                code = codes.size();
                codes.put(value, code);
                if (code == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[code] = value;
            }
            if (code != null) {
                if (size == valueCodes.length) {
                    valueCodes = Arrays.copyOf(valueCodes, size + (size >> 1));
                }
                valueCodes[size++] = code;
                return;
            }
            spill();
        }
        append(value);
    }

    /** Too many distinct values for a dictionary: from now on, plain bytes. */
    private void spill() {
        dictionary = false;
        int count = size;
        size = 0;
        for (int i = 0; i < count; i++) {
            append(values[valueCodes[i]]);
        }
        codes = null;
        values = null;
        valueCodes = null;
    }

    private void append(String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        if (used + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + encoded.length, bytes.length + (bytes.length >> 1)));
        }
        System.arraycopy(encoded, 0, bytes, used, encoded.length);
        used += encoded.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
        }
        ends[size++] = used;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Cell " + index + " of " + size);
        }
        if (dictionary) {
            return values[valueCodes[index]];
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** Drops the spare capacity once the column is complete. */
    TextColumn trim() {
        if (dictionary) {
            valueCodes = Arrays.copyOf(valueCodes, size);
        } else {
            bytes = Arrays.copyOf(bytes, used);
            ends = Arrays.copyOf(ends, size);
        }
        return this;
    }

    /** Writes the column as it is held (dictionary and codes, or bytes and offsets): no per-cell work. */
    void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(size);
        out.writeBoolean(dictionary);
        if (dictionary) {
            out.writeInt(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                out.writeUTF(values[i]);
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(size * 4);
            buffer.asIntBuffer().put(valueCodes, 0, size);
            out.write(buffer.array());
        } else {
            out.writeInt(used);
            out.write(bytes, 0, used);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(size * 4);
            buffer.asIntBuffer().put(ends, 0, size);
            out.write(buffer.array());
        }
    }

    static TextColumn readFrom(java.io.DataInputStream in) throws java.io.IOException {
        TextColumn column = new TextColumn();
        int size = in.readInt();
        boolean dictionary = in.readBoolean();
        column.size = size;
        byte[] ints;
        if (dictionary) {
            int distinct = in.readInt();
            column.values = new String[Math.max(16, distinct)];
            for (int i = 0; i < distinct; i++) {
                String value = in.readUTF();
                column.values[i] = value;
                column.codes.put(value, i);
            }
            ints = new byte[size * 4];
            in.readFully(ints);
            column.valueCodes = new int[size];
            java.nio.ByteBuffer.wrap(ints).asIntBuffer().get(column.valueCodes);
        } else {
            column.dictionary = false;
            column.codes = null;
            column.values = null;
            column.valueCodes = null;
            column.used = in.readInt();
            column.bytes = new byte[column.used];
            in.readFully(column.bytes);
            ints = new byte[size * 4];
            in.readFully(ints);
            column.ends = new int[size];
            java.nio.ByteBuffer.wrap(ints).asIntBuffer().get(column.ends);
        }
        return column;
    }
}
