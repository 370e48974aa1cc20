package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.util.List;

/**
 * A column responses are grouped by before anything is counted: a weighting question (its answer, or for age in
 * years the band it falls in), the channel, or a question to break results down by.
 *
 * @param name       the weighting variable, {@code channel}, or the breakdown question's id
 * @param questionId the question whose answer is the value; null for the channel
 * @param equality   the question is in the equality section (its answers are in the equality table)
 * @param map        how the answer maps to the weighting variable's categories; null for the channel and for
 *                   breakdown questions (their choice ids are the values)
 */
record KeyColumn(String name, String questionId, boolean equality, WeightingMap map) {
    static final String CHANNEL = "channel";

    static KeyColumn channel() {
        return new KeyColumn(CHANNEL, null, false, null);
    }

    boolean banded() {
        return map != null && !map.bands().isEmpty();
    }

    /** The category a stored value stands for: a band index becomes its band, a choice its mapped category. */
    String category(String stored) {
        if (stored == null || map == null) {
            return stored;
        }
        if (banded()) {
            List<AgeBand> bands = map.bands();
            return bands.get(Integer.parseInt(stored)).category();
        }
        return map.area() ? stored : map.choices().get(stored);
    }
}
