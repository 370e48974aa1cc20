package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one section (a page); an equality section becomes the pages of the standard questions it asks for. */
final class SectionReader {

    static final List<String> KEYS = List.of("id", "title", "intro", "show_if", "questions", "equality", "weighting");
    static final List<String> TEMPLATE_KEYS = List.of("id", "title", "intro", "show_if", "questions");

    private SectionReader() {
    }

    static List<Section> read(Node node, LoadContext context) {
        Optional<YamlMap> read = YamlMap.of(node, "a section", context.problems(), null);
        if (read.isEmpty()) {
            return List.of();
        }
        YamlMap map = read.get();
        String id = map.requiredText("id");
        if (id != null) {
            map.describedAs("section \"" + id + "\"", id);
            if (!Ids.checkSnake(id, "section id", map.node("id"), id, context.problems())) {
                id = null;
            }
        }
        checkKeys(map, context);
        String title = map.requiredText("title");
        String intro = map.text("intro").orElse(null);
        Condition showIf = ConditionReader.read(map, context);
        if (map.has("equality") && context.equalityAllowed()) {
            if (map.has("questions")) {
                context.problems().add(ErrorCode.SV035, map.keyNode("equality"), id, "Section \"" + id + "\" has "
                        + "both \"questions\" and \"equality\". Put the equality questions in a section of their own.");
            }
            return EqualityExpander.expand(map, id == null ? "" : id, title, intro, showIf, context);
        }
        List<Question> questions = new ArrayList<>();
        for (Node question : QuestionDetails.requiredList(map, "questions", "questions").orElse(List.of())) {
            QuestionReader.read(question, context).ifPresent(questions::add);
        }
        return List.of(new Section(id == null ? "" : id, title, intro, showIf, false, List.copyOf(questions),
                map.position()));
    }

    private static void checkKeys(YamlMap map, LoadContext context) {
        List<String> allowed = context.equalityAllowed() ? KEYS : TEMPLATE_KEYS;
        for (String key : map.keys()) {
            if (key.equals("weighting") && allowed.contains(key) && !map.has("equality")) {
                context.problems().add(ErrorCode.SV002, map.keyNode(key), map.owner(), "A section's \"weighting\" "
                        + "is only for equality sections (to weight their standard questions). Put weighting: on "
                        + "the question instead.");
            } else if (!allowed.contains(key)) {
                map.unknownKey(key, allowed);
            }
        }
    }
}
