package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The weighting scheme form: the values posted (kept as typed, to show again), checked against the margin sets and
 * turned into {@link WeightingSchemes.Settings}. Pure: no Micronaut, no database; whether a name is taken is asked
 * of the caller.
 *
 * <p>Merged categories are one merge a line, {@code variable: category + category [+ category...] = merged}, e.g.
 * {@code ward: E05099004 + E05099005 = E05099004}. The {@code +} between categories needs a space either side, so a
 * category may itself end in a plus ({@code age_band: 65-74 + 75+ = 65+}).
 */
final class SchemeForm {
    static final String DEFAULT_MINIMUM_BASE = "30";
    static final String MERGE_EXAMPLE = "ward: E05099004 + E05099005 = E05099004";
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CATEGORY_LENGTH = 100;
    private static final int MAX_MERGED_LENGTH = 1000;
    private static final int MAX_MINIMUM_BASE = 1_000_000;
    private static final Pattern PLUS = Pattern.compile("\\s+\\+\\s+");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");

    private SchemeForm() {
    }

    /** The form's values as typed (or as stored, for a scheme being changed). */
    record Values(String name, String marginSet, List<String> variables, String missingAnswers,
                  boolean rescaleTotals, String trimLower, String trimUpper, String minimumBase, String merges) {
        Values {
            variables = List.copyOf(variables);
        }

        /** A new scheme's form: nothing chosen, the default minimum base. */
        static Values blank() {
            return new Values("", "", List.of(), "", false, "", "", DEFAULT_MINIMUM_BASE, "");
        }

        static Values posted(Map<String, List<String>> fields) {
            List<String> variables = new ArrayList<>(new LinkedHashSet<>(fields.getOrDefault("variables", List.of())));
            return new Values(text(fields, "name"), text(fields, "marginSet"), variables,
                    text(fields, "missingAnswers"), fields.getOrDefault("rescaleTotals", List.of()).contains("yes"),
                    text(fields, "trimLower"), text(fields, "trimUpper"), text(fields, "minimumBase"),
                    text(fields, "merges"));
        }

        static Values of(WeightingScheme scheme) {
            return new Values(scheme.name(), Long.toString(scheme.marginSetId()), scheme.variables(),
                    scheme.missingAnswers().name(), scheme.rescaleTotals(), number(scheme.trimLower()),
                    number(scheme.trimUpper()), Integer.toString(scheme.minimumBase()), mergesText(scheme.collapses()));
        }

        private static String text(Map<String, List<String>> fields, String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
        }
    }

