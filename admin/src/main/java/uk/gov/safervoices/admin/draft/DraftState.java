package uk.gov.safervoices.admin.draft;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What a draft holds: the raw form values of the questions the resident has answered (checked, and only for
 * questions still shown), and the sections they have been through, in order.
 */
@Serdeable
public record DraftState(Map<String, List<String>> answers, List<String> visitedSections) {

    public static DraftState empty() {
        return new DraftState(Map.of(), List.of());
    }
}
