package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one question: the keys every question has, then its type's keys ({@link QuestionDetails}). */
final class QuestionReader {

    static final List<String> COMMON_KEYS =
            List.of("id", "type", "text", "hint", "required", "show_if", "weighting", "prefer_not_to_say");
    static final Map<QuestionType, List<String>> TYPE_KEYS = new EnumMap<>(Map.of(
            QuestionType.SINGLE_CHOICE, List.of("choices"),
            QuestionType.MULTIPLE_CHOICE, List.of("choices", "max_selections"),
            QuestionType.SCALE, List.of("scale", "choices"),
            QuestionType.GRID, List.of("items", "scale", "choices"),
            QuestionType.RANKING, List.of("choices", "rank"),
            QuestionType.SHORT_TEXT, List.of("max_length"),
            QuestionType.LONG_TEXT, List.of("max_length"),
            QuestionType.WHOLE_NUMBER, List.of("min", "max"),
            QuestionType.DATE, List.of("earliest", "latest"),
            QuestionType.AREA, List.of("lookup", "mode")));
    private static final List<String> TYPE_NAMES =
            Arrays.stream(QuestionType.values()).map(QuestionType::yamlName).toList();

    private QuestionReader() {
    }

    /** The question, or empty when it has no usable id or type (its id is then noted as unreadable). */
    static Optional<Question> read(Node node, LoadContext context) {
        Optional<YamlMap> read = YamlMap.of(node, "a question", context.problems(), null);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        QuestionDraft q = new QuestionDraft();
        q.position = map.position();
        q.id = map.requiredText("id");
        if (q.id != null) {
            map.describedAs("question \"" + q.id + "\"", q.id);
            if (!Ids.checkSnake(q.id, "question id", map.node("id"), q.id, context.problems())) {
                q.id = null;
            }
        }
        q.type = readType(map, context);
        checkKeys(map, q.type);
        q.text = map.requiredText("text");
        q.hint = map.text("hint").orElse(null);
        q.required = map.bool("required", false);
        q.preferNotToSay = map.bool("prefer_not_to_say", false);
        q.showIf = ConditionReader.read(map, context);
        if (q.type != null) {
            QuestionDetails.read(map, q, context);
            preferNotToSay(map, q, context);
        }
        if (q.id == null || q.type == null) {
            if (q.id != null) {
                context.unreadableQuestion(q.id);
            }
            return Optional.empty();
        }
        Question question = q.build();
        if (map.has("weighting")) {
            q.weighting = WeightingMapReader.read(map.node("weighting"), question, map.owner(), context);
            question = q.build();
        }
        return Optional.of(question);
    }

    private static QuestionType readType(YamlMap map, LoadContext context) {
        String name = map.requiredText("type");
        if (name == null) {
            return null;
        }
        Optional<QuestionType> type = QuestionType.fromYamlName(name);
        if (type.isEmpty()) {
            context.problems().add(ErrorCode.SV007, map.node("type"), map.owner(), "\"" + name + "\" is not a "
                    + "question type." + Suggestions.didYouMean(name, TYPE_NAMES) + " Use one of: "
                    + String.join(", ", TYPE_NAMES) + ".");
        }
        return type.orElse(null);
    }

    private static void checkKeys(YamlMap map, QuestionType type) {
        Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
        Set<String> everyTypeKey = new LinkedHashSet<>();
        TYPE_KEYS.values().forEach(everyTypeKey::addAll);
        allowed.addAll(type == null ? everyTypeKey : TYPE_KEYS.get(type));
        for (String key : map.keys()) {
            if (allowed.contains(key)) {
                continue;
            }
            if (everyTypeKey.contains(key)) {
                List<String> usedBy = TYPE_KEYS.entrySet().stream().filter(e -> e.getValue().contains(key))
                        .map(e -> e.getKey().yamlName()).toList();
                map.problems().add(ErrorCode.SV034, map.keyNode(key), map.owner(), "\"" + key + "\" is not used "
                        + "by " + type.yamlName() + " questions (only by " + String.join(", ", usedBy)
                        + "). Remove it, or change the question's type.");
            } else {
                map.unknownKey(key, allowed);
            }
        }
    }

    /**
     * Single choice, multiple choice (as an exclusive choice) and scale questions get "Prefer not to say" as their
     * last choice; other types keep only the flag (a separate checkbox). A choice with the id prefer_not_to_say
     * written out counts as the flag, but must not be given as well as it, and on multiple choice is exclusive.
     */
    private static void preferNotToSay(YamlMap map, QuestionDraft q, LoadContext context) {
        Choice written = q.choices.stream().filter(c -> c.id().equals(Choice.PREFER_NOT_TO_SAY)).findFirst()
                .orElse(null);
        if (written != null) {
            if (q.preferNotToSay) {
                context.problems().add(ErrorCode.SV020, written.position(), q.id, "\"Prefer not to say\" is offered "
                        + "twice: by prefer_not_to_say: true and by this choice. Remove the choice (or the flag).");
            } else if (q.type == QuestionType.MULTIPLE_CHOICE && !written.exclusive()) {
                context.problems().add(ErrorCode.SV020, written.position(), q.id, "\"Prefer not to say\" cannot be "
                        + "ticked together with other answers. Add exclusive: true to this choice, or replace it "
                        + "with prefer_not_to_say: true on the question.");
            }
            q.preferNotToSay = q.preferNotToSay || q.type != QuestionType.GRID && q.type != QuestionType.RANKING;
            return;
        }
        if (q.preferNotToSay && q.type.offersPreferNotToSayAsChoice()) {
            List<Choice> choices = new ArrayList<>(q.choices);
            choices.add(Choice.preferNotToSay(q.type, Problems.position(map.keyNode("prefer_not_to_say"))));
            q.choices = List.copyOf(choices);
        }
    }
}
