package app.vocero.contacts;

import java.util.Arrays;

/**
 * The row where each number was first seen, keyed by its E.164 digits as a {@code long} (at most 15 digits, never
 * starting with 0, so the key is exact). Open addressing over two arrays: no boxing for half a million numbers.
 */
final class FirstSeen {

    private static final long EMPTY = 0L;

    private long[] keys;
    private long[] rows;
    private int size;

    FirstSeen(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new long[capacity];
    }

    static long keyOf(String e164) {
        return Long.parseLong(e164, 1, e164.length(), 10);
    }

    /** The row the number was first seen at, or -1 after recording {@code row} as its first. */
    long firstRowOrPut(long key, long row) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
        Arrays.fill(oldKeys, EMPTY);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
