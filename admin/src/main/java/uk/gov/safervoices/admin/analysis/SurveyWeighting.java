package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.Raking;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.Trimming;
import uk.gov.safervoices.admin.analysis.core.TrimmingOptions;
import uk.gov.safervoices.admin.analysis.core.TrimmingResult;
import uk.gov.safervoices.admin.analysis.core.WeightingCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCells;
import uk.gov.safervoices.admin.analysis.core.WeightingException;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weights counted responses by a scheme: weighting cells from the key columns, the scheme's merges applied to
 * cells and margins alike, raking, then trimming (re-raking after each trim, so the margins still hold).
 */
final class SurveyWeighting {

    private SurveyWeighting() {
    }

    /** The weighted design, or the problems that stopped it. */
    record Weighted(RakingResult raking, TrimmingResult trimming, List<WeightingProblem> problems) {
    }

    static Weighted weight(RawCells cells, WeightingScheme scheme, MarginSet margins) {
        List<WeightingProblem> problems = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        List<Margin> targets = new ArrayList<>();
        for (String variable : scheme.variables()) {
            int column = columnOf(cells, variable);
            if (column < 0) {
                problems.add(new WeightingProblem(WeightingProblem.Code.UNKNOWN_VARIABLE, variable, null,
                        "No question of this questionnaire is mapped to the weighting variable \"" + variable
                                + "\". Map one in the questionnaire, or leave " + variable + " out of the scheme."));
            }
            Optional<Margin> margin = margins.margin(variable);
            if (margin.isEmpty()) {
                problems.add(new WeightingProblem(WeightingProblem.Code.NO_MARGIN, variable, null,
                        "The margins \"" + margins.name() + "\" have no populations for \"" + variable
                                + "\". Upload them, or leave " + variable + " out of the scheme."));
            }
            columns.add(column);
            margin.ifPresent(m -> targets.add(collapse(m, scheme.collapses())));
        }
        if (!problems.isEmpty()) {
            return new Weighted(null, null, problems);
        }
        WeightingCells sample = new WeightingCells(scheme.variables(), weightingCells(cells, columns, scheme));
        try {
            RakingResult raking = Raking.rake(sample, targets, scheme.rakingOptions()).requireConverged();
            if (!scheme.trims()) {
                return new Weighted(raking, null, List.of());
            }
            TrimmingOptions trim = TrimmingOptions.between(scheme.trimLower() == null ? 0 : scheme.trimLower(),
                    scheme.trimUpper()).withReRaking(raking.targets(), scheme.rakingOptions());
            TrimmingResult trimming = Trimming.trim(raking.design(), trim).requireConverged();
            return new Weighted(raking, trimming, List.of());
        } catch (WeightingException e) {
            return new Weighted(null, null, e.problems());
        }
    }

    /** The scheme's margins, merged as the scheme says (every variable must have margins: see {@link #weight}). */
    static List<Margin> targets(WeightingScheme scheme, MarginSet margins) {
        return scheme.variables().stream().map(v -> collapse(margins.margin(v).orElseThrow(), scheme.collapses()))
                .toList();
    }

    /** The design's categories of a key: each weighting column's category, merged as the scheme says. */
    static List<String> designCategories(List<String> key, RawCells cells, List<Integer> columns,
                                         WeightingScheme scheme) {
        List<String> categories = new ArrayList<>(columns.size());
        for (int v = 0; v < columns.size(); v++) {
            int column = columns.get(v);
            String category = cells.columns().get(column).category(key.get(column));
            for (CategoryCollapse collapse : scheme.collapses()) {
                if (collapse.variable().equals(scheme.variables().get(v))) {
                    category = collapse.apply(category);
                }
            }
            categories.add(category);
        }
        return categories;
    }

    static List<Integer> columns(RawCells cells, WeightingScheme scheme) {
        return scheme.variables().stream().map(v -> columnOf(cells, v)).toList();
    }

    static int columnOf(RawCells cells, String name) {
        for (int i = 0; i < cells.columns().size(); i++) {
            if (cells.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<WeightingCell> weightingCells(RawCells cells, List<Integer> columns, WeightingScheme scheme) {
        Map<List<String>, Long> merged = new LinkedHashMap<>();
        cells.respondents().forEach((key, count) ->
                merged.merge(designCategories(key, cells, columns, scheme), count, Long::sum));
        List<WeightingCell> list = new ArrayList<>();
        merged.forEach((categories, count) -> list.add(new WeightingCell(categories, count)));
        return list;
    }

    private static Margin collapse(Margin margin, List<CategoryCollapse> collapses) {
        Margin result = margin;
        for (CategoryCollapse collapse : collapses) {
            if (collapse.variable().equals(margin.variable())) {
                result = result.collapsed(collapse);
            }
        }
        return result;
    }
}
