package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads catalogue/concerns.yaml: the concern codes questionnaires may map choices and grid items to. */
final class CatalogueReader {

    private static final List<String> TOP_KEYS = List.of("concerns");
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
                } else if (name != null) {
                    concerns.add(new Concern(code, name, concern.text("description").orElse(null)));
                }
            });
        }
        return new ConcernCatalogue(List.copyOf(concerns));
    }
}
