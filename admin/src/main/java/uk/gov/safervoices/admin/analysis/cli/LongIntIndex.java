package uk.gov.safervoices.admin.analysis.cli;

import java.util.Arrays;

/** Dense ids 0, 1, 2... for non-negative long keys, in order of first appearance; open addressing, no boxing. */
final class LongIntIndex {

    private long[] keys = new long[256];
    private int[] ids = new int[256];
    private int size;

    LongIntIndex() {
        Arrays.fill(keys, -1);
    }

    int idOf(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long present = keys[slot];
            if (present == key) {
                return ids[slot];
            }
            if (present == -1) {
                keys[slot] = key;
                ids[slot] = size;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static int mix(long key) {
        long h = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33));
    }

    int size() {
        return size;
    }
}
