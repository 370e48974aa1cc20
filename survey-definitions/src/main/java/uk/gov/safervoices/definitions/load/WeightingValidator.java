package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Ward;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that weighting can work: every variable has a question mapped to it, and every category of a variable
 * (each needs a population margin) can be reached by some answer; an area map's wards are the variable's categories.
 */
final class WeightingValidator {

    private WeightingValidator() {
    }

    static void check(Questionnaire questionnaire, LoadContext context) {
        for (LoadContext.Variable declared : context.variables().values()) {
            WeightingVariable variable = declared.variable();
            if (context.hasWeightingProblem(variable.id())) {
                continue;
            }
            List<Question> mapped = questionnaire.questionStream()
                    .filter(q -> q.weighting() != null && variable.id().equals(q.weighting().variable())).toList();
            if (mapped.isEmpty()) {
                context.problems().add(ErrorCode.SV029, variable.position(), variable.id(), "No question maps its "
                        + "answers to weighting variable \"" + variable.id() + "\". Add weighting: { variable: "
                        + variable.id() + ", ... } to the question that asks for it, or remove the variable.");
                continue;
            }
            Set<String> reached = new LinkedHashSet<>();
            boolean wardsMatch = true;
            for (Question question : mapped) {
                wardsMatch &= reach(question, variable, reached, context);
            }
            List<String> missing = new ArrayList<>(variable.categories());
            missing.removeAll(reached);
            if (wardsMatch && !missing.isEmpty()) {
                context.problems().add(ErrorCode.SV027, variable.position(), variable.id(), "No answer of "
                        + describe(mapped) + " counts in " + (missing.size() == 1 ? "category " : "categories ")
                        + quoted(missing) + " of weighting variable \"" + variable.id() + "\". Map an answer to "
                        + (missing.size() == 1 ? "it" : "each") + ", or remove "
                        + (missing.size() == 1 ? "the category" : "those categories")
                        + " (weighting needs every category to be reachable).");
            }
        }
    }

    /** Adds the categories the question's answers can reach; false after reporting an area map mismatch. */
    private static boolean reach(Question question, WeightingVariable variable, Set<String> reached,
                                 LoadContext context) {
        if (question.weighting().area()) {
            Optional<AreaLookup> lookup = context.library().lookup(question.lookup());
            if (lookup.isEmpty()) {
                return false;
            }
            List<String> wards = lookup.get().wards().stream().map(Ward::code).toList();
            reached.addAll(wards);
            List<String> notCategories = wards.stream().filter(w -> !variable.categories().contains(w)).toList();
            List<String> notWards = variable.categories().stream().filter(c -> !wards.contains(c)).toList();
            if (notCategories.isEmpty() && notWards.isEmpty()) {
                return true;
            }
            context.problems().add(ErrorCode.SV030, question.weighting().position(), question.id(), "Question \""
                    + question.id() + "\" gives wards of lookup \"" + lookup.get().id() + "\", but they do not match "
                    + "the categories of weighting variable \"" + variable.id() + "\"" + (notCategories.isEmpty() ? ""
                    : "; wards that are not categories: " + quoted(notCategories)) + (notWards.isEmpty() ? ""
                    : "; categories that are not wards: " + quoted(notWards)) + ". Give the variable "
                    + "from_lookup: " + lookup.get().id() + " instead of a list of categories.");
            return false;
        }
        reached.addAll(question.weighting().choices().values());
        long min = question.min() == null ? Long.MIN_VALUE : question.min();
        long max = question.max() == null ? Long.MAX_VALUE : question.max();
        for (AgeBand band : question.weighting().bands()) {
            long bandMax = band.max() == null ? Long.MAX_VALUE : band.max();
            if (band.min() <= max && min <= bandMax) {
                reached.add(band.category());
            }
        }
        return true;
    }

    private static String describe(List<Question> questions) {
        return (questions.size() == 1 ? "question " : "questions ")
                + quoted(questions.stream().map(Question::id).toList());
    }

    private static String quoted(List<String> values) {
        List<String> shown = values.size() > 10 ? values.subList(0, 10) : values;
        return "\"" + String.join("\", \"", shown) + "\"" + (values.size() > 10 ? " and "
                + (values.size() - 10) + " more" : "");
    }
}
