package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Optional;
import java.util.regex.Pattern;

/** Small helpers for reading scalar values. */
final class Values {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]{1,18}");

    private Values() {
    }

    /** A key with nothing after the colon (or {@code ~} / {@code null}, unquoted). */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && scalar.getTag().equals(Tag.NULL);
    }

    static Optional<Long> wholeNumber(String text) {
        return WHOLE_NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** Describes a node for messages: "a list", "a mapping", "the text "abc"". */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a set of key: value lines";
        }
        if (node instanceof ScalarNode scalar) {
            return isNull(scalar) ? "empty" : "\"" + abbreviate(scalar.getValue()) + "\"";
        }
        return "missing";
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    /** The text of {@code key} in a mapping node, or empty (with no error) when there is none. */
    static Optional<String> entry(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .filter(t -> scalar(t.getKeyNode()).filter(key::equals).isPresent())
                    .findFirst().flatMap(t -> scalar(t.getValueNode()));
        }
        return Optional.empty();
    }

    /** The text of a scalar node, or empty (with no error) for anything else. */
    static Optional<String> scalar(Node node) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return Optional.of(scalar.getValue().strip());
        }
        return Optional.empty();
    }
}
