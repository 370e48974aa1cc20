package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.gov.safervoices.definitions.model.Position;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read key by key: typed getters that record an error (with its line and column) when a value is
 * missing or of the wrong kind, and return empty so reading can carry on and find every other error.
 * Scalars are read as the text written, so {@code yes}, {@code no} and {@code 16-24} stay text.
 */
final class YamlMap {

    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private String owner;
    private String label;

    private YamlMap(MappingNode node, Problems problems, String owner, String label) {
        this.node = node;
        this.problems = problems;
        this.owner = owner;
        this.label = label;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(ErrorCode.SV005, tuple.getKeyNode(), owner, "A key here is a list or a mapping. "
                        + "Keys are single words like id or title, followed by a colon.");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.add(ErrorCode.SV032, key, owner, "The key \"" + key.getValue() + "\" is given twice in "
                        + label + " (first at line " + Problems.position(first.getKeyNode()).line()
                        + "). Keep one of them.");
            }
        }
    }

    /** The node as a mapping, or empty after recording an error that it is not one. */
    static Optional<YamlMap> of(Node node, String label, Problems problems, String owner) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems, owner, label));
        }
        problems.add(ErrorCode.SV005, node, owner, Ids.capitalise(label) + " should be a set of \"key: value\" "
                + "lines, but is " + Values.describe(node) + ". Check the indentation.");
        return Optional.empty();
    }

    /** Names the mapping in later messages (e.g. {@code question "victim"}) and the id errors are filed under. */
    YamlMap describedAs(String label, String owner) {
        this.label = label;
        this.owner = owner;
        return this;
    }

    String label() {
        return label;
    }

    String owner() {
        return owner;
    }

    Problems problems() {
        return problems;
    }

    MappingNode node() {
        return node;
    }

    Position position() {
        return Problems.position(node);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** Records an SV002 for every key not in {@code allowed}, suggesting the closest allowed key. */
    void allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                unknownKey(entry.getKey(), allowed);
            }
        }
    }

    void unknownKey(String key, Collection<String> allowed) {
        problems.add(ErrorCode.SV002, keyNode(key), owner, "Unknown key \"" + key + "\" in " + label + "."
                + Suggestions.didYouMean(key, allowed) + " Keys allowed here: " + String.join(", ", allowed) + ".");
    }

    /** Whether the key is present with a value (a key with nothing after the colon counts as absent). */
    boolean has(String key) {
        Node value = node(key);
        return value != null && !Values.isNull(value);
    }

    Node node(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    Optional<String> text(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = node(key);
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        wrongKind(key, "text");
        return Optional.empty();
    }

    /** The text, or null after recording an SV004 that it is missing. */
    String requiredText(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() && (!has(key) || node(key) instanceof ScalarNode)) {
            missing(key);
        }
        return text.orElse(null);
    }

    void missing(String key) {
        problems.add(ErrorCode.SV004, node, owner, Ids.capitalise(label) + " has no \"" + key + "\". Add a line \""
                + key + ": ...\" to it.");
    }

    Optional<Long> wholeNumber(String key) {
        return text(key).flatMap(text -> {
            Optional<Long> number = Values.wholeNumber(text);
            if (number.isEmpty()) {
                wrongKind(key, "a whole number, like 10");
            }
            return number;
        });
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes":
                return true;
            case "false", "no":
                return false;
            default:
                wrongKind(key, "true or false");
                return defaultValue;
        }
    }

    /** The items of a list; a key with no value gives an empty list; absent gives empty. */
    Optional<List<Node>> list(String key) {
        Node value = node(key);
        if (value == null) {
            return Optional.empty();
        }
        if (Values.isNull(value)) {
            return Optional.of(List.of());
        }
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        wrongKind(key, "a list (lines starting with \"- \", or [a, b])");
        return Optional.empty();
    }

    Optional<YamlMap> map(String key, String label) {
        if (!has(key)) {
            return Optional.empty();
        }
        return of(node(key), label, problems, owner);
    }

    void wrongKind(String key, String expected) {
        problems.add(ErrorCode.SV005, node(key), owner, "The value of \"" + key + "\" in " + label + " should be "
                + expected + ", but is " + Values.describe(node(key)) + ".");
    }
}
