package uk.gov.safervoices.admin.engagement.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory engagement record of a plan year (issue 7; Crime and Disorder (Formulation and Implementation of
 * Strategy) Regulations 2007, reg. 12): each duty met, not yet met, or at risk, computed from the records and never
 * ticked by hand, with the evidence for it (ADR 0028).
 */
public final class EngagementRecord {
    /** A meeting is publicised in advance when it was on the portal at least this long before it started. */
    public static final Duration NOTICE = Duration.ofDays(14);
    /** Views gathered this long before the plan year starts still count for it (the survey that informs the plan). */
    public static final Duration VIEWS_LEAD = Duration.ofDays(183);

    public enum Status { MET, AT_RISK, NOT_YET }

    /** A link to a record that is evidence for a line. */
    public record Evidence(String text, String url) {
    }

    /** One duty: its status, why in a sentence, and the records behind it. */
    public record Line(String duty, Status status, String why, List<Evidence> evidence) {
        public Line {
            evidence = List.copyOf(evidence);
        }
    }

    private EngagementRecord() {
    }

    public static List<Line> lines(EngagementFacts facts) {
        List<EngagementFacts.MeetingFacts> meetings = facts.meetings().stream()
                .filter(m -> !m.cancelled() && !m.startsAt().isBefore(facts.yearStart())
                        && m.startsAt().isBefore(facts.yearEnd()))
                .sorted(Comparator.comparing(EngagementFacts.MeetingFacts::startsAt)).toList();
        List<EngagementFacts.MeetingFacts> held = meetings.stream()
                .filter(m -> m.startsAt().isBefore(facts.now()) && m.recorded()).toList();
        Optional<EngagementFacts.MeetingFacts> qualifying = held.stream()
                .filter(m -> m.attended().containsAll(facts.authorities())).findFirst();
        List<Line> lines = new ArrayList<>();
        lines.add(views(facts));
        lines.add(meeting(facts, meetings, held, qualifying));
        lines.add(publicised(facts, meetings, qualifying));
        lines.add(discussed(facts, held, qualifying));
        lines.add(plan(facts));
        return lines;
    }

    private static Line views(EngagementFacts facts) {
        String duty = "Obtained residents' views on crime and what to prioritise";
        Instant from = facts.yearStart().minus(VIEWS_LEAD);
        List<EngagementFacts.ConsultationRun> relevant = facts.consultations().stream()
                .filter(EngagementFacts.ConsultationRun::asksAboutPriorities)
                .filter(c -> c.closes().isAfter(from) && c.opens().isBefore(facts.yearEnd())).toList();
        List<Evidence> evidence = relevant.stream().map(c -> new Evidence(c.title() + ": "
                + String.format(java.util.Locale.UK, "%,d", c.responses()) + " responses (who responded, by ward and"
                + " group, against the population)", c.url())).toList();
        Optional<EngagementFacts.ConsultationRun> closedWithResponses = relevant.stream()
                .filter(c -> !c.closes().isAfter(facts.now()) && c.responses() > 0).findFirst();
        if (closedWithResponses.isPresent()) {
            return new Line(duty, Status.MET, closedWithResponses.get().title() + " asked residents about crime and"
                    + " priorities and received " + String.format(java.util.Locale.UK, "%,d",
                    closedWithResponses.get().responses()) + " responses.", evidence);
        }
        if (!relevant.isEmpty()) {
            EngagementFacts.ConsultationRun running = relevant.get(0);
            String why = running.closes().isAfter(facts.now())
                    ? running.title() + " is asking residents now; it closes before the views are in."
                    : running.title() + " closed without any responses.";
            return new Line(duty, Status.AT_RISK, why, evidence);
        }
        return new Line(duty, Status.NOT_YET, "No consultation asking residents about crime and priorities has run"
                + " for this plan year.", evidence);
    }

    private static Line meeting(EngagementFacts facts, List<EngagementFacts.MeetingFacts> meetings,
                                List<EngagementFacts.MeetingFacts> held,
                                Optional<EngagementFacts.MeetingFacts> qualifying) {
        String duty = "Held a public meeting attended by a senior person from each responsible authority";
        List<Evidence> evidence = meetings.stream().map(m -> new Evidence(m.title(), m.url())).toList();
        if (facts.authorities().isEmpty()) {
            return new Line(duty, Status.AT_RISK, "No responsible authorities are set up, so attendance cannot be"
                    + " checked.", evidence);
        }
        if (qualifying.isPresent()) {
            return new Line(duty, Status.MET, qualifying.get().title() + " was attended by a senior person from"
                    + " each responsible authority.", evidence);
        }
        if (!held.isEmpty()) {
            EngagementFacts.MeetingFacts best = held.stream().max(Comparator.comparingInt(m -> m.attended().size()))
                    .orElseThrow();
            Set<String> missing = new TreeSet<>(facts.authorities());
            missing.removeAll(best.attended());
            return new Line(duty, Status.AT_RISK, "No senior person came from " + String.join(", ", missing)
                    + " to " + best.title() + ".", evidence);
        }
        boolean upcoming = meetings.stream().anyMatch(m -> !m.startsAt().isBefore(facts.now()));
        if (upcoming) {
            return new Line(duty, Status.AT_RISK, "A meeting is planned but has not been held and recorded yet.",
                    evidence);
        }
        boolean unrecorded = meetings.stream().anyMatch(m -> m.startsAt().isBefore(facts.now()) && !m.recorded());
        return new Line(duty, unrecorded ? Status.AT_RISK : Status.NOT_YET, unrecorded
                ? "A meeting has taken place but who attended has not been recorded."
                : "No public meeting has been arranged for this plan year.", evidence);
    }

