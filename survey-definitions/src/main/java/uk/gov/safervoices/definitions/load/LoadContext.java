package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers of one questionnaire file share: the error list, the library, the named scales and weighting
 * variables read so far, where each condition was written, and which question ids could not be read (so a
 * condition naming one does not add a second, misleading error).
 */
final class LoadContext {

    /** A weighting variable and the lookup its categories came from (or null). */
    record Variable(WeightingVariable variable, String fromLookup) { }

    private final Problems problems;
    private final DefinitionLibrary library;
    private final boolean equalityAllowed;
    private final Map<String, List<Choice>> scales = new LinkedHashMap<>();
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    private final Map<Condition, Position> conditionPositions = new IdentityHashMap<>();
    private final Set<String> unreadableQuestions = new HashSet<>();
    private final Set<String> weightingProblems = new HashSet<>();

    LoadContext(Problems problems, DefinitionLibrary library, boolean equalityAllowed) {
        this.problems = problems;
        this.library = library;
        this.equalityAllowed = equalityAllowed;
    }

    Problems problems() {
        return problems;
    }

    DefinitionLibrary library() {
        return library;
    }

    /** False while reading the equality template itself. */
    boolean equalityAllowed() {
        return equalityAllowed;
    }

    Map<String, List<Choice>> scales() {
        return scales;
    }

    Map<String, Variable> variables() {
        return variables;
    }

    void conditionAt(Condition condition, Position position) {
        conditionPositions.put(condition, position);
    }

    Position positionOf(Condition condition) {
        return conditionPositions.getOrDefault(condition, Position.UNKNOWN);
    }

    void unreadableQuestion(String id) {
        unreadableQuestions.add(id);
    }

    boolean isUnreadableQuestion(String id) {
        return unreadableQuestions.contains(id);
    }

    /** Notes that a variable's declaration or a map to it had an error, so later checks leave it alone. */
    void weightingProblem(String variableId) {
        weightingProblems.add(variableId);
    }

    boolean hasWeightingProblem(String variableId) {
        return weightingProblems.contains(variableId);
    }
}
