package uk.gov.safervoices.admin.priority;

import io.micronaut.serde.annotation.Serdeable;
import uk.gov.safervoices.admin.priority.matrix.PriorityMatrix;
import uk.gov.safervoices.admin.priority.matrix.PriorityRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan year's priority matrix frozen into a decision's evidence: every criterion with its weight and source, and
 * every concern with its values, scaled values, composite score, rank and how stable the rank was (ADR 0025).
 */
@Serdeable
public record MatrixEvidence(String planYear, List<CriterionEvidence> criteria, List<RowEvidence> rows,
                             List<String> warnings) {

    public MatrixEvidence {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        rows = rows == null ? List.of() : List.copyOf(rows);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** @param used whether it took part in the ranking (it had values and a weight above 0) */
    @Serdeable
    public record CriterionEvidence(String code, String name, String source, String unit, double weight,
                                    boolean higherIsPriority, boolean used) {
    }

    /**
     * @param values per criterion code, the value as written on the page then (with its CI where it had one)
     * @param scaled per criterion code, the value scaled 0 to 1
     */
    @Serdeable
    public record RowEvidence(String concern, String name, int rank, double composite, Map<String, String> values,
                              Map<String, Double> scaled, int highestRankOneAtATime, int lowestRankOneAtATime,
                              double sameRankShare, int rankLower, int rankUpper) {
        public RowEvidence {
            values = values == null ? Map.of() : Map.copyOf(values);
            scaled = scaled == null ? Map.of() : Map.copyOf(scaled);
        }
    }

    /** The matrix as it stands; empty when it ranks nothing. */
    public static java.util.Optional<MatrixEvidence> of(PriorityMatrices.Report report) {
        if (report.result().isEmpty()) {
            return java.util.Optional.empty();
        }
        PriorityMatrix.Result result = report.result().get();
        List<CriterionEvidence> criteria = report.criteria().stream().map(c -> new CriterionEvidence(
                c.setting().code(), c.name(), c.source(), c.unit(), c.setting().weight(),
                c.setting().higherIsPriority(), c.used())).toList();
        List<RowEvidence> rows = new ArrayList<>();
        for (PriorityRow row : result.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (PriorityMatrices.CriterionValues criterion : report.criteria()) {
                String shown = criterion.shown().get(row.concern());
                if (shown != null) {
                    values.put(criterion.setting().code(), shown);
                }
            }
            rows.add(new RowEvidence(row.concern(), report.names().getOrDefault(row.concern(), row.concern()),
                    row.rank(), row.composite(), values, row.normalised(),
                    row.sensitivity().highestRankOneAtATime(), row.sensitivity().lowestRankOneAtATime(),
                    row.sensitivity().sameRankShare(), row.sensitivity().rankLower(),
                    row.sensitivity().rankUpper()));
        }
        return java.util.Optional.of(new MatrixEvidence(report.setting().planYear(), criteria, rows,
                report.warnings()));
    }
}
