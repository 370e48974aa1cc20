package uk.gov.safervoices.admin.weighting;

import uk.gov.safervoices.admin.analysis.core.Margin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Population margins for an area from one source: one {@link Margin} per weighting variable, categories in the order
 * they were uploaded.
 */
public record MarginSet(long id, String name, String area, String source, String uploadedBy, Instant uploadedAt,
                        List<Margin> margins) {

    public MarginSet {
        margins = List.copyOf(margins);
    }

    public Optional<Margin> margin(String variable) {
        return margins.stream().filter(m -> m.variable().equals(variable)).findFirst();
    }

    /** The area's population: its ward margin's total, or its first margin's (0 with no margins). */
    public double population() {
        return margin("ward").or(() -> margins.stream().findFirst()).map(Margin::total).orElse(0.0);
    }

    public List<String> variables() {
        return margins.stream().map(Margin::variable).toList();
    }
}
