package uk.gov.safervoices.admin.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of coded-line tokens per key. A token is looked up where it lies in its line, in a table of the distinct
 * tokens (a few hundred: it stays in the processor's cache), and counted in its key's row of counts: counting one
 * allocates nothing unless the token is new. A token also keeps what the caller attached to it when first seen.
 */
final class TokenCounts {
    private String[] slots = new String[512];
    private int[] slotIds = new int[512];
    private final List<String> tokens = new ArrayList<>();
    private final List<Object> attached = new ArrayList<>();
    /** Per key, the count of each token id (rows grow as tokens are found). */
    private long[][] counts = new long[64][];

    interface Attach {
        /** What to keep with a token seen for the first time. */
        Object to(String token);
    }

    /** Counts the token {@code line[start, end)} once for this key; returns the token's id. */
    int add(int key, String line, int start, int end, Attach attach) {
        int id = id(line, start, end, attach);
        if (key >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(key + 1, counts.length * 2));
        }
        long[] row = counts[key];
        if (row == null || id >= row.length) {
            row = row == null ? new long[Math.max(64, tokens.size() * 2)] : Arrays.copyOf(row, tokens.size() * 2);
            counts[key] = row;
        }
        row[id]++;
        return id;
    }

    Object attached(int id) {
        return attached.get(id);
    }

    interface Visitor {
        void visit(int key, String token, long count);
    }

    void forEach(Visitor visitor) {
        for (int key = 0; key < counts.length; key++) {
            long[] row = counts[key];
            for (int id = 0; row != null && id < row.length; id++) {
                if (row[id] > 0) {
                    visitor.visit(key, tokens.get(id), row[id]);
                }
            }
        }
    }

    private int id(String line, int start, int end, Attach attach) {
        int length = end - start;
        int mask = slots.length - 1;
        int slot = hash(line, start, end) & mask;
        String token;
        while ((token = slots[slot]) != null) {
            if (token.length() == length && line.regionMatches(start, token, 0, length)) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        token = line.substring(start, end);
        int id = tokens.size();
        tokens.add(token);
        attached.add(attach.to(token));
        slots[slot] = token;
        slotIds[slot] = id;
        if (tokens.size() * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new String[slots.length * 2];
        slotIds = new int[slots.length];
        int mask = slots.length - 1;
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.get(id);
            int slot = hash(token, 0, token.length()) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = token;
            slotIds[slot] = id;
        }
    }

    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash ^ (hash >>> 16);
    }
}
