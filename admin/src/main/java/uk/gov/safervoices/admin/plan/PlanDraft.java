package uk.gov.safervoices.admin.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What staff write for a plan summary before it is published: an introduction, the actions for each priority
 * (keyed by concern code, so they follow the priority when a decision is superseded) and the measures of success.
 */
@Serdeable
public record PlanDraft(@Nullable String introduction, Map<String, List<PlanContent.Action>> actions,
                        List<PlanContent.Measure> measures) {

    public static final PlanDraft EMPTY = new PlanDraft("", Map.of(), List.of());

    public PlanDraft {
        actions = actions == null ? Map.of() : Map.copyOf(actions);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
