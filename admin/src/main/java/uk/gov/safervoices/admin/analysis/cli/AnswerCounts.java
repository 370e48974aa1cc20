package uk.gov.safervoices.admin.analysis.cli;

import java.util.Arrays;

/**
 * Respondents per weighting cell, breakdown group and answer, for every question and breakdown (or with no
 * breakdown, per cell and answer). A record's (cell, group) pair gets a dense id once per breakdown, shared by every
 * question, and each question counts into a row per pair indexed by the answer: the aggregation's inner loop is an
 * array increment. Answers beyond {@link #DENSE_ANSWERS} (a question with many categories) are counted in a hash
 * table, so that rows stay small. Ids: categories as interned, -1 for blank.
 */
final class AnswerCounts {

    static final int DENSE_ANSWERS = 64;
    private static final int BITS = 20;

    /** Per breakdown (one if none): (cell, group + 1) to a pair id. */
    private final PairIndex[] pairs;
    /** [breakdown][question][pair][answer + 1]. */
    private final int[][][][] counts;
    /** [breakdown][question]: keyed by pair << 20 | answer + 1, for answers from {@link #DENSE_ANSWERS} on. */
    private final LongCounts[][] sparse;

    AnswerCounts(int questions, int breakdowns) {
        int b = Math.max(1, breakdowns);
        pairs = new PairIndex[b];
        counts = new int[b][questions][][];
        sparse = new LongCounts[b][questions];
        for (int i = 0; i < b; i++) {
            pairs[i] = new PairIndex();
            for (int q = 0; q < questions; q++) {
                counts[i][q] = new int[64][];
            }
        }
    }

    /** Counts one respondent of weighting cell {@code cell}, whose interned categories by column are {@code ids}. */
    void add(int cell, int[] ids, int[] questionColumns, int[] byColumns) {
        for (int b = 0; b < pairs.length; b++) {
            int pair = pairs[b].idOf(cell, byColumns.length == 0 ? 0 : ids[byColumns[b]] + 1);
            int[][][] perQuestion = counts[b];
            for (int q = 0; q < questionColumns.length; q++) {
                int answer = ids[questionColumns[q]] + 1;
                int[][] rows = perQuestion[q];
                if (pair < rows.length) {
                    int[] row = rows[pair];
                    if (row != null && answer < row.length) {
                        row[answer]++;
                        continue;
                    }
                }
                add(b, q, pair, answer, 1);
            }
        }
    }

    /** Adds {@code count} respondents of (cell, group + 1, answer + 1) for question q and breakdown b. */
    void add(int b, int q, int cell, int group, int answer, long count) {
        add(b, q, pairs[b].idOf(cell, group), answer, count);
    }

    private void add(int b, int q, int pair, int answer, long count) {
        if (answer >= DENSE_ANSWERS) {
            if (sparse[b][q] == null) {
                sparse[b][q] = new LongCounts();
            }
            sparse[b][q].add(((long) pair << BITS) | answer, count);
            return;
        }
        int[][] rows = counts[b][q];
        if (pair >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(pair + 1, rows.length * 2));
            counts[b][q] = rows;
        }
        int[] row = rows[pair];
        if (row == null || answer >= row.length) {
            row = row == null ? new int[Math.max(8, answer + 1)]
                    : Arrays.copyOf(row, Math.min(DENSE_ANSWERS, Math.max(answer + 1, row.length * 2)));
            rows[pair] = row;
        }
        row[answer] = Math.addExact(row[answer], Math.toIntExact(count));
    }

    interface Visitor {
        /** Ids + 1: 0 is blank (for the group: blank, or no breakdown). */
        void visit(int cell, int group, int answer, long count);
    }

    /** Question q's counts for breakdown b, in order of first appearance of (cell, group), then of answer id. */
    void forEach(int q, int b, Visitor visitor) {
        PairIndex index = pairs[b];
        int[][] rows = counts[b][q];
        long[] sparseKeys = sparseKeys(b, q);
        int next = 0;
        for (int pair = 0; pair < index.size(); pair++) {
            int[] row = pair < rows.length ? rows[pair] : null;
            if (row != null) {
                for (int answer = 0; answer < row.length; answer++) {
                    if (row[answer] > 0) {
                        visitor.visit(index.first(pair), index.second(pair), answer, row[answer]);
                    }
                }
            }
            for (; next < sparseKeys.length && (int) (sparseKeys[next] >>> BITS) == pair; next++) {
                visitor.visit(index.first(pair), index.second(pair), (int) (sparseKeys[next] & ((1 << BITS) - 1)),
                        sparse[b][q].get(sparseKeys[next]));
            }
        }
    }

    private long[] sparseKeys(int b, int q) {
        if (sparse[b][q] == null) {
            return new long[0];
        }
        long[] keys = new long[sparse[b][q].size()];
        int[] at = {0};
        sparse[b][q].forEach((key, count) -> keys[at[0]++] = key);
        Arrays.sort(keys);
        return keys;
    }

    int breakdowns() {
        return pairs.length;
    }
}
