package uk.gov.safervoices.admin.draft;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What a draft holds: the raw form values of the questions the resident has answered (checked, and only for
 * questions still shown), and the sections they have been through, in order.
 */
@Serdeable
public record DraftState(Map<String, List<String>> answers, List<String> visitedSections) {

    /** JSON leaves empty collections out; they come back as empty, never null. */
    public DraftState(@Nullable Map<String, List<String>> answers, @Nullable List<String> visitedSections) {
        this.answers = answers == null ? Map.of() : Map.copyOf(answers);
        this.visitedSections = visitedSections == null ? List.of() : List.copyOf(visitedSections);
    }

    public static DraftState empty() {
        return new DraftState(Map.of(), List.of());
    }
}
