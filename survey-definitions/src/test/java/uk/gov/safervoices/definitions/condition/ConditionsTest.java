package uk.gov.safervoices.definitions.condition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConditionsTest {

    @Test
    void referencesInOrderWithoutDuplicates() {
        Condition c = ConditionParser.parse("b = 1 or (a = x and not answered(b)) or grid.item in [p, q] or a = y");
        assertEquals(List.of(new Condition.Ref("b", null), new Condition.Ref("a", null),
                new Condition.Ref("grid", "item")), Conditions.references(c));
        assertEquals(List.of("b", "a", "grid"), Conditions.questionIds(c));
    }

    @Test
    void valuesPerReference() {
        Condition c = ConditionParser.parse("a = x or a in [y, x, z] or grid.item = p or grid.other = q");
        assertEquals(List.of("x", "y", "z"), Conditions.values(c, new Condition.Ref("a", null)));
        assertEquals(List.of("p"), Conditions.values(c, new Condition.Ref("grid", "item")));
        assertEquals(List.of(), Conditions.values(c, new Condition.Ref("grid", null)));
    }

    @Test
    void comparisonsAreTheLeaves() {
        Condition c = ConditionParser.parse("not (a = x and answered(b)) or c in [1]");
        assertEquals(List.of("a = x", "answered(b)", "c in [1]"),
                Conditions.comparisons(c).stream().map(Condition::source).toList());
    }
}
