package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The population margin of one weighting variable: a population total for each of its categories, in the order the
 * categories are reported. Validation of the figures (negative, duplicated...) happens in {@link Raking}, which
 * reports every problem at once.
 */
public record Margin(String variable, List<MarginCategory> categories) {

    public Margin {
        Objects.requireNonNull(variable, "variable");
        categories = List.copyOf(categories);
    }

    /** A margin from category names to populations, keeping the map's iteration order. */
    public static Margin of(String variable, Map<String, ? extends Number> populations) {
        List<MarginCategory> categories = new ArrayList<>();
        populations.forEach((category, population) ->
                categories.add(new MarginCategory(category, population.doubleValue())));
        return new Margin(variable, categories);
    }

    public double total() {
        double total = 0;
        for (MarginCategory category : categories) {
            total += category.population();
        }
        return total;
    }

    public OptionalDouble population(String category) {
        for (MarginCategory each : categories) {
            if (each.category().equals(category)) {
                return OptionalDouble.of(each.population());
            }
        }
        return OptionalDouble.empty();
    }

    /** This margin with every population multiplied by {@code factor}. */
    public Margin scaled(double factor) {
        List<MarginCategory> scaled = new ArrayList<>(categories.size());
        for (MarginCategory category : categories) {
            scaled.add(new MarginCategory(category.category(), category.population() * factor));
        }
        return new Margin(variable, scaled);
    }

    /**
     * This margin with the named categories merged into one, {@code into}, placed where the first of them was: the
     * remedy for a category nobody in the sample belongs to. Apply the same {@link CategoryCollapse} to the cells.
     */
    public Margin collapsed(CategoryCollapse collapse) {
        if (!collapse.variable().equals(variable)) {
            return this;
        }
        Map<String, Double> merged = new LinkedHashMap<>();
        for (MarginCategory category : categories) {
            merged.merge(collapse.apply(category.category()), category.population(), Double::sum);
        }
        return of(variable, merged);
    }
}
