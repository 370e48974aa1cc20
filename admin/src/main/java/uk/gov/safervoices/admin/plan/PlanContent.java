package uk.gov.safervoices.admin.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan summary as residents read it (issue 7): the priorities agreed, "You said" (residents' ranked concerns as
 * frozen in the decision), "We will" (actions per priority), measures of success, and the public meetings held.
 * A published version keeps this whole, so what was published never changes (ADR 0027).
 *
 * @param minimumBase concerns named by fewer residents than this have their figures suppressed wherever published
 */
@Serdeable
public record PlanContent(String planYear, @Nullable String introduction, long decisionId, String meeting,
                          LocalDate decidedOn, YouSaid youSaid, List<Priority> priorities, List<Measure> measures,
                          List<MeetingHeld> meetings, int minimumBase) {

    public PlanContent {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        measures = measures == null ? List.of() : List.copyOf(measures);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** Residents' views as the decision froze them. */
    @Serdeable
    public record YouSaid(String consultation, String question, String scheme, long respondents, long rankers,
                          int replicates, Instant computedAt, List<ConcernFigure> concerns) {
        public YouSaid {
            concerns = concerns == null ? List.of() : List.copyOf(concerns);
        }
    }

    /**
     * One concern's published figures: average ranking points and the share of residents naming it, each with its
     * 95% confidence interval, the number naming it, and its likely places. {@code suppressed}: too few residents
     * named it to publish the figures.
     */
    @Serdeable
    public record ConcernFigure(String code, String name, int rank, double bordaMean, double bordaLower,
                                double bordaUpper, double share, double shareLower, double shareUpper, long mentions,
                                int rankLower, int rankUpper, boolean suppressed) {
    }

    /** A priority agreed, why, and what will be done. */
    @Serdeable
    public record Priority(String concern, String name, String rationale, List<Action> actions) {
        public Priority {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** "We will": an action, the partner leading it, and by when. */
    @Serdeable
    public record Action(String action, String lead, String timescale) {
    }

    /**
     * A measure of success: the headline indicator, its target this year, and last year's result against last
     * year's target (each as written, such as "78%"; blank when there is none).
     */
    @Serdeable
    public record Measure(String measure, String target, String lastYearResult, String lastYearTarget) {
    }

    /** A public meeting held in the plan year, with where what was discussed is published. */
    @Serdeable
    public record MeetingHeld(String title, LocalDate date, @Nullable String url) {
    }
}
