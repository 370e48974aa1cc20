package uk.gov.safervoices.admin.priority.matrix;

import java.util.List;
import java.util.Map;

/**
 * One concern in the priority matrix.
 *
 * @param concern    the concern's code
 * @param normalised per criterion code, the value scaled to 0 (least of a priority among the concerns) to 1 (most);
 *                   absent where the concern has no value for that criterion
 * @param composite  the weighted mean of the normalised values it has (weights of missing criteria left out)
 * @param rank       1 + the number of concerns with a strictly higher composite
 * @param missing    the criteria it has no value for (its composite is then over the others: shown to the reader)
 * @param sensitivity how its rank moves when the weights do
 */
public record PriorityRow(String concern, Map<String, Double> normalised, double composite, int rank,
                          List<String> missing, RankSensitivity sensitivity) {
    public PriorityRow {
        normalised = Map.copyOf(normalised);
        missing = List.copyOf(missing);
    }
}
