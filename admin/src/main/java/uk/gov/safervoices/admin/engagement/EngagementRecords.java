package uk.gov.safervoices.admin.engagement;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.engagement.core.EngagementFacts;
import uk.gov.safervoices.admin.engagement.core.EngagementRecord;
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the records say about a plan year for the engagement record (issue 7, ADR 0028): consultations and
 * their responses, the public meetings and who came, the responsible authorities, the decision and the published
 * plan summary. {@link EngagementRecord} decides each line.
 */
@Singleton
public class EngagementRecords {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final ConcernResults concernResults;
    private final Meetings meetings;
    private final ResponsibleAuthorities authorities;
    private final Decisions decisions;
    private final PlanSummaries plans;
    private final Clock clock;

    EngagementRecords(Consultations consultations, Questionnaires questionnaires, Analyses analyses,
                      ConcernResults concernResults, Meetings meetings, ResponsibleAuthorities authorities,
                      Decisions decisions, PlanSummaries plans, Clock clock) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.concernResults = concernResults;
        this.meetings = meetings;
        this.authorities = authorities;
        this.decisions = decisions;
        this.plans = plans;
        this.clock = clock;
    }

    /** Where each kind of evidence is read, for the lines' links (the web layer's addresses). */
    public interface Links {
        String consultation(Consultation consultation);

        String meeting(Meeting meeting);

        String plan(String planYear);

        String decision(long id);
    }

    public List<EngagementRecord.Line> lines(String planYear, Links links) {
        return EngagementRecord.lines(facts(planYear, links));
    }

    public EngagementFacts facts(String planYear, Links links) {
        if (!MatrixSettings.validPlanYear(planYear)) {
            throw new IllegalArgumentException("A plan year is written like 2026-27, not " + planYear);
        }
        int start = MatrixSettings.startYear(planYear);
        List<EngagementFacts.ConsultationRun> runs = new ArrayList<>();
        for (Consultation consultation : consultations.all()) {
            long responses = analyses.versions(consultation.id()).stream()
                    .mapToLong(Analyses.VersionResponses::responses).sum();
            runs.add(new EngagementFacts.ConsultationRun(consultation.title(), consultation.opensAt(),
                    consultation.closesAt(), responses, asksAboutPriorities(consultation),
                    links.consultation(consultation)));
        }
        Set<String> current = new LinkedHashSet<>();
        authorities.current().forEach(a -> current.add(a.name()));
        List<EngagementFacts.MeetingFacts> meetingFacts = new ArrayList<>();
        for (Meeting meeting : meetings.inPlanYear(planYear)) {
            Set<String> came = new LinkedHashSet<>();
            for (Attendee attendee : meetings.attendees(meeting.id())) {
                if (attendee.came()) {
                    came.add(attendee.authorityName());
                }
            }
            meetingFacts.add(new EngagementFacts.MeetingFacts(meeting.title(), meeting.startsAt(),
                    meeting.status() == Meeting.Status.CANCELLED, meeting.publicisedAt(), meeting.recorded(), came,
                    meeting.discussedPublishedAt(), links.meeting(meeting)));
        }
        Optional<Decisions.Decision> decision = decisions.current(planYear);
        int versions = plans.versions(planYear).size();
        return new EngagementFacts(planYear,
                LocalDate.of(start, 4, 1).atStartOfDay(UK).toInstant(),
                LocalDate.of(start + 1, 4, 1).atStartOfDay(UK).toInstant(), clock.instant(), runs, meetingFacts,
                List.copyOf(current), decision.isPresent(), versions, links.plan(planYear),
                decision.map(d -> links.decision(d.id())).orElse(null));
    }

    /** It asks residents to rank or rate concerns of the catalogue (what crime to prioritise, how big a problem). */
    private boolean asksAboutPriorities(Consultation consultation) {
        for (Long questionnaireId : consultations.questionnaireIds(consultation)) {
            Optional<QuestionnaireVersion> version = questionnaires.latestPublished(questionnaireId);
            if (version.isPresent() && (!concernResults.rankingQuestions(version.get()).isEmpty()
                    || questionnaires.definition(version.get()).questionStream().anyMatch(this::ratesConcerns))) {
                return true;
            }
        }
        return false;
    }

    private boolean ratesConcerns(Question question) {
        return question.type() == QuestionType.GRID && question.items().stream().anyMatch(i -> i.concern() != null);
    }
}
