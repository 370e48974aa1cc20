package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.text.EditDistance;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?": the closest candidate within two edits (Damerau-Levenshtein, optimal string alignment). */
final class Suggestions {

    static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    static Optional<String> closest(String word, Collection<String> candidates) {
        if (word == null) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int distance = EditDistance.between(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " Did you mean "x"?" when a candidate is close, else "". */
    static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " Did you mean \"" + c + "\"?").orElse("");
    }
}
