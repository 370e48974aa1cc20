package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every respondent_id in input order, kept compactly as bytes in one array (about 12 bytes a respondent with short
 * ids), with an open-addressing index over them (hash and position in one long) that finds a duplicate the moment
 * it is read. weights.csv is written from these, so the responses file is read only once.
 */
final class RespondentIds {

    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] offsets = new int[1 << 12];
    private long[] lines = new long[1 << 12];
    private int count;
    /** Per slot: the id's hash in the high 32 bits, its index + 1 in the low 32; 0 for an empty slot. */
    private long[] table = new long[1 << 13];

    /** Adds an id (non-empty); refuses one seen before, naming the line it was first on. */
    void add(byte[] source, int start, int end, CsvRecordReader reader, String column) {
        int length = end - start;
        if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + source[i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        long entry;
        while ((entry = table[slot]) != 0) {
            if ((int) (entry >>> 32) == hash) {
                int other = (int) entry - 1;
                if (Arrays.equals(bytes, offsets[other], offsets[other + 1], source, start, end)) {
                    throw new InputException(reader.file(), reader.line(), column, "\""
                            + new String(source, start, length, StandardCharsets.UTF_8)
                            + "\" is already the respondent_id of line " + lines[other]);
                }
            }
            slot = (slot + 1) & mask;
        }
        System.arraycopy(source, start, bytes, used, length);
        offsets[count] = used;
        used += length;
        offsets[count + 1] = used;
        lines[count] = reader.line();
        table[slot] = ((long) hash << 32) | ++count;
        if (count * 2 > table.length) {
            rehash();
        }
    }

    /** MurmurHash3's finaliser: the ids' polynomial hashes are too regular for linear probing as they are. */
    static int mix(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = mix((int) (entry >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    int count() {
        return count;
    }

    /** Writes respondent {@code index}'s id as a CSV field (quoted when it needs to be). */
    void write(int index, OutputStream out) throws IOException {
        int from = offsets[index];
        int to = offsets[index + 1];
        boolean quote = false;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.write(bytes, from, to - from);
            return;
        }
        out.write('"');
        for (int i = from; i < to; i++) {
            if (bytes[i] == '"') {
                out.write('"');
            }
            out.write(bytes[i]);
        }
        out.write('"');
    }
}
