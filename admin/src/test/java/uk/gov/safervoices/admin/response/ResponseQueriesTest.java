package uk.gov.safervoices.admin.response;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.admin.SettableClock;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff lists of responses (filtered and paged in SQL) and one response shown as it was asked. */
@MicronautTest(transactional = false)
@Property(name = "safervoices.test.clock", value = "2031-03-01T09:00:00Z")
class ResponseQueriesTest {
    @Inject ResponseQueries queries;
    @Inject ResponseStore store;
    @Inject StaffEntry staffEntry;
    @Inject ResponseStatuses statuses;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject SettableClock clock;

    QuestionnaireVersion first;
    QuestionnaireVersion second;
    Consultation consultation;
    Consultation other;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2031-03-01T09:00:00Z"));
        String key = TestQuestionnaires.uniqueKey("queries");
        first = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Queries"), key + ".yaml");
        second = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Queries, reworded"), key + ".yaml");
        consultation = create();
        other = create();
    }

    private Consultation create() {
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Queries",
                "Lists of responses", null, null, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(60)), List.of(first.questionnaireId())));
    }

    private String submitOnline(Consultation to, QuestionnaireVersion version, Map<String, List<String>> raw) {
        return assertInstanceOf(SubmissionOutcome.Accepted.class,
                store.submit(new Submission(to, version, Channel.ONLINE, null, raw))).reference();
    }

    private String enter(Channel channel, Map<String, List<String>> raw) {
        return assertInstanceOf(SubmissionOutcome.Accepted.class,
                staffEntry.enter("officer", consultation, second, channel, null, raw)).reference();
    }

    private static Map<String, List<String>> minimal() {
        return Map.of("safe_after_dark", List.of("very_safe"));
    }

    private static List<String> references(ResponsePage page) {
        return page.responses().stream().map(ResponseSummary::reference).toList();
    }

    @Test
    void listsFilterByConsultationVersionChannelStatusAndDateNewestFirstAndPageInTheDatabase() {
        String day1 = submitOnline(consultation, first, minimal());
        clock.advance(Duration.ofDays(1));
        String day2 = submitOnline(consultation, second, minimal());
        clock.advance(Duration.ofDays(1));
        String paper = enter(Channel.PAPER, minimal());
        clock.advance(Duration.ofDays(1));
        String meeting = enter(Channel.MEETING, minimal());
        clock.advance(Duration.ofDays(1));
        String spam = submitOnline(consultation, second, minimal());
        statuses.mark("officer", queries.idOf(spam).orElseThrow(), ResponseRecord.Status.SPAM, "Nonsense answers");
        String elsewhere = submitOnline(other, first, minimal());

        ResponseFilter mine = ResponseFilter.consultation(consultation.id());
        assertEquals(List.of(spam, meeting, paper, day2, day1), references(queries.list(mine, 0, 10)));
        assertEquals(List.of(elsewhere), references(queries.list(ResponseFilter.consultation(other.id()), 0, 10)));

        ResponsePage firstPage = queries.list(mine, 0, 2);
        ResponsePage lastPage = queries.list(mine, 2, 2);
        assertEquals(List.of(spam, meeting), references(firstPage));
        assertEquals(List.of(day1), references(lastPage));
        assertEquals(5, lastPage.total());
        assertEquals(3, lastPage.totalPages());
        assertTrue(firstPage.hasNext());
        assertFalse(lastPage.hasNext());

        assertEquals(List.of(day1), references(queries.list(mine.withVersion(first.id()), 0, 10)));
        assertEquals(List.of(paper), references(queries.list(mine.withChannel(Channel.PAPER), 0, 10)));
        assertEquals(List.of(meeting), references(queries.list(mine.withChannel(Channel.MEETING), 0, 10)));
        assertEquals(List.of(spam), references(queries.list(mine.withStatus(ResponseRecord.Status.SPAM), 0, 10)));
        assertEquals(List.of(meeting, paper, day2, day1),
                references(queries.list(mine.withStatus(ResponseRecord.Status.SUBMITTED), 0, 10)));
        Instant start = Instant.parse("2031-03-02T00:00:00Z");
        assertEquals(List.of(meeting, paper, day2), references(queries.list(mine.submittedBetween(start,
                start.plus(Duration.ofDays(3))), 0, 10)), "from inclusive, before exclusive");
        assertEquals(List.of(paper, day2), references(queries.list(mine.withVersion(second.id())
                .withStatus(ResponseRecord.Status.SUBMITTED).submittedBetween(start, start.plus(Duration.ofDays(2))), 0, 10)));

        ResponseSummary summary = queries.list(mine.withChannel(Channel.PAPER), 0, 10).responses().get(0);
        assertEquals("officer", summary.enteredBy());
        assertEquals(second.versionNumber(), summary.versionNumber());
        assertEquals(Instant.parse("2031-03-03T09:00:00Z"), summary.submittedAt());
        assertEquals(store.findByReference(paper).orElseThrow().submittedAt(), summary.submittedAt());
        ResponseSummary marked = queries.list(mine.withStatus(ResponseRecord.Status.SPAM), 0, 10).responses().get(0);
        assertEquals("Nonsense answers", marked.statusReason());
        assertThrows(IllegalArgumentException.class, () -> queries.list(mine, 0, ResponseQueries.MAX_PAGE_SIZE + 1));
    }

    @Test
    void oneResponseIsShownWithTheLabelsOfTheVersionItAnsweredAndNoEqualityAnswers() {
        String reference = submitOnline(consultation, first, FullSurveyAnswers.complete());

        ResponseAsAsked response = queries.asAsked(queries.idOf(reference.toLowerCase().replace("-", " ")).orElseThrow())
                .orElseThrow();

        assertEquals(reference, response.response().reference());
        Map<String, List<AnswerLine>> byQuestion = new LinkedHashMap<>();
        response.questions().forEach(q -> byQuestion.put(q.questionId(), q.lines()));
        assertEquals(List.of("live_or_work", "home_area", "years_here", "safe_after_dark", "places", "day", "victim",
                "incident_date", "incident_place", "top", "comments"), List.copyOf(byQuestion.keySet()),
                "every question shown, in order; the equality questions never");
        assertEquals(List.of(AnswerLine.of(null, "I live here")), byQuestion.get("live_or_work"));
        assertEquals(List.of(AnswerLine.of(null, "Abbey")), byQuestion.get("home_area"));
        assertEquals(List.of(AnswerLine.of(null, "12")), byQuestion.get("years_here"));
        assertEquals(List.of(AnswerLine.of(null, "Fairly safe")), byQuestion.get("safe_after_dark"));
        assertEquals(List.of(AnswerLine.of(null, "The park"),
                new AnswerLine(null, "Somewhere else (please say)", "The underpass", false)), byQuestion.get("places"));
        assertEquals(List.of(AnswerLine.of("The high street", "Very safe"), AnswerLine.of("Your estate", "Don't know")),
                byQuestion.get("day"));
        assertEquals(List.of(AnswerLine.of(null, "3 February 2024")), byQuestion.get("incident_date"));
        assertEquals(List.of(new AnswerLine(null, null, "Outside the Red Lion", false)), byQuestion.get("incident_place"));
        assertEquals(List.of(AnswerLine.of("First choice", "Anti-social behaviour"),
                new AnswerLine("Second choice", "Something else (please say)", "E-scooters on pavements", false),
                AnswerLine.of("Third choice", "Burglary")), byQuestion.get("top"));
        assertEquals("How safe do you feel walking alone in this area after dark?", response.questions().get(3).text());
        assertEquals("Feeling safe", response.questions().get(3).sectionTitle());
        assertTrue(response.questions().get(10).hasFreeText());
        assertFalse(response.questions().get(0).hasFreeText());
    }

    @Test
    void questionsTheResidentWasNotShownAreLeftOutAndShownOnesLeftUnansweredAreKept() {
        String reference = submitOnline(consultation, first, Map.of("live_or_work", List.of("work"),
                "victim", List.of("no"), "years_here.prefer_not_to_say", List.of("true")));

        ResponseAsAsked response = queries.asAsked(queries.idOf(reference).orElseThrow()).orElseThrow();

        List<String> asked = response.questions().stream().map(AskedQuestion::questionId).toList();
        assertEquals(List.of("live_or_work", "years_here", "safe_after_dark", "places", "day", "victim", "top",
                "comments"), asked, "no area for a non-resident, no incident questions for a non-victim");
        AskedQuestion unanswered = response.questions().get(2);
        assertFalse(unanswered.answered());
        assertEquals(List.of(AnswerLine.of(null, "Prefer not to say")), response.questions().get(1).lines());
        assertTrue(queries.asAsked(Long.MAX_VALUE).isEmpty());
        assertTrue(queries.idOf("not a reference").isEmpty());
    }
}
