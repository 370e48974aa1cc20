package uk.gov.safervoices.admin.analysis.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The categories found in one column, interned from the bytes of the field so that cells key on small ints: the
 * first category seen is 0, the next 1, and so on. A String is made only for a new category. Remembers the line each
 * category was first seen on, for messages.
 *
 * <p>The key of a field is its length with its first and last 8 bytes, read as two longs: for fields of up to 16
 * bytes (most categories) that is the whole field, so finding it costs a hash of three numbers and three
 * comparisons; longer fields are also compared byte by byte.
 */
final class CategoryDictionary {

    /** More distinct answers than this in one column: it is not a categorical answer (free text, an id...). */
    static final int MAX_CATEGORIES = 10_000;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String column;
    private int[] table = new int[64];
    private int[] lengths = new int[16];
    private long[] heads = new long[16];
    private long[] tails = new long[16];
    private byte[][] values = new byte[16][];
    private final List<String> names = new ArrayList<>();
    private long[] firstLines = new long[16];

    CategoryDictionary(String column) {
        this.column = column;
    }

    /** The id of the category in {@code bytes[start, end)}; the caller handles empty (missing) fields. */
    int intern(byte[] bytes, int start, int end, CsvRecordReader reader) {
        int id = find(bytes, start, end);
        return id >= 0 ? id : addNew(bytes, start, end, reader);
    }

    /** A category not seen before (rare: kept out of {@link #intern}, which is compiled into the per-record path). */
    private int addNew(byte[] bytes, int start, int end, CsvRecordReader reader) {
        if (names.size() == MAX_CATEGORIES) {
            throw new InputException(reader.file(), reader.line(), column, "more than " + MAX_CATEGORIES
                    + " different answers in this column; the analyse command needs categorical answers (is it free "
                    + "text or an identifier?)");
        }
        return add(bytes, start, end, reader.line());
    }

    /** The id of the category in {@code bytes[start, end)}, or -1. */
    private int find(byte[] bytes, int start, int end) {
        int length = end - start;
        long head = load(bytes, start, Math.min(length, 8));
        long tail = length > 8 ? load(bytes, end - 8, 8) : 0;
        int mask = table.length - 1;
        int slot = hash(length, head, tail) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int id = entry - 1;
            if (lengths[id] == length && heads[id] == head && tails[id] == tail
                    && (length <= 16 || Arrays.equals(values[id], 0, length, bytes, start, end))) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether {@link #merge} would keep this column within {@link #MAX_CATEGORIES}. */
    boolean canMerge(CategoryDictionary later) {
        int added = 0;
        for (int id = 0; id < later.size(); id++) {
            if (find(later.values[id], 0, later.lengths[id]) < 0) {
                added++;
            }
        }
        return names.size() + added <= MAX_CATEGORIES;
    }

    /**
     * Adds the categories of a dictionary made over a later part of the file (its line 1 being line
     * {@code lineOffset + 1} here), new ones in the order it found them; returns its ids' ids here.
     */
    int[] merge(CategoryDictionary later, long lineOffset) {
        int[] map = new int[later.size()];
        for (int id = 0; id < map.length; id++) {
            byte[] value = later.values[id];
            int length = later.lengths[id];
            int found = find(value, 0, length);
            map[id] = found >= 0 ? found : add(value, 0, length, later.firstLines[id] + lineOffset);
        }
        return map;
    }

    /** Up to 8 bytes from {@code from}, little-endian, the rest zero. */
    private static long load(byte[] bytes, int from, int count) {
        if (from + 8 <= bytes.length) {
            long value = (long) LONGS.get(bytes, from);
            return count == 8 ? value : value & ((1L << (8 * count)) - 1);
        }
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[from + i] & 0xff);
        }
        return value;
    }

    private static int hash(int length, long head, long tail) {
        long h = (head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL) ^ length;
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (h ^ (h >>> 33));
    }

    private int add(byte[] bytes, int start, int end, long line) {
        int id = names.size();
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
            heads = Arrays.copyOf(heads, id * 2);
            tails = Arrays.copyOf(tails, id * 2);
            firstLines = Arrays.copyOf(firstLines, id * 2);
        }
        int length = end - start;
        // padded, so that a later lookup of these bytes (merging dictionaries) reads them as longs too
        values[id] = Arrays.copyOfRange(bytes, start, end + CsvRecordReader.SLACK);
        lengths[id] = length;
        heads[id] = load(bytes, start, Math.min(length, 8));
        tails[id] = length > 8 ? load(bytes, end - 8, 8) : 0;
        firstLines[id] = line;
        names.add(new String(bytes, start, length, StandardCharsets.UTF_8));
        if (names.size() * 2 > table.length) {
            table = new int[table.length * 2];
            for (int each = 0; each < names.size(); each++) {
                place(each);
            }
        } else {
            place(id);
        }
        return id;
    }

    private void place(int id) {
        int mask = table.length - 1;
        int at = hash(lengths[id], heads[id], tails[id]) & mask;
        while (table[at] != 0) {
            at = (at + 1) & mask;
        }
        table[at] = id + 1;
    }

    String column() {
        return column;
    }

    int size() {
        return names.size();
    }

    /** The category with this id; null for -1 (missing). */
    String name(int id) {
        return id < 0 ? null : names.get(id);
    }

    long firstLine(int id) {
        return firstLines[id];
    }
}
