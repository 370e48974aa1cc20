package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sample, aggregated: respondent counts per combination of weighting-variable categories (SQL: {@code GROUP BY
 * ward, age_band, sex}). Cells repeating a combination are allowed and are added together by {@link Raking}.
 */
public record WeightingCells(List<String> variables, List<WeightingCell> cells) {

    public WeightingCells {
        variables = List.copyOf(variables);
        cells = List.copyOf(cells);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("At least one weighting variable is needed");
        }
        if (variables.stream().distinct().count() != variables.size()) {
            throw new IllegalArgumentException("Weighting variables repeat: " + variables);
        }
        for (WeightingCell cell : cells) {
            if (cell.categories().size() != variables.size()) {
                throw new IllegalArgumentException("Cell " + cell.categories() + " does not have one category for each of "
                        + variables);
            }
        }
    }

    public long respondents() {
        long total = 0;
        for (WeightingCell cell : cells) {
            total += cell.respondents();
        }
        return total;
    }

    public int indexOf(String variable) {
        return variables.indexOf(Objects.requireNonNull(variable));
    }

    /** Identical combinations added together, in order of first appearance; empty cells dropped. */
    public WeightingCells merged() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (WeightingCell cell : cells) {
            if (cell.respondents() > 0) {
                counts.merge(cell.categories(), cell.respondents(), Long::sum);
            }
        }
        List<WeightingCell> merged = new ArrayList<>(counts.size());
        counts.forEach((categories, respondents) -> merged.add(new WeightingCell(categories, respondents)));
        return new WeightingCells(variables, merged);
    }

    /** These cells with some categories of one variable merged (see {@link CategoryCollapse}). */
    public WeightingCells collapsed(CategoryCollapse collapse) {
        int index = indexOf(collapse.variable());
        if (index < 0) {
            return this;
        }
        List<WeightingCell> collapsed = new ArrayList<>(cells.size());
        for (WeightingCell cell : cells) {
            List<String> categories = new ArrayList<>(cell.categories());
            categories.set(index, collapse.apply(categories.get(index)));
            collapsed.add(new WeightingCell(categories, cell.respondents()));
        }
        return new WeightingCells(variables, collapsed).merged();
    }
}