    private static Line publicised(EngagementFacts facts, List<EngagementFacts.MeetingFacts> meetings,
                                   Optional<EngagementFacts.MeetingFacts> qualifying) {
        String duty = "Publicised the meeting in advance";
        List<EngagementFacts.MeetingFacts> considered = qualifying.map(List::of).orElse(meetings);
        List<Evidence> evidence = considered.stream().map(m -> new Evidence(m.title(), m.url())).toList();
        Optional<EngagementFacts.MeetingFacts> inTime = considered.stream().filter(m -> m.publicisedAt() != null
                && !m.publicisedAt().isAfter(m.startsAt().minus(NOTICE))).findFirst();
        if (inTime.isPresent()) {
            long days = Duration.between(inTime.get().publicisedAt(), inTime.get().startsAt()).toDays();
            return new Line(duty, Status.MET, inTime.get().title() + " was published " + days
                    + " days before it.", evidence);
        }
        Optional<EngagementFacts.MeetingFacts> late = considered.stream().filter(m -> m.publicisedAt() != null)
                .findFirst();
        if (late.isPresent()) {
            long days = Math.max(0, Duration.between(late.get().publicisedAt(), late.get().startsAt()).toDays());
            return new Line(duty, Status.AT_RISK, late.get().title() + " was published only " + days
                    + " days before it: at least " + NOTICE.toDays() + " days' notice is expected.", evidence);
        }
        Optional<EngagementFacts.MeetingFacts> draft = considered.stream()
                .filter(m -> m.startsAt().isAfter(facts.now())).findFirst();
        return new Line(duty, draft.isPresent() ? Status.AT_RISK : Status.NOT_YET, draft.isPresent()
                ? draft.get().title() + " is not published yet." : "No meeting has been published.", evidence);
    }

    private static Line discussed(EngagementFacts facts, List<EngagementFacts.MeetingFacts> held,
                                  Optional<EngagementFacts.MeetingFacts> qualifying) {
        String duty = "Published what was discussed at the meeting";
        List<EngagementFacts.MeetingFacts> considered = qualifying.map(List::of).orElse(held);
        List<Evidence> evidence = considered.stream().map(m -> new Evidence(m.title(), m.url())).toList();
        Optional<EngagementFacts.MeetingFacts> published = considered.stream()
                .filter(m -> m.discussedAt() != null).findFirst();
        if (published.isPresent()) {
            return new Line(duty, Status.MET, "What was discussed at " + published.get().title()
                    + " is published.", evidence);
        }
        if (!considered.isEmpty()) {
            return new Line(duty, Status.AT_RISK, considered.get(0).title() + " has been held, but what was"
                    + " discussed is not published yet.", evidence);
        }
        return new Line(duty, Status.NOT_YET, "No meeting has been held yet.", evidence);
    }

    private static Line plan(EngagementFacts facts) {
        String duty = "Published a summary of the partnership plan";
        List<Evidence> evidence = new ArrayList<>();
        if (facts.decisionUrl() != null) {
            evidence.add(new Evidence("The priorities agreed", facts.decisionUrl()));
        }
        if (facts.publishedVersions() != null && facts.publishedVersions() > 0) {
            evidence.add(new Evidence("The published plan summary", facts.planUrl()));
            return new Line(duty, Status.MET, "The plan summary for " + facts.planYear() + " is published"
                    + (facts.publishedVersions() > 1 ? " (" + facts.publishedVersions() + " versions)." : "."),
                    evidence);
        }
        if (facts.decisionRecorded()) {
            return new Line(duty, facts.now().isBefore(facts.yearStart()) ? Status.NOT_YET : Status.AT_RISK,
                    "The priorities are agreed, but the summary is not published yet.", evidence);
        }
        return new Line(duty, facts.now().isBefore(facts.yearStart()) ? Status.NOT_YET : Status.AT_RISK,
                "No priorities have been recorded for " + facts.planYear() + " yet.", evidence);
    }
}
