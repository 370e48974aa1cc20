package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An equality section as written in a file ({@code equality: [age, sex, ...]}), before the loader expands it into
 * one page per standard question.
 *
 * @param standardIds the standard questions asked for, in order (see {@link EqualitySections#standardIds()})
 * @param weighting   weighting maps of the standard questions, by question id, in file order
 */
public record EqualitySection(String id, String title, String intro, Condition showIf, List<String> standardIds,
                              Map<String, WeightingMap> weighting) {

    public EqualitySection {
        standardIds = List.copyOf(standardIds);
        weighting = weighting == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weighting));
    }
}
