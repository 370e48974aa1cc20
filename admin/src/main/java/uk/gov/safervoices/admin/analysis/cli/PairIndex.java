package uk.gov.safervoices.admin.analysis.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense ids 0, 1, 2... for pairs of non-negative ints, in order of first appearance, remembering each id's pair.
 * The aggregation's lookups (a weighting combination and the next variable's category; a weighting cell and a
 * breakdown group) have small second members, so they are a row of ids per first member: two array reads, no
 * hashing. Second members of {@link #DENSE_LIMIT} or more (a variable with hundreds of categories) go to a hash map
 * instead, so that a row never grows large.
 */
final class PairIndex {

    static final int DENSE_LIMIT = 256;

    /** rows[first][second]: id + 1, 0 where not seen. */
    private int[][] rows = new int[16][];
    private final Map<Long, Integer> sparse = new HashMap<>();
    private int[] firsts = new int[16];
    private int[] seconds = new int[16];
    private int size;

    int idOf(int first, int second) {
        if (first < rows.length) {
            int[] row = rows[first];
            if (row != null && second < row.length) {
                int stored = row[second];
                if (stored != 0) {
                    return stored - 1;
                }
            }
        }
        return find(first, second);
    }

    private int find(int first, int second) {
        if (second >= DENSE_LIMIT) {
            Integer id = sparse.get(((long) first << 32) | second);
            if (id != null) {
                return id;
            }
            id = add(first, second);
            sparse.put(((long) first << 32) | second, id);
            return id;
        }
        if (first >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(first + 1, rows.length * 2));
        }
        int[] row = rows[first];
        if (row == null || second >= row.length) {
            row = row == null ? new int[Math.max(8, second + 1)]
                    : Arrays.copyOf(row, Math.min(DENSE_LIMIT, Math.max(second + 1, row.length * 2)));
            rows[first] = row;
        }
        if (row[second] == 0) {
            row[second] = add(first, second) + 1;
        }
        return row[second] - 1;
    }

    private int add(int first, int second) {
        if (size == firsts.length) {
            firsts = Arrays.copyOf(firsts, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        firsts[size] = first;
        seconds[size] = second;
        return size++;
    }

    int size() {
        return size;
    }

    int first(int id) {
        return firsts[id];
    }

    int second(int id) {
        return seconds[id];
    }
}
