package uk.gov.safervoices.definitions.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a question's answers become categories of a weighting variable (its population margin).
 * Exactly one of: {@code choices} (choice id to category; single choice and scale questions),
 * {@code bands} (whole number questions, e.g. age in years to age bands), or {@code area} (the ward code of an
 * area question is the category).
 */
public record WeightingMap(String variable, Map<String, String> choices, List<AgeBand> bands, boolean area,
                           Position position) {

    /** The category a normalised answer value falls in, if any. */
    public Optional<String> categoryForChoice(String choiceId) {
        return Optional.ofNullable(choices.get(choiceId));
    }

    public Optional<String> categoryForNumber(long value) {
        return bands.stream().filter(b -> b.contains(value)).map(AgeBand::category).findFirst();
    }
}
