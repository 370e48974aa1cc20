package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.analysis.BreakdownOption;
import uk.gov.safervoices.admin.analysis.core.AchievedMargin;
import uk.gov.safervoices.admin.analysis.core.WeightDiagnostics;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.WeightingMap;
import uk.gov.safervoices.portal.chart.DistributionChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The weighting diagnostics page's model: achieved against target margins, the weights' spread, warnings. */
final class WeightingPage {
    private static final int BINS = 20;

    private WeightingPage() {
    }

    static void fill(Map<String, Object> model, AnalysisResult result, AnalysisSelection selection) {
        WeightingScheme scheme = selection.scheme();
        model.put("respondents", Figures.whole(result.respondents()));
        if (!result.weighted()) {
            model.put("problems", result.problems().stream().map(WeightingProblem::message).toList());
            return;
        }
        WeightedDesign design = result.design();
        WeightDiagnostics weights = result.diagnostics();
        List<AchievedMargin> achieved = result.trimming() != null ? result.trimming().margins()
                : result.raking().margins();
        model.put("iterations", result.raking().iterations());
        model.put("weighted", Figures.whole(design.respondents()));
        model.put("dropped", result.raking().droppedRespondents() == 0 ? null
                : Figures.whole(result.raking().droppedRespondents()));
        model.put("notes", result.raking().notes());
        model.put("margins", margins(achieved, design, selection.breakdowns()));
        model.put("maxMarginError", Figures.decimal(result.trimming() != null ? result.trimming().maxMarginError()
                : result.raking().maxMarginError(), 6));
        List<Map<String, String>> stats = new ArrayList<>();
        stats.add(stat("Smallest weight", Figures.decimal(weights.min(), 2)));
        stats.add(stat("Largest weight", Figures.decimal(weights.max(), 2)));
        stats.add(stat("Mean weight (people per respondent)", Figures.decimal(weights.mean(), 2)));
        stats.add(stat("Coefficient of variation", Figures.decimal(weights.coefficientOfVariation(), 3)));
        stats.add(stat("Effective sample size (Kish)", Figures.whole(weights.effectiveSampleSize())));
        stats.add(stat("Design effect from weighting (Kish)", Figures.decimal(weights.designEffect(), 2)));
        if (result.trimming() != null) {
            stats.add(stat("Trimmed to", Figures.decimal(result.trimming().lowerBound(), 2) + " to "
                    + Figures.decimal(result.trimming().upperBound(), 2) + " (" + result.trimming().atLowerBound()
                    + " at the lower bound, " + result.trimming().atUpperBound() + " at the upper)"));
        }
        model.put("stats", stats);
        model.put("warnings", warnings(result, scheme));
        List<DistributionChart.ValueCount> values = new ArrayList<>();
        for (int c = 0; c < design.size(); c++) {
            values.add(new DistributionChart.ValueCount(design.weight(c), design.respondents(c)));
        }
        List<DistributionChart.ReferenceLine> lines = new ArrayList<>();
        lines.add(new DistributionChart.ReferenceLine(weights.mean(), "Mean"));
        if (result.trimming() != null) {
            lines.add(new DistributionChart.ReferenceLine(result.trimming().lowerBound(), "Lower bound"));
            lines.add(new DistributionChart.ReferenceLine(result.trimming().upperBound(), "Upper bound"));
        }
        model.put("distribution", new DistributionChart("weights", "How many respondents carry each weight",
                "Weight (people each respondent stands for)", "Respondents", DistributionChart.bin(values, BINS),
                lines).svg());
    }

