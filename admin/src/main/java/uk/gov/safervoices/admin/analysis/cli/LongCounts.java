package uk.gov.safervoices.admin.analysis.cli;

/**
 * Counts keyed by a long (a packed pair x answer, for answers beyond the dense rows of {@link AnswerCounts}), open
 * addressing, with no boxing. Keys are stored plus one so that 0 marks an empty slot; key -1 is therefore not allowed.
 */
final class LongCounts {

    private long[] keys = new long[1024];
    private long[] counts = new long[1024];
    private int size;

    void increment(long key) {
        add(key, 1);
    }

    void add(long key, long count) {
        long stored = key + 1;
        int mask = keys.length - 1;
        int slot = mix(stored) & mask;
        while (true) {
            long present = keys[slot];
            if (present == stored) {
                counts[slot] += count;
                return;
            }
            if (present == 0) {
                keys[slot] = stored;
                counts[slot] = count;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(long stored, long count) {
        int mask = keys.length - 1;
        int slot = mix(stored) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = stored;
        counts[slot] = count;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33));
    }

    /** The count of {@code key}, 0 if absent. */
    long get(long key) {
        long stored = key + 1;
        int mask = keys.length - 1;
        int slot = mix(stored) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == stored) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    interface Visitor {
        void visit(long key, long count);
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.visit(keys[i] - 1, counts[i]);
            }
        }
    }

    int size() {
        return size;
    }
}
