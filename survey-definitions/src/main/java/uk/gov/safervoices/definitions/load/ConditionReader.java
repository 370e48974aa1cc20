package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.condition.ConditionParser;
import uk.gov.safervoices.definitions.condition.ConditionSyntaxException;
import uk.gov.safervoices.definitions.model.Position;

import java.util.Optional;

/** Reads a {@code show_if} value with the condition parser; a syntax error points at the column of the problem. */
final class ConditionReader {

    private ConditionReader() {
    }

    /** The parsed condition, or null when there is none or it cannot be read (after recording SV021). */
    static Condition read(YamlMap map, LoadContext context) {
        Optional<String> text = map.text("show_if");
        if (text.isEmpty()) {
            return null;
        }
        Node node = map.node("show_if");
        try {
            Condition condition = ConditionParser.parse(text.get());
            context.conditionAt(condition, Problems.position(node));
            return condition;
        } catch (ConditionSyntaxException e) {
            context.problems().add(ErrorCode.SV021, columnOf(node, e.offset()), map.owner(), unreadable(text.get(), e));
            return null;
        }
    }

    /** The SV021 message for a condition the parser cannot read. */
    static String unreadable(String text, ConditionSyntaxException e) {
        return "The show_if condition \"" + Values.abbreviate(text) + "\" cannot be read: "
                + e.getMessage().replaceAll("[.\\s]+$", "") + ". Conditions look like victim = yes, "
                + "area in [north, south] or answered(question_id), joined with and, or, not.";
    }

    /** Where the character at {@code offset} of a one-line scalar is; the scalar's start otherwise. */
    static Position columnOf(Node node, int offset) {
        Position start = Problems.position(node);
        if (!(node instanceof ScalarNode scalar) || node.getEndMark() == null
                || node.getEndMark().getLine() != node.getStartMark().getLine()) {
            return start;
        }
        int quote = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        if (quote == 1 && scalar.getScalarStyle() != DumperOptions.ScalarStyle.SINGLE_QUOTED
                && scalar.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            return start;
        }
        return new Position(start.line(), start.column() + quote + Math.max(0, offset));
    }
}