    private static List<Map<String, Object>> margins(List<AchievedMargin> achieved, WeightedDesign design,
                                                     List<BreakdownOption> options) {
        Map<String, List<Map<String, String>>> byVariable = new LinkedHashMap<>();
        for (AchievedMargin margin : achieved) {
            int v = design.variables().indexOf(margin.variable());
            long respondents = 0;
            for (int c = 0; c < design.size(); c++) {
                if (margin.category().equals(design.cells().get(c).categories().get(v))) {
                    respondents += design.respondents(c);
                }
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("category", label(options, margin.variable(), margin.category()));
            row.put("respondents", Figures.whole(respondents));
            row.put("sampleShare", Figures.percent((double) respondents / design.respondents()));
            row.put("target", Figures.whole(margin.target()));
            row.put("populationShare", Figures.percent(margin.target() / design.total()));
            row.put("achieved", Figures.whole(margin.achieved()));
            row.put("difference", Figures.decimal(margin.error(), 4));
            byVariable.computeIfAbsent(margin.variable(), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        byVariable.forEach((variable, rows) -> tables.add(Map.of("variable", variableLabel(options, variable),
                "rows", rows)));
        return tables;
    }

    /** Plain-English warnings an analyst should read before using the figures. */
    static List<String> warnings(AnalysisResult result, WeightingScheme scheme) {
        List<String> warnings = new ArrayList<>();
        WeightDiagnostics weights = result.diagnostics();
        // Respondents left out for a blank weighting answer: the raking's own note says so, with the count per variable.
        if (weights.effectiveSampleSize() < 0.5 * weights.respondents()) {
            warnings.add(String.format("The weights are very uneven: %,d responses carry as much information as a"
                    + " simple random sample of %,.0f. Confidence intervals are wide; consider merging small"
                    + " categories or trimming.", weights.respondents(), weights.effectiveSampleSize()));
        }
        if (weights.max() > 5 * weights.mean()) {
            warnings.add(String.format("Some respondents stand for more than five times the average (the largest"
                    + " weight is %.1f times the mean): a few people's answers move the results a lot.",
                    weights.max() / weights.mean()));
        }
        WeightedDesign design = result.design();
        for (int v = 0; v < design.variables().size(); v++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int c = 0; c < design.size(); c++) {
                counts.merge(design.cells().get(c).categories().get(v), design.respondents(c), Long::sum);
            }
            String variable = design.variables().get(v);
            counts.forEach((category, n) -> {
                if (n < scheme.minimumBase()) {
                    warnings.add(String.format("Only %d respondents in %s \"%s\": their weights rest on few people."
                            + " Consider merging it with a similar category.", n, variable, category));
                }
            });
        }
        warnings.addAll(result.raking().notes());
        return warnings;
    }

    /** Where each of the scheme's variables comes from: the question and how its answers become categories. */
    static List<Map<String, String>> sources(Questionnaire definition, WeightingScheme scheme) {
        List<Map<String, String>> sources = new ArrayList<>();
        for (String variable : scheme.variables()) {
            Optional<Question> question = definition.questionStream()
                    .filter(q -> q.weighting() != null && q.weighting().variable().equals(variable)).findFirst();
            String how = question.map(q -> describe(q.weighting())).orElse("No question is mapped to it");
            sources.add(Map.of("variable", variable, "question", question.map(Question::text).orElse("–"),
                    "how", how));
        }
        return sources;
    }

    private static String describe(WeightingMap map) {
        if (map.area()) {
            return "The ward of the area given (a postcode is looked up, a ward is taken as chosen)";
        }
        if (!map.bands().isEmpty()) {
            return "Age in years, in bands: " + String.join("; ", map.bands().stream().map(b -> (b.max() == null
                    ? b.min() + " and over" : b.min() + " to " + b.max()) + " → " + b.category()).toList());
        }
        return String.join("; ", map.choices().entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                .toList()) + "; other answers count as blank";
    }

    private static Map<String, String> stat(String name, String value) {
        return Map.of("name", name, "value", value);
    }

    static String label(List<BreakdownOption> options, String variable, String category) {
        return options.stream().filter(o -> o.variable().equals(variable)).findFirst().map(o -> {
            int i = o.groups().indexOf(category);
            return i < 0 ? category : o.groupLabels().get(i);
        }).orElse(category);
    }

    static String variableLabel(List<BreakdownOption> options, String variable) {
        return options.stream().filter(o -> o.variable().equals(variable)).findFirst().map(BreakdownOption::label)
                .orElse(variable);
    }
}
