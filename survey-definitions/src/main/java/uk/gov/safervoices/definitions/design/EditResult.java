package uk.gov.safervoices.definitions.design;

import java.util.List;

/**
 * What applying an edit gave. Accepted: {@code design} is the edited design (which may have validator errors: it can
 * be saved as a draft). Refused: the definition cannot hold the change (a second question with the same id, an id
 * the format does not allow, a condition the parser cannot read, a value the loader would drop...); {@code design} is
 * the one before the edit and {@code refusedBecause} says why, at the right place. Nothing should be saved then.
 */
public record EditResult(Design design, List<DesignError> refusedBecause) {

    public EditResult {
        refusedBecause = List.copyOf(refusedBecause);
    }

    public boolean accepted() {
        return refusedBecause.isEmpty();
    }
}