    /**
     * The outcome: problems by field id (the error summary links to them, in the form's order), or the settings to
     * save.
     */
    record Checked(Values values, Map<String, String> problems, Optional<WeightingSchemes.Settings> settings) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks the values.
     *
     * @param sets      every margin set (the one chosen must be among them)
     * @param nameTaken whether another scheme already has a name
     */
    static Checked check(Values values, List<MarginSet> sets, Predicate<String> nameTaken) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (values.name().isEmpty()) {
            problems.put("name", "Enter a name for the weighting scheme");
        } else if (values.name().length() > MAX_NAME_LENGTH) {
            problems.put("name", "The name must be " + MAX_NAME_LENGTH + " characters or fewer");
        } else if (nameTaken.test(values.name())) {
            problems.put("name", "Another weighting scheme is called " + values.name() + ": choose another name");
        }
        Optional<MarginSet> set = sets.stream().filter(s -> Long.toString(s.id()).equals(values.marginSet()))
                .findFirst();
        if (set.isEmpty()) {
            problems.put("marginSet", sets.isEmpty() ? "Upload population margins first"
                    : "Select the population margins to weight to");
        }
        if (values.variables().isEmpty()) {
            problems.put("variables", "Select at least one variable to weight to");
        } else if (set.isPresent()) {
            List<String> missing = values.variables().stream().filter(v -> set.get().margin(v).isEmpty()).toList();
            if (!missing.isEmpty()) {
                problems.put("variables", "The margins " + set.get().name() + " have no figures for "
                        + String.join(" or ", missing) + ": untick " + (missing.size() == 1 ? "it" : "them")
                        + " or choose other margins");
            }
        }
        Optional<RakingOptions.MissingAnswers> missingAnswers = missingAnswers(values.missingAnswers());
        if (missingAnswers.isEmpty()) {
            problems.put("missingAnswers", "Select what to do with respondents who left a weighting question blank");
        }
        Double lower = null;
        Double upper = null;
        if (!values.trimLower().isEmpty()) {
            lower = decimal(values.trimLower());
            if (lower == null) {
                problems.put("trimLower", "Enter the lowest weight as a number, like 0.3");
            } else if (lower < 0 || lower >= 1) {
                problems.put("trimLower", "The lowest weight must be 0 or more and less than 1 (the mean weight), "
                        + "like 0.3");
            }
        }
        if (!values.trimUpper().isEmpty()) {
            upper = decimal(values.trimUpper());
            if (upper == null) {
                problems.put("trimUpper", "Enter the highest weight as a number, like 3");
            } else if (upper <= 1) {
                problems.put("trimUpper", "The highest weight must be more than 1 (the mean weight), like 3");
            }
        } else if (!values.trimLower().isEmpty()) {
            problems.put("trimUpper", "Enter the highest weight too, or leave both blank for no trimming");
        }
        Integer minimumBase = wholeNumber(values.minimumBase());
        if (values.minimumBase().isEmpty()) {
            problems.put("minimumBase", "Enter the minimum base, a whole number like " + DEFAULT_MINIMUM_BASE);
        } else if (minimumBase == null || minimumBase < 1) {
            problems.put("minimumBase", "The minimum base must be a whole number, 1 or more, like "
                    + DEFAULT_MINIMUM_BASE);
        }
        List<CategoryCollapse> collapses = new ArrayList<>();
        merges(values.merges(), values.variables(), set, collapses).ifPresent(p -> problems.put("merges", p));
        if (!problems.isEmpty()) {
            return new Checked(values, problems, Optional.empty());
        }
        return new Checked(values, problems, Optional.of(new WeightingSchemes.Settings(values.name(), set.get().id(),
                values.variables(), missingAnswers.get(), values.rescaleTotals(), lower, upper, minimumBase,
                collapses)));
    }

    /**
     * Reads the merges into {@code collapses}; answers the first problem, naming its line.
     */
    static Optional<String> merges(String text, List<String> variables, Optional<MarginSet> set,
                                   List<CategoryCollapse> collapses) {
        String[] lines = text.split("\\R", -1);
        Map<String, Integer> mergedOn = new HashMap<>();
        Map<String, Integer> intoOn = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String at = "Line " + (i + 1) + " of the merged categories: ";
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=', Math.max(colon, 0));
            if (colon < 0 || equals < 0) {
                return Optional.of(at + "write each merge as variable: category + category = merged category, "
                        + "for example " + MERGE_EXAMPLE);
            }
            String variable = line.substring(0, colon).strip();
            String into = line.substring(equals + 1).strip();
            List<String> categories = new ArrayList<>();
            for (String category : PLUS.split(line.substring(colon + 1, equals).strip(), -1)) {
                categories.add(category.strip());
            }
            if (!variables.contains(variable)) {
                return Optional.of(at + (variable.isEmpty() ? "start with the variable, for example ward:"
                        : variable + " is not one of the variables to weight to"));
            }
            if (categories.size() < 2 || categories.stream().anyMatch(String::isEmpty)) {
                return Optional.of(at + "name at least two categories to merge, with a space either side of each +");
            }
            if (into.isEmpty()) {
                return Optional.of(at + "after = give the name of the merged category");
            }
            if (into.length() > MAX_CATEGORY_LENGTH || categories.stream().anyMatch(c -> c.length() > MAX_CATEGORY_LENGTH)) {
                return Optional.of(at + "a category can be at most " + MAX_CATEGORY_LENGTH + " characters");
            }
            if (String.join("\n", categories).length() > MAX_MERGED_LENGTH) {
                return Optional.of(at + "too many categories in one merge");
            }
            Set<String> distinct = new LinkedHashSet<>(categories);
            if (distinct.size() < categories.size()) {
                return Optional.of(at + "a category is listed twice");
            }
            Optional<Margin> margin = set.flatMap(s -> s.margin(variable));
            for (String category : categories) {
                if (margin.isPresent() && margin.get().population(category).isEmpty()) {
                    return Optional.of(at + "the margins " + set.get().name() + " have no " + variable + " category "
                            + category);
                }
                Integer earlier = mergedOn.putIfAbsent(variable + "\n" + category, i + 1);
                if (earlier != null) {
                    return Optional.of(at + category + " is already merged on line " + earlier);
                }
            }
            Integer earlier = intoOn.putIfAbsent(variable + "\n" + into, i + 1);
            if (earlier != null) {
                return Optional.of(at + "line " + earlier + " already merges " + variable + " categories into "
                        + into);
            }
            collapses.add(new CategoryCollapse(variable, distinct, into));
        }
        return Optional.empty();
    }

    /** Merges as the form shows them, one a line, categories in alphabetical order. */
    static String mergesText(List<CategoryCollapse> collapses) {
        StringBuilder text = new StringBuilder();
        for (CategoryCollapse collapse : collapses) {
            text.append(text.isEmpty() ? "" : "\n").append(collapse.variable()).append(": ")
                    .append(String.join(" + ", collapse.categories().stream().sorted().toList()))
                    .append(" = ").append(collapse.into());
        }
        return text.toString();
    }

    private static Optional<RakingOptions.MissingAnswers> missingAnswers(String value) {
        for (RakingOptions.MissingAnswers choice : RakingOptions.MissingAnswers.values()) {
            if (choice.name().equals(value)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    private static Double decimal(String text) {
        return NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
    }

    private static Integer wholeNumber(String text) {
        if (!text.matches("\\d{1,7}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value > MAX_MINIMUM_BASE ? null : value;
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
