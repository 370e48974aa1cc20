package uk.gov.safervoices.admin.analysis.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The categories found in one column, interned from the bytes of the field so that cells key on small ints: the
 * first category seen is 0, the next 1, and so on. A String is made only for a new category. Remembers the line each
 * category was first seen on, for messages.
 */
final class CategoryDictionary {

    /** More distinct answers than this in one column: it is not a categorical answer (free text, an id...). */
    static final int MAX_CATEGORIES = 10_000;

    private final String column;
    private int[] table = new int[64];
    private int[] hashes = new int[16];
    private byte[][] values = new byte[16][];
    private final List<String> names = new ArrayList<>();
    private long[] firstLines = new long[16];

    CategoryDictionary(String column) {
        this.column = column;
    }

    /** The id of the category in {@code bytes[start, end)}; the caller handles empty (missing) fields. */
    int intern(byte[] bytes, int start, int end, CsvRecordReader reader) {
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = table.length - 1;
        int slot = RespondentIds.mix(hash) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, start, end, hash, slot, reader);
            }
            int id = entry - 1;
            if (hashes[id] == hash && same(values[id], bytes, start, end)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A plain loop: faster than Arrays.equals for the short fields categories are. */
    private static boolean same(byte[] value, byte[] bytes, int start, int end) {
        if (value.length != end - start) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }

    private int add(byte[] bytes, int start, int end, int hash, int slot, CsvRecordReader reader) {
        int id = names.size();
        if (id == MAX_CATEGORIES) {
            throw new InputException(reader.file(), reader.line(), column, "more than " + MAX_CATEGORIES
                    + " different answers in this column; the analyse command needs categorical answers (is it free "
                    + "text or an identifier?)");
        }
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
            firstLines = Arrays.copyOf(firstLines, id * 2);
        }
        values[id] = Arrays.copyOfRange(bytes, start, end);
        hashes[id] = hash;
        firstLines[id] = reader.line();
        names.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        table[slot] = id + 1;
        if (names.size() * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int id = 0; id < names.size(); id++) {
            int slot = RespondentIds.mix(hashes[id]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
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
