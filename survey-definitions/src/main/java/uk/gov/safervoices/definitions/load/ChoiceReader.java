package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a list of choices (of a question, or the points of a scale) and the items of a grid. {@code type} is the
 * question's type, or null for a named scale under {@code scales:}.
 */
final class ChoiceReader {

    static final List<String> CHOICE_KEYS =
            List.of("id", "label", "hint", "score", "exclusive", "dont_know", "specify", "concern");
    static final List<String> ITEM_KEYS = List.of("id", "label", "concern");

    private ChoiceReader() {
    }

    /** Whether the list is a scale: its choices need scores. */
    static boolean isScale(QuestionType type) {
        return type == null || type == QuestionType.SCALE || type == QuestionType.GRID;
    }

    static List<Choice> read(List<Node> nodes, QuestionType type, String owner, String whose, LoadContext context) {
        Problems problems = context.problems();
        List<Choice> choices = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        Node firstDontKnow = null;
        Node firstSpecify = null;
        for (Node node : nodes) {
            Optional<YamlMap> read = YamlMap.of(node, "a choice of " + whose, problems, owner);
            if (read.isEmpty()) {
                continue;
            }
            YamlMap map = read.get();
            map.allowOnly(CHOICE_KEYS);
            String id = map.requiredText("id");
            String label = map.requiredText("label");
            Integer score = map.wholeNumber("score").map(Long::intValue).orElse(null);
            boolean exclusive = map.bool("exclusive", false);
            boolean dontKnow = map.bool("dont_know", false);
            boolean specify = map.bool("specify", false);
            String concern = Concerns.check(map, context);
            if (id != null && !Ids.checkSnake(id, "choice id", map.node("id"), owner, problems)) {
                id = null;
            }
            if (id != null) {
                Node first = seen.putIfAbsent(id, map.node("id"));
                if (first != null) {
                    problems.add(ErrorCode.SV003, map.node("id"), owner, "Choice id \"" + id + "\" is used twice in "
                            + whose + " (first at line " + Problems.position(first).line()
                            + "). Give each choice its own id.");
                    id = null;
                }
            }
            if (exclusive && type != QuestionType.MULTIPLE_CHOICE) {
                misuse(map, "exclusive", "\"exclusive\" (an answer chosen on its own, like \"None of these\") only "
                        + "applies to multiple_choice questions. Remove it from this choice.");
            }
            if (dontKnow) {
                if (type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.RANKING) {
                    misuse(map, "dont_know", "\"dont_know\" is for scale, grid and single_choice answers. Remove it, "
                            + "or make this an exclusive choice.");
                } else if (firstDontKnow != null) {
                    misuse(map, "dont_know", "Only one answer of " + whose + " can be \"dont_know\" (another is at "
                            + "line " + Problems.position(firstDontKnow).line() + "). Remove one of them.");
                } else {
                    firstDontKnow = map.keyNode("dont_know");
                }
                if (score != null) {
                    misuse(map, "score", "A \"Don't know\" answer is left out of scores, so it has no score. "
                            + "Remove \"score\" from this choice.");
                    score = null;
                }
            }
            if (specify) {
                if (isScale(type)) {
                    misuse(map, "specify", "\"specify\" (\"Other, please say\") is not available on scale or grid "
                            + "answers. Remove it, or use a single_choice question.");
                } else if (firstSpecify != null) {
                    misuse(map, "specify", "Only one answer of " + whose + " can be \"specify\" (another is at line "
                            + Problems.position(firstSpecify).line() + "). Remove one of them.");
                } else {
                    firstSpecify = map.keyNode("specify");
                }
            }
            if (isScale(type) && !dontKnow && score == null && !map.has("score")) {
                problems.add(ErrorCode.SV018, map.node(), owner, "The scale point \"" + (id == null ? label : id)
                        + "\" of " + whose + " has no score. Give every point a whole-number score (higher for "
                        + "better), or mark a \"Don't know\" point with dont_know: true.");
            }
            if (id != null && label != null) {
                choices.add(new Choice(id, label, map.text("hint").orElse(null), score, exclusive, dontKnow,
                        specify, concern, map.position()));
            }
        }
        return List.copyOf(choices);
    }

    static List<GridItem> readItems(List<Node> nodes, String owner, String whose, LoadContext context) {
        Problems problems = context.problems();
        List<GridItem> items = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node node : nodes) {
            Optional<YamlMap> read = YamlMap.of(node, "an item of " + whose, problems, owner);
            if (read.isEmpty()) {
                continue;
            }
            YamlMap map = read.get();
            map.allowOnly(ITEM_KEYS);
            String id = map.requiredText("id");
            String label = map.requiredText("label");
            String concern = Concerns.check(map, context);
            if (id == null || !Ids.checkSnake(id, "item id", map.node("id"), owner, problems)) {
                continue;
            }
            Node first = seen.putIfAbsent(id, map.node("id"));
            if (first != null) {
                problems.add(ErrorCode.SV003, map.node("id"), owner, "Item id \"" + id + "\" is used twice in "
                        + whose + " (first at line " + Problems.position(first).line()
                        + "). Give each item its own id.");
            } else if (label != null) {
                items.add(new GridItem(id, label, concern, map.position()));
            }
        }
        return List.copyOf(items);
    }

    private static void misuse(YamlMap map, String key, String message) {
        map.problems().add(ErrorCode.SV017, map.keyNode(key), map.owner(), message);
    }
}
