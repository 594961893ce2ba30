package app.vocero.contacts;

/**
 * The row where each number was first seen, keyed by its E.164 digits as a {@code long} (at most 15 digits, never
 * starting with 0, so the key is exact). Open addressing over one array of (key, row) pairs: no boxing and one
 * memory access per probe for half a million numbers.
 */
final class FirstSeen {

    private static final long EMPTY = 0L;

    private long[] slots; // key at 2i, row at 2i + 1
    private int size;

    FirstSeen(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
    }

    /** The digits of {@code +573001234567} as a number: E.164 as Vocero writes it, a plus and ASCII digits. */
    static long keyOf(String e164) {
        return DialedDigits.asciiDigits(e164, 1);
    }

    /** The row the number was first seen at, or -1 after recording {@code row} as its first. */
    long firstRowOrPut(long key, long row) {
        int mask = (slots.length >> 1) - 1;
        int slot = mix(key) & mask;
        while (slots[slot << 1] != EMPTY) {
            if (slots[slot << 1] == key) {
                return slots[(slot << 1) + 1];
            }
            slot = (slot + 1) & mask;
        }
        slots[slot << 1] = key;
        slots[(slot << 1) + 1] = row;
        if (++size * 4 > slots.length) { // load factor 1/2
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = mix(old[i]) & mask;
                while (slots[slot << 1] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot << 1] = old[i];
                slots[(slot << 1) + 1] = old[i + 1];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
