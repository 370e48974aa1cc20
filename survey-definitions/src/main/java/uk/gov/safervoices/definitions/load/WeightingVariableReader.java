package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Ward;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the top-level {@code weighting:} list: the weighting variables and their categories. */
final class WeightingVariableReader {

    private static final List<String> KEYS = List.of("id", "label", "categories", "from_lookup");

    private WeightingVariableReader() {
    }

    static void read(YamlMap top, LoadContext context) {
        for (Node node : top.list("weighting").orElse(List.of())) {
            YamlMap.of(node, "a weighting variable", context.problems(), null)
                    .ifPresent(map -> readVariable(map, context));
        }
    }

    private static void readVariable(YamlMap map, LoadContext context) {
        Problems problems = context.problems();
        int errorsBefore = problems.count();
        map.allowOnly(KEYS);
        String id = map.requiredText("id");
        if (id != null) {
            map.describedAs("weighting variable \"" + id + "\"", id);
        }
        String label = map.requiredText("label");
        List<String> categories = List.of();
        String fromLookup = null;
        if (map.has("categories") && map.has("from_lookup")) {
            problems.add(ErrorCode.SV035, map.keyNode("from_lookup"), id, "Weighting variable \"" + id + "\" has "
                    + "both \"categories\" and \"from_lookup\". Give one: the categories, or the lookup whose ward "
                    + "codes are the categories.");
        } else if (map.has("from_lookup")) {
            fromLookup = map.text("from_lookup").orElse(null);
            categories = lookupCategories(map, fromLookup, context);
        } else if (map.node("categories") != null) {
            categories = categories(map, problems);
        } else {
            problems.add(ErrorCode.SV004, map.node(), id, Ids.capitalise(map.label()) + " has no categories. Add "
                    + "\"categories: [a, b]\", or \"from_lookup: <lookup id>\" to use a lookup's wards.");
        }
        if (id == null || !Ids.checkSnake(id, "weighting variable id", map.node("id"), id, problems)) {
            return;
        }
        LoadContext.Variable first = context.variables().get(id);
        if (first != null) {
            problems.add(ErrorCode.SV003, map.node("id"), id, "Weighting variable id \"" + id + "\" is used twice "
                    + "(first at line " + first.variable().position().line() + "). Give each variable its own id.");
            return;
        }
        if (problems.count() > errorsBefore) {
            context.weightingProblem(id);
        }
        context.variables().put(id, new LoadContext.Variable(
                new WeightingVariable(id, label == null ? id : label, categories, fromLookup,
                        map.position()), fromLookup));
    }

    private static List<String> lookupCategories(YamlMap map, String lookupId, LoadContext context) {
        if (lookupId == null) {
            return List.of();
        }
        Optional<AreaLookup> lookup = context.library().lookup(lookupId);
        if (lookup.isEmpty()) {
            context.problems().add(ErrorCode.SV015, map.node("from_lookup"), map.owner(), "There is no area lookup \""
                    + lookupId + "\"." + Suggestions.didYouMean(lookupId, context.library().lookups().keySet())
                    + " Name a file in lookups/ without .yaml.");
            return List.of();
        }
        return lookup.get().wards().stream().map(Ward::code).toList();
    }

    private static List<String> categories(YamlMap map, Problems problems) {
        List<Node> nodes = map.list("categories").orElse(null);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.isEmpty()) {
            problems.add(ErrorCode.SV008, map.node("categories"), map.owner(), Ids.capitalise(map.label())
                    + " has no categories. List the categories its population figures are given for.");
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (Node node : nodes) {
            Optional<String> category = Values.scalar(node);
            if (category.isEmpty()) {
                problems.add(ErrorCode.SV005, node, map.owner(), "Each category of " + map.label() + " should be "
                        + "a word or a quoted text like \"16-24\", but this one is " + Values.describe(node) + ".");
                continue;
            }
            Node first = seen.putIfAbsent(category.get(), node);
            if (first != null) {
                problems.add(ErrorCode.SV003, node, map.owner(), "Category \"" + category.get() + "\" is listed "
                        + "twice in " + map.label() + " (first at line " + Problems.position(first).line()
                        + "). List each category once.");
            } else {
                categories.add(category.get());
            }
        }
        return List.copyOf(categories);
    }
}
