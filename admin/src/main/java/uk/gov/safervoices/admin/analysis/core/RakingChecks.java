package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks made before raking, each adding plain-English {@link WeightingProblem}s. */
final class RakingChecks {

    private RakingChecks() {
    }

    static void checkStructure(List<String> variables, List<Margin> margins) {
        List<WeightingProblem> problems = new ArrayList<>();
        Map<String, Margin> byVariable = new LinkedHashMap<>();
        for (Margin margin : margins) {
            if (!variables.contains(margin.variable())) {
                problems.add(new WeightingProblem(WeightingProblem.Code.UNKNOWN_VARIABLE, margin.variable(), null,
                        "The margins name '" + margin.variable() + "', which is not a weighting variable of these "
                                + "responses (they have " + String.join(", ", variables) + ")."));
            }
            if (byVariable.put(margin.variable(), margin) != null) {
                problems.add(new WeightingProblem(WeightingProblem.Code.DUPLICATE_MARGIN, margin.variable(), null,
                        "Two margins were given for '" + margin.variable() + "'; give each variable's margin once."));
            }
            Map<String, Boolean> seen = new HashMap<>();
            for (MarginCategory category : margin.categories()) {
                if (seen.put(category.category(), true) != null) {
                    problems.add(new WeightingProblem(WeightingProblem.Code.DUPLICATE_CATEGORY, margin.variable(),
                            category.category(), "Category '" + category.category() + "' appears twice in the margins for '"
                            + margin.variable() + "'; give each category's population once."));
                }
                double population = category.population();
                if (!(population >= 0) || Double.isInfinite(population)) {
                    problems.add(new WeightingProblem(WeightingProblem.Code.INVALID_POPULATION, margin.variable(),
                            category.category(), "The population of '" + category.category() + "' in the margins for '"
                            + margin.variable() + "' is " + population + "; it must be a number of people, 0 or more."));
                }
            }
        }
        for (String variable : variables) {
            if (!byVariable.containsKey(variable)) {
                problems.add(new WeightingProblem(WeightingProblem.Code.NO_MARGIN, variable, null,
                        "No population margin was given for the weighting variable '" + variable
                                + "'; add its margin or leave it out of the weighting cells."));
            }
        }
        if (!problems.isEmpty()) {
            throw new WeightingException(problems);
        }
    }

    static long keepComplete(List<String> variables, List<WeightingCell> cells, RakingOptions options,
                                     List<Integer> kept, List<WeightingProblem> problems, List<String> notes) {
        long[] blanks = new long[variables.size()];
        long incomplete = 0;
        for (int c = 0; c < cells.size(); c++) {
            WeightingCell cell = cells.get(c);
            if (cell.complete()) {
                if (cell.respondents() > 0) {
                    kept.add(c);
                }
                continue;
            }
            incomplete += cell.respondents();
            for (int v = 0; v < variables.size(); v++) {
                if (cell.categories().get(v) == null) {
                    blanks[v] += cell.respondents();
                }
            }
        }
        if (incomplete == 0) {
            return 0;
        }
        List<String> perVariable = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            if (blanks[v] > 0) {
                perVariable.add(variables.get(v) + ": " + String.format(java.util.Locale.UK, "%,d", blanks[v]));
            }
        }
        String who = Format.count(incomplete, "respondent", "respondents") + " left one or more weighting variables blank ("
                + String.join(", ", perVariable) + ")";
        if (options.missingAnswers() == RakingOptions.MissingAnswers.REFUSE) {
            problems.add(new WeightingProblem(WeightingProblem.Code.MISSING_WEIGHTING_ANSWERS, null, null, who
                    + ". Weighting needs every weighting answer: fill them in, or choose to drop these respondents "
                    + "(they will be reported)."));
        } else {
            notes.add(who + " and were left out of the weighting and of every weighted estimate.");
        }
        return incomplete;
    }

    static void checkCategories(Margin margin, long[] sampleCounts, Map<String, Long> unlisted,
                                        List<WeightingProblem> problems) {
        String variable = margin.variable();
        List<MarginCategory> categories = margin.categories();
        unlisted.forEach((category, count) -> problems.add(new WeightingProblem(
                WeightingProblem.Code.CATEGORY_NOT_IN_MARGIN, variable, category,
                Format.count(count, "respondent is", "respondents are") + " in category '" + category + "' of '"
                        + variable + "', which the margins for '" + variable + "' do not list (they list "
                        + String.join(", ", categories.stream().map(MarginCategory::category).toList())
                        + "). Add its population to the margins, or recode these respondents to a listed category.")));
        for (int k = 0; k < categories.size(); k++) {
            MarginCategory category = categories.get(k);
            if (sampleCounts[k] == 0 && category.population() > 0) {
                String neighbour = k > 0 ? categories.get(k - 1).category()
                        : categories.size() > 1 ? categories.get(1).category() : null;
                problems.add(new WeightingProblem(WeightingProblem.Code.EMPTY_MARGIN_CATEGORY, variable,
                        category.category(), "No respondents are in category '" + category.category() + "' of '"
                        + variable + "' (population " + Format.people(category.population()) + "), so no one can "
                        + "carry its weight. Collapse it with another category of '" + variable + "'"
                        + (neighbour == null ? "" : " (for example '" + neighbour + "')")
                        + " in both the margins and the responses, and weight again."));
            } else if (sampleCounts[k] > 0 && category.population() == 0) {
                problems.add(new WeightingProblem(WeightingProblem.Code.ZERO_POPULATION, variable, category.category(),
                        Format.count(sampleCounts[k], "respondent is", "respondents are") + " in category '"
                                + category.category() + "' of '" + variable + "', whose population in the margins is 0. "
                                + "Check the margins, or recode these respondents."));
            }
        }
    }

    static List<Margin> checkTotals(List<Margin> margins, RakingOptions options,
                                            List<WeightingProblem> problems, List<String> notes) {
        Margin first = margins.get(0);
        double reference = first.total();
        if (!(reference > 0)) {
            problems.add(new WeightingProblem(WeightingProblem.Code.INVALID_POPULATION, first.variable(), null,
                    "The margins for '" + first.variable() + "' add up to " + Format.people(reference)
                            + "; a population must have people in it."));
            return margins;
        }
        List<Margin> targets = new ArrayList<>(margins.size());
        targets.add(first);
        for (Margin margin : margins.subList(1, margins.size())) {
            double total = margin.total();
            double difference = total - reference;
            if (Math.abs(difference) <= options.tolerance() * reference) {
                targets.add(margin);
            } else if (options.marginTotals() == RakingOptions.MarginTotals.REFUSE) {
                problems.add(new WeightingProblem(WeightingProblem.Code.MARGIN_TOTALS_DIFFER, margin.variable(), null,
                        "The margins disagree on the population: '" + first.variable() + "' adds up to "
                                + Format.people(reference) + " but '" + margin.variable() + "' to "
                                + Format.people(total) + " (" + Format.people(Math.abs(difference))
                                + (difference > 0 ? " more" : " fewer") + "). No weights can meet both. Correct the "
                                + "margins, or ask for every margin to be rescaled to the total of '"
                                + first.variable() + "'."));
                targets.add(margin);
            } else {
                double factor = reference / total;
                notes.add("The margins for '" + margin.variable() + "' added up to " + Format.people(total)
                        + ", not " + Format.people(reference) + " as for '" + first.variable()
                        + "': they were scaled by " + Format.number(factor) + " to match, as asked.");
                targets.add(margin.scaled(factor));
            }
        }
        return targets;
    }
}
