package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a question's {@code weighting:} map: which category of a weighting variable each answer counts in. */
final class WeightingMapReader {

    private static final List<String> KEYS = List.of("variable", "choices", "bands", "area");

    private WeightingMapReader() {
    }

    /**
     * The map, or null when it cannot be used (the errors are recorded, and the variable is noted as having a
     * problem so that the checks of the whole questionnaire do not add "no question maps to it").
     */
    static WeightingMap read(Node node, Question question, String owner, LoadContext context) {
        int errorsBefore = context.problems().count();
        WeightingMap map = readMap(node, question, owner, context);
        if (context.problems().count() > errorsBefore) {
            Values.entry(node, "variable").ifPresent(context::weightingProblem);
        }
        return map;
    }

    private static WeightingMap readMap(Node node, Question question, String owner, LoadContext context) {
        Optional<YamlMap> read = YamlMap.of(node, "the weighting of question \"" + question.id() + "\"",
                context.problems(), owner);
        if (read.isEmpty()) {
            return null;
        }
        YamlMap map = read.get();
        map.allowOnly(KEYS);
        String variableId = map.requiredText("variable");
        LoadContext.Variable variable = variableId == null ? null : context.variables().get(variableId);
        if (variableId != null && variable == null) {
            context.problems().add(ErrorCode.SV028, map.node("variable"), owner, "There is no weighting variable \""
                    + variableId + "\"." + Suggestions.didYouMean(variableId, context.variables().keySet())
                    + " Declare it under weighting: at the top of the file, with its categories.");
        }
        List<String> forms = KEYS.subList(1, KEYS.size()).stream().filter(map::has).toList();
        if (forms.isEmpty()) {
            context.problems().add(ErrorCode.SV004, map.node(), owner, "The weighting of question \"" + question.id()
                    + "\" does not say how answers become categories. Add choices: (single_choice, scale), bands: "
                    + "(whole_number) or area: true (area).");
            return null;
        }
        if (forms.size() > 1) {
            context.problems().add(ErrorCode.SV035, map.keyNode(forms.get(1)), owner, "The weighting of question \""
                    + question.id() + "\" has " + String.join(" and ", forms) + ". Give only one of them.");
            return null;
        }
        String form = forms.get(0);
        if (!fits(form, question.type())) {
            context.problems().add(ErrorCode.SV033, map.keyNode(form), owner, misfit(form, question));
            return null;
        }
        List<String> categories = variable == null ? null : variable.variable().categories();
        return switch (form) {
            case "choices" -> new WeightingMap(variableId, choices(map, question, categories, context), List.of(),
                    false, map.position());
            case "bands" -> new WeightingMap(variableId, Map.of(), BandReader.read(map, categories, context), false,
                    map.position());
            default -> area(map, variableId, owner, context);
        };
    }

    private static boolean fits(String form, QuestionType type) {
        return switch (form) {
            case "choices" -> type == QuestionType.SINGLE_CHOICE || type == QuestionType.SCALE;
            case "bands" -> type == QuestionType.WHOLE_NUMBER;
            default -> type == QuestionType.AREA;
        };
    }

    private static String misfit(String form, Question question) {
        String type = question.type().yamlName();
        String use = switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> " Use choices: { choice_id: category, ... } instead.";
            case WHOLE_NUMBER -> " Use bands: [ { min: 16, max: 24, category: \"16-24\" }, ... ] instead.";
            case AREA -> " Use area: true instead.";
            default -> " Only single_choice, scale, whole_number and area questions can be weighted (one answer "
                    + "gives one category). Remove weighting from this question.";
        };
        return "Weighting by " + form + " does not fit question \"" + question.id() + "\", which is a " + type
                + " question." + use;
    }

    private static Map<String, String> choices(YamlMap map, Question question, List<String> categories,
                                               LoadContext context) {
        Map<String, String> result = new LinkedHashMap<>();
        Optional<YamlMap> choices = map.map("choices", "the weighting choices of question \"" + question.id() + "\"");
        if (choices.isEmpty()) {
            return result;
        }
        List<String> choiceIds = question.choices().stream().map(Choice::id).toList();
        for (NodeTuple tuple : choices.get().node().getValue()) {
            Optional<String> choice = Values.scalar(tuple.getKeyNode());
            Optional<String> category = Values.scalar(tuple.getValueNode());
            if (choice.isEmpty() || category.isEmpty()) {
                context.problems().add(ErrorCode.SV005, tuple.getKeyNode(), map.owner(), "Each line under choices: "
                        + "should be a choice id and a category, like female: female.");
                continue;
            }
            if (!choiceIds.contains(choice.get())) {
                context.problems().add(ErrorCode.SV028, tuple.getKeyNode(), map.owner(), "\"" + choice.get()
                        + "\" is not a choice of question \"" + question.id() + "\"."
                        + Suggestions.didYouMean(choice.get(), choiceIds) + " Map the question's choice ids: "
                        + String.join(", ", choiceIds) + ".");
                continue;
            }
            if (categories != null && !categories.contains(category.get())) {
                context.problems().add(ErrorCode.SV028, tuple.getValueNode(), map.owner(), unknownCategory(
                        category.get(), map.text("variable").orElse(""), categories));
                continue;
            }
            result.put(choice.get(), category.get());
        }
        return result;
    }

    static String unknownCategory(String category, String variable, List<String> categories) {
        return "\"" + category + "\" is not a category of weighting variable \"" + variable + "\"."
                + Suggestions.didYouMean(category, categories) + " Its categories are: "
                + String.join(", ", categories) + ".";
    }

    private static WeightingMap area(YamlMap map, String variableId, String owner, LoadContext context) {
        if (!map.bool("area", true)) {
            context.problems().add(ErrorCode.SV033, map.node("area"), owner, "area: false does not weight "
                    + "anything. Write area: true to use the ward as the category, or remove weighting.");
            return null;
        }
        return new WeightingMap(variableId, Map.of(), List.of(), true, map.position());
    }
}
