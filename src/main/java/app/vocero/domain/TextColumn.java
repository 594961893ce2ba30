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
final class TextColumn {

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
}
