package uk.gov.safervoices.definitions.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Questions about a parsed condition: what it refers to and which values it compares them with. */
public final class Conditions {

    private Conditions() {
    }

    /** Every question (or grid item) the condition names, in the order written, each once. */
    public static List<Condition.Ref> references(Condition condition) {
        Set<Condition.Ref> refs = new LinkedHashSet<>();
        for (Condition comparison : comparisons(condition)) {
            refs.add(ref(comparison));
        }
        return List.copyOf(refs);
    }

    /** The ids of the questions the condition names (grid items folded into their question), in order, each once. */
    public static List<String> questionIds(Condition condition) {
        return references(condition).stream().map(Condition.Ref::questionId).distinct().toList();
    }

    /** The values the condition compares {@code ref} with ({@code =} and {@code in}), in order, each once. */
    public static List<String> values(Condition condition, Condition.Ref ref) {
        Set<String> values = new LinkedHashSet<>();
        for (Condition comparison : comparisons(condition)) {
            if (comparison instanceof Condition.Equals e && e.ref().equals(ref)) {
                values.add(e.value());
            } else if (comparison instanceof Condition.In in && in.ref().equals(ref)) {
                values.addAll(in.values());
            }
        }
        return List.copyOf(values);
    }

    /** The leaves of the condition ({@code =}, {@code in} and {@code answered} nodes), in the order written. */
    public static List<Condition> comparisons(Condition condition) {
        List<Condition> found = new ArrayList<>();
        collect(condition, found);
        return List.copyOf(found);
    }

    /** The reference of a leaf ({@code =}, {@code in} or {@code answered}). */
    public static Condition.Ref ref(Condition comparison) {
        if (comparison instanceof Condition.Equals e) {
            return e.ref();
        }
        if (comparison instanceof Condition.In in) {
            return in.ref();
        }
        if (comparison instanceof Condition.Answered a) {
            return a.ref();
        }
        throw new IllegalArgumentException("Not a comparison: " + comparison.source());
    }

    private static void collect(Condition condition, List<Condition> found) {
        if (condition instanceof Condition.Not not) {
            collect(not.operand(), found);
        } else if (condition instanceof Condition.And and) {
            collect(and.left(), found);
            collect(and.right(), found);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), found);
            collect(or.right(), found);
        } else {
            found.add(condition);
        }
    }
}
