package uk.gov.safervoices.definitions.model;

import java.util.List;
import java.util.Optional;

/**
 * The concern codes questionnaires may map choices and grid items to (catalogue/concerns.yaml), and the codes that
 * were deleted from it ({@code retired}), which can never be used again: an old response, decision or export may
 * still name them.
 *
 * <p>The lists are not copied here: the reader gives immutable ones; the back office gives views that follow the
 * catalogue as staff save it (see docs/adr/0024-concern-catalogue-editor.md).
 */
public record ConcernCatalogue(List<Concern> concerns, List<String> retired) {

    public ConcernCatalogue(List<Concern> concerns) {
        this(concerns, List.of());
    }

    public Optional<Concern> concern(String code) {
        return concerns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean contains(String code) {
        return concern(code).isPresent();
    }

    /** Whether the code was ever used: a concern now, or retired. Such a code cannot be given to a new concern. */
    public boolean used(String code) {
        return contains(code) || retired.contains(code);
    }
}
