package uk.gov.safervoices.definitions.model;

import java.util.List;
import java.util.Optional;

/** The concern codes questionnaires may map choices and grid items to (catalogue/concerns.yaml). */
public record ConcernCatalogue(List<Concern> concerns) {

    public Optional<Concern> concern(String code) {
        return concerns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean contains(String code) {
        return concern(code).isPresent();
    }
}
