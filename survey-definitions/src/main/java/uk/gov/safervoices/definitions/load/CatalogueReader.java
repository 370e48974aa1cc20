package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads catalogue/concerns.yaml: the concern codes questionnaires may map choices and grid items to, and the
 * {@code retired:} codes of concerns deleted from it, which are never used again.
 */
final class CatalogueReader {

    private static final List<String> TOP_KEYS = List.of("concerns", "retired");
    private static final List<String> CONCERN_KEYS = List.of("code", "name", "description");

    private CatalogueReader() {
    }

    static ConcernCatalogue read(String text, Problems problems) {
        List<Concern> concerns = new ArrayList<>();
        Optional<YamlMap> top = YamlDocument.read(text, problems, "the concern catalogue");
        if (top.isEmpty()) {
            return new ConcernCatalogue(List.of());
        }
        YamlMap map = top.get();
        map.allowOnly(TOP_KEYS);
        Map<String, Node> retired = retired(map, problems);
        Optional<List<Node>> list = map.list("concerns");
        if (list.isEmpty() && !map.has("concerns")) {
            map.missing("concerns");
        } else if (list.isPresent() && list.get().isEmpty()) {
            problems.add(ErrorCode.SV008, map.node("concerns"), null, "The catalogue lists no concerns. Add at "
                    + "least one, like \"- { code: burglary, name: Burglary }\".");
        }
        Map<String, Node> seen = new HashMap<>();
        for (Node node : list.orElse(List.of())) {
            YamlMap.of(node, "a concern", problems, null).ifPresent(concern -> {
                concern.allowOnly(CONCERN_KEYS);
                String code = concern.requiredText("code");
                String name = concern.requiredText("name");
                if (code == null || !Ids.checkSnake(code, "concern code", concern.node("code"), code, problems)) {
                    return;
                }
                Node first = seen.putIfAbsent(code, concern.node("code"));
                if (first != null) {
                    problems.add(ErrorCode.SV003, concern.node("code"), code, "Concern code \"" + code
                            + "\" is used twice (first at line " + Problems.position(first).line()
                            + "). Give each concern its own code.");
                } else if (retired.containsKey(code)) {
                    problems.add(ErrorCode.SV038, concern.node("code"), code, "Concern code \"" + code + "\" was "
                            + "retired (under \"retired:\" at line " + Problems.position(retired.get(code)).line()
                            + "), so it cannot be used again: old responses and decisions may still mean the old "
                            + "concern by it. Give this concern a new code.");
                } else if (name != null) {
                    concerns.add(new Concern(code, name, concern.text("description").orElse(null)));
                }
            });
        }
        return new ConcernCatalogue(List.copyOf(concerns), List.copyOf(retired.keySet()));
    }

    /** The retired codes, in order, each checked as a code and once only. */
    private static Map<String, Node> retired(YamlMap map, Problems problems) {
        Map<String, Node> codes = new java.util.LinkedHashMap<>();
        for (Node node : map.list("retired").orElse(List.of())) {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(ErrorCode.SV005, node, null, "Each retired concern code should be a code, like "
                        + "\"- old_code\", but this is " + Values.describe(node) + ".");
                continue;
            }
            String code = scalar.getValue().strip();
            if (!Ids.checkSnake(code, "retired concern code", node, code, problems)) {
                continue;
            }
            Node first = codes.putIfAbsent(code, node);
            if (first != null) {
                problems.add(ErrorCode.SV003, node, code, "Retired concern code \"" + code + "\" is listed twice "
                        + "(first at line " + Problems.position(first).line() + "). List it once.");
            }
        }
        return codes;
    }
}
