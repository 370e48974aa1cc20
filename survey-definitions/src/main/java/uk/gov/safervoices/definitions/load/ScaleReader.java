package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import uk.gov.safervoices.definitions.model.Choice;

import java.util.List;
import java.util.Optional;

/** Reads {@code scales:}: named answer scales that scale and grid questions use with {@code scale: <name>}. */
final class ScaleReader {

    private ScaleReader() {
    }

    static void read(YamlMap top, LoadContext context) {
        Optional<YamlMap> scales = top.map("scales", "scales");
        if (scales.isEmpty()) {
            return;
        }
        for (NodeTuple tuple : scales.get().node().getValue()) {
            Optional<String> name = Values.scalar(tuple.getKeyNode());
            if (name.isEmpty() || context.scales().containsKey(name.get())) {
                continue; // a non-text key or a repeated name: YamlMap has reported it
            }
            if (!Ids.checkSnake(name.get(), "scale name", tuple.getKeyNode(), null, context.problems())) {
                continue;
            }
            String whose = "scale \"" + name.get() + "\"";
            Node value = tuple.getValueNode();
            if (Values.isNull(value) || value instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence
                    && sequence.getValue().isEmpty()) {
                context.problems().add(ErrorCode.SV008, tuple.getKeyNode(), null, "Scale \"" + name.get()
                        + "\" has no points. List them, like - { id: very_safe, label: Very safe, score: 4 }.");
                context.scales().put(name.get(), List.of());
            } else if (value instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
                List<Choice> points = ChoiceReader.read(sequence.getValue(), null, null, whose, context);
                context.scales().put(name.get(), points);
            } else {
                context.problems().add(ErrorCode.SV005, value, null, "Scale \"" + name.get() + "\" should be a "
                        + "list of points (lines starting with \"- \"), but is " + Values.describe(value) + ".");
                context.scales().put(name.get(), List.of());
            }
        }
    }
}
