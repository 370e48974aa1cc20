package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every respondent_id in input order, kept compactly: the bytes of all ids in one array, plus per respondent an
 * offset, a hash and a line (about 20 bytes a respondent with short ids). weights.csv is written from these, so the
 * responses file is read only once. Duplicates are found after the pass by sorting the hashes, which reads memory
 * in order (a hash table probed for every id costs a cache miss per respondent; measured 3x slower at 1M ids).
 */
final class RespondentIds {

    private final String file;
    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] offsets = new int[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int[] lines = new int[1 << 12];
    private int count;

    RespondentIds(String file) {
        this.file = file;
    }

    /** Adds a (non-empty) id. */
    void add(byte[] source, int start, int end, long line) {
        int length = end - start;
        if (used + length > bytes.length || count + 1 >= offsets.length) {
            grow(length);
        }
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + source[i];
        }
        System.arraycopy(source, start, bytes, used, length);
        offsets[count] = used;
        used += length;
        offsets[count + 1] = used;
        hashes[count] = hash;
        lines[count] = (int) Math.min(line, Integer.MAX_VALUE);
        count++;
    }

    private void grow(int length) {
        if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            hashes = Arrays.copyOf(hashes, offsets.length);
            lines = Arrays.copyOf(lines, offsets.length);
        }
    }

    /** Appends the ids another reader found later in the file (its line 1 being line {@code lineOffset + 1} here). */
    void append(RespondentIds later, long lineOffset) {
        if (used + later.used > bytes.length) {
            bytes = Arrays.copyOf(bytes, used + later.used);
        }
        if (count + later.count + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, count + later.count + 1);
            hashes = Arrays.copyOf(hashes, offsets.length);
            lines = Arrays.copyOf(lines, offsets.length);
        }
        System.arraycopy(later.bytes, 0, bytes, used, later.used);
        for (int i = 0; i < later.count; i++) {
            offsets[count + i + 1] = used + later.offsets[i + 1];
            lines[count + i] = (int) Math.min(later.lines[i] + lineOffset, Integer.MAX_VALUE);
        }
        System.arraycopy(later.hashes, 0, hashes, count, later.count);
        used += later.used;
        count += later.count;
    }

    /** Refuses the first id (in file order) that repeats an earlier one, naming both lines. */
    void checkUnique(String column) {
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = ((long) hashes[i] << 32) | i;
        }
        Arrays.sort(sorted);
        int repeat = -1;
        int original = -1;
        for (int s = 1; s < count; s++) {
            if ((int) (sorted[s] >>> 32) != (int) (sorted[s - 1] >>> 32)) {
                continue;
            }
            // equal hashes: compare this id with the earlier ones of the same hash (a run sorted by position)
            int later = (int) sorted[s];
            for (int t = s - 1; t >= 0 && (int) (sorted[t] >>> 32) == (int) (sorted[s] >>> 32); t--) {
                int earlier = (int) sorted[t];
                if (same(earlier, later) && (repeat < 0 || later < repeat)) {
                    repeat = later;
                    original = earlier;
                }
            }
        }
        if (repeat >= 0) {
            throw new InputException(file, lines[repeat], column, "\"" + id(repeat)
                    + "\" is already the respondent_id of line " + lines[original]);
        }
    }

    private boolean same(int a, int b) {
        return Arrays.equals(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
    }

    private String id(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
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
