package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.AnalysisItem;
import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.IndependenceTest;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.TrendEstimate;
import uk.gov.safervoices.admin.analysis.core.Trends;
import uk.gov.safervoices.portal.chart.ProportionChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results page's model: per question, the weighted percentages with 95% confidence intervals (logit, as R's
 * svyciprop), unweighted counts and base, a chart, the change from an earlier wave, and the breakdown by a
 * variable with the Rao-Scott test. Small bases are flagged.
 */
final class ResultsPage {
    private static final double CONFIDENCE = 0.95;

    private ResultsPage() {
    }

    /** One row of a block: a category, or an option (its "chosen" estimate). */
    private record Row(String label, Estimate estimate, ProportionTable table, AnalysisResult.ItemResult result,
                       String category) {
    }

    static List<Map<String, Object>> blocks(AnalysisResult result, Optional<AnalysisResult> earlier,
                                            String earlierName, long minimumBase) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        int index = 0;
        for (ResultBlock block : ResultBlock.of(result.items())) {
            blocks.add(block(block, "q" + index++, result, earlier, earlierName, minimumBase));
        }
        return blocks;
    }

    private static Map<String, Object> block(ResultBlock block, String id, AnalysisResult result,
                                             Optional<AnalysisResult> earlier, String earlierName, long minimumBase) {
        List<Row> rows = rows(block);
        ProportionTable base = block.items().get(0).overall();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("title", block.title());
        model.put("smallBase", base.belowMinimumBase());
        model.put("base", String.format("Base: %,d who answered (%,.0f people when weighted)%s", base.base(),
                base.weightedBase(), base.belowMinimumBase() ? ". Fewer than " + minimumBase
                        + " answers: treat with caution; not published" : ""));
        List<Map<String, Object>> tableRows = new ArrayList<>();
        List<ProportionChart.Category> bars = new ArrayList<>();
        boolean comparing = false;
        for (Row row : rows) {
            Map<String, Object> cells = new LinkedHashMap<>();
            Estimate e = row.estimate();
            cells.put("label", row.label());
            cells.put("percent", Figures.percent(e.proportion()));
            cells.put("interval", Figures.interval(e.logit().lower(), e.logit().upper()));
            cells.put("count", Figures.whole(e.respondents()));
            ProportionChart.Category bar = new ProportionChart.Category(row.label(), e.proportion(),
                    e.logit().lower(), e.logit().upper(), row.table().belowMinimumBase());
            Optional<TrendEstimate> trend = earlier.flatMap(r -> trend(r, row));
            if (trend.isPresent()) {
                comparing = true;
                TrendEstimate t = trend.get();
                cells.put("earlier", t.inBothWaves() ? Figures.percent(t.earlier()) : "–");
                cells.put("change", Figures.percentPoints(t.difference()) + " points");
                cells.put("changeInterval", Figures.percentPoints(t.interval().lower()) + " to "
                        + Figures.percentPoints(t.interval().upper()));
                cells.put("significant", t.significant());
                Optional<Estimate> before = earlier.flatMap(r -> r.item(row.result().item().key()))
                        .flatMap(i -> i.overall().estimate(row.category()));
                if (before.isPresent()) {
                    bar = bar.withComparison(before.get().proportion(), before.get().logit().lower(),
                            before.get().logit().upper());
                }
            }
            bars.add(bar);
            tableRows.add(cells);
        }
        model.put("rows", tableRows);
        model.put("comparing", comparing);
        model.put("earlierName", earlierName);
        model.put("chart", new ProportionChart(id + "-chart", block.title(), bars, comparing ? "This consultation"
                : null, comparing ? earlierName : null).svg());
        if (result.breakdown() != null) {
            model.put("breakdown", breakdown(block, rows, result.breakdown()));
        }
        return model;
    }

    private static List<Row> rows(ResultBlock block) {
        List<Row> rows = new ArrayList<>();
        if (block.options()) {
            for (AnalysisResult.ItemResult option : block.items()) {
                option.overall().estimate(AnalysisItem.CHOSEN).ifPresent(e -> rows.add(new Row(
                        ResultBlock.optionLabel(option.item()), e, option.overall(), option, AnalysisItem.CHOSEN)));
            }
        } else {
            AnalysisResult.ItemResult only = block.items().get(0);
            for (Estimate e : only.overall().estimates()) {
                rows.add(new Row(only.item().label(e.category()), e, only.overall(), only, e.category()));
            }
        }
        return rows;
    }

    private static Optional<TrendEstimate> trend(AnalysisResult earlier, Row row) {
        return earlier.item(row.result().item().key()).flatMap(before -> Trends.compare(before.overall(),
                        row.result().overall(), CONFIDENCE).stream()
                .filter(t -> t.category().equals(row.category())).findFirst());
    }

    private static Map<String, Object> breakdown(ResultBlock block, List<Row> rows, AnalysisResult.Breakdown by) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("variable", by.label());
        List<Integer> shown = new ArrayList<>();
        List<ProportionTable> firstGroups = block.items().get(0).groups();
        for (int g = 0; g < firstGroups.size(); g++) {
            if (firstGroups.get(g).respondents() > 0) {
                shown.add(g);
            }
        }
        model.put("groups", shown.stream().map(g -> by.groupLabel(firstGroups.get(g).group())).toList());
        List<Map<String, Object>> tableRows = new ArrayList<>();
        for (Row row : rows) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int g : shown) {
                ProportionTable group = row.result().groups().get(g);
                Optional<Estimate> e = group.estimate(row.category());
                cells.add(Map.of("percent", e.map(x -> Figures.percent(x.proportion())).orElse("–"),
                        "interval", e.map(x -> Figures.interval(x.logit().lower(), x.logit().upper())).orElse(""),
                        "small", group.belowMinimumBase()));
            }
            Map<String, Object> tableRow = new LinkedHashMap<>();
            tableRow.put("label", row.label());
            tableRow.put("cells", cells);
            if (block.options()) {
                tableRow.put("test", testText(row.result().test(), by.label(), true));
            }
            tableRows.add(tableRow);
        }
        model.put("rows", tableRows);
        model.put("bases", shown.stream().map(firstGroups::get).map(g -> Map.of("base", Figures.whole(g.base()),
                "small", g.belowMinimumBase())).toList());
        model.put("anySmall", block.items().get(0).groups().stream().anyMatch(ProportionTable::belowMinimumBase));
        model.put("optionTests", block.options());
        if (!block.options()) {
            model.put("test", testText(block.items().get(0).test(), by.label(), false));
        }
        return model;
    }

    /** The Rao-Scott test in a sentence. */
    static String testText(Optional<IndependenceTest> test, String variable, boolean brief) {
        if (test.isEmpty()) {
            return brief ? "Not testable" : "Too few answers in the groups to test for a difference by "
                    + variable.toLowerCase() + ".";
        }
        IndependenceTest t = test.get();
        String figures = String.format(java.util.Locale.UK, "Rao-Scott F = %.2f on %.1f and %.0f degrees of"
                + " freedom, %s", t.raoScottF(), t.numeratorDegreesOfFreedom(), t.denominatorDegreesOfFreedom(),
                Figures.pValue(t.raoScottP()));
        if (brief) {
            return (t.significant(0.05) ? "Differs, " : "No clear difference, ") + Figures.pValue(t.raoScottP());
        }
        return t.significant(0.05)
                ? "The answers differ by " + variable.toLowerCase() + " (" + figures + ")."
                : "No evidence that the answers differ by " + variable.toLowerCase() + " (" + figures + ").";
    }
}
