package uk.gov.safervoices.portal.survey;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.portal.survey.Resident.Page;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.survey.AnswerRowsExpected.rows;

/**
 * "Check your answers" on the shipped survey: change links that come back to it, and the conditions on the
 * experience of crime pages (a follow-up page is asked, and its answer counts, only when the answer before it
 * asks for it).
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.integrity.submissions-per-hour-per-address", value = "100000")
class CheckAnswersJourneyTest {
    private static final String VICTIM = "Have you been a victim of crime or anti-social behaviour in this area in the last 12 months?";
    private static final String REPORTED = "Did you report it?";
    private static final String WHY_NOT = "Why did you not report it?";

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;
    @Inject
    ResponseStore responses;

    Resident resident;
    String pages;

    @BeforeEach
    void newConsultationAndResident() {
        Consultation consultation = JourneyFixtures.open(consultations, questionnaires, JourneyFixtures.SHIPPED_SURVEY);
        resident = new Resident(server.getURI());
        pages = "/consultations/" + consultation.slug() + "/" + JourneyFixtures.SHIPPED_SURVEY + "/";
    }

    @Test
    void aChangeLinkOpensThePageWithTheAnswerAndComesBackToCheckAnswers() {
        Page check = toCheckAnswers("safe_after_dark", "fairly_safe", "worry_crime", "very_worried");
        assertEquals(List.of("Fairly safe"), check.summaryLines("How safe do you feel walking alone in this area after dark?"));

        String change = check.changeLink("How safe do you feel walking alone in this area after dark?");
        assertEquals(pages + "feeling_safe?change=true#safe_after_dark", change);
        Page page = resident.get(change);
        assertEquals(List.of("fairly_safe"), page.checked("safe_after_dark"));
        assertEquals(pages + "check-answers", page.document().selectFirst(".govuk-back-link").attr("href"));
        page = resident.answer(page, "safe_after_dark", "very_unsafe");

        assertEquals(pages + "check-answers", page.path(), "back to check answers, not on to the next section");
        assertEquals(List.of(pages + "check-answers"), page.redirects());
        assertEquals(List.of("Very unsafe"), page.summaryLines("How safe do you feel walking alone in this area after dark?"));
        assertEquals(List.of("Very worried"), page.summaryLines("To what extent are you worried about crime in this area?"),
                "other answers are unchanged");
    }

    @Test
    void everyChangeLinkLeadsToAFieldOfItsQuestion() {
        Page check = toCheckAnswers();
        List<Element> links = check.document().select(".govuk-summary-list__actions a");
        assertEquals(check.summaryRows().size(), links.size());
        for (Element link : links) {
            String href = link.attr("href");
            String fragment = href.substring(href.indexOf('#') + 1);
            Page target = resident.get(href.substring(0, href.indexOf('#')));
            Element field = target.document().getElementById(fragment);
            assertNotNull(field, href + ": no element #" + fragment + " on the page");
            assertTrue(List.of("input", "select", "textarea").contains(field.tagName()), href + " leads to a " + field.tagName());
        }
    }

    @Test
    void reportedCountsOnlyForVictimsAndWhyNotOnlyForThoseWhoDidNotReport() {
        Page check = toCheckAnswers("victim", "no", "reported", "yes", "why_not_reported", "too_trivial");
        assertEquals(List.of("No"), check.summaryLines(VICTIM));
        assertFalse(check.summaryRows().containsKey(REPORTED), "not asked of non-victims: " + check.summaryRows());
        assertFalse(check.summaryRows().containsKey(WHY_NOT));

        // Yes: the "Reporting it" page, not yet seen, is asked before coming back to check answers
        Page page = resident.answer(resident.get(check.changeLink(VICTIM)), "victim", "yes");
        assertEquals(pages + "reporting", page.path());
        assertEquals("Reporting it", page.heading());
        assertTrue(page.checked("reported").isEmpty(), page.checked("reported").toString());
        page = resident.answer(page, "reported", "yes");
        assertEquals(pages + "check-answers", page.path(), "'Not reporting it' is not asked of those who reported it");
        assertEquals(List.of("Yes"), page.summaryLines(REPORTED));
        assertFalse(page.summaryRows().containsKey(WHY_NOT), "asked only of those who did not report it");

        String change = page.changeLink(REPORTED);
        assertEquals(pages + "reporting?change=true#reported", change);
        page = resident.answer(resident.get(change), "reported", "no");
        assertEquals(pages + "not_reporting", page.path());
        assertEquals("Not reporting it", page.heading());
        page = resident.answer(page, "why_not_reported", "too_trivial");
        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of("It was too trivial or not worth reporting"), page.summaryLines(WHY_NOT));
    }

    @Test
    void followUpAnswersPostedOnTheVictimPageAreIgnored() {
        // a crafted (or stale) form: the follow-ups are no longer questions of the experience of crime page
        Page check = toCheckAnswers();
        Page page = resident.answer(resident.get(check.changeLink(VICTIM)), "victim", "no", "reported", "no",
                "why_not_reported", "too_trivial");
        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of("No"), page.summaryLines(VICTIM));
        assertFalse(page.summaryRows().containsKey(REPORTED));
        assertFalse(page.summaryRows().containsKey(WHY_NOT));
    }

    @Test
    void changingVictimToNoLaterDropsTheFollowUpAnswers() {
        Page check = toCheckAnswers("victim", "yes", "reported", "no", "why_not_reported", "fear_of_reprisal");
        assertEquals(List.of("Yes"), check.summaryLines(VICTIM));
        assertEquals(List.of("No"), check.summaryLines(REPORTED));
        assertEquals(List.of("I was afraid of what might happen if I reported it"), check.summaryLines(WHY_NOT));

        Page page = resident.get(check.changeLink(VICTIM));
        assertEquals("Your experience of crime", page.heading());
        assertEquals(List.of("yes"), page.checked("victim"));
        page = resident.answer(page, "victim", "no");

        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of(pages + "check-answers"), page.redirects(), "straight back, never via 'Reporting it'");
        assertEquals(List.of("No"), page.summaryLines(VICTIM));
        assertFalse(page.summaryRows().containsKey(REPORTED));
        assertFalse(page.summaryRows().containsKey(WHY_NOT));

        // the dropped answers are gone from the draft too: saying Yes again asks "Reporting it" afresh
        page = resident.answer(resident.get(page.changeLink(VICTIM)), "victim", "yes");
        assertEquals(pages + "reporting", page.path());
        assertTrue(page.checked("reported").isEmpty(), "the dropped answer is gone from the draft too");
        page = resident.answer(resident.get(pages + "experience_of_crime?change=true"), "victim", "no");
        assertEquals(pages + "check-answers", page.path());
        assertFalse(page.summaryRows().containsKey(REPORTED));

        page = resident.submitForm(page);
        String reference = page.document().selectFirst("main strong").text();
        assertEquals(rows().choice("victim", "no").sorted(),
                AnswerRowsExpected.sorted(responses.answerRows(responses.findByReference(reference).orElseThrow())));
    }

    /** Goes through every main page, giving these answers (key, value...) on the pages that ask them. */
    private Page toCheckAnswers(String... keysAndValues) {
        Page page = resident.get(pages + "feeling_safe");
        while (!page.path().endsWith("/check-answers")) {
            List<String> onPage = new java.util.ArrayList<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                if (page.document().selectFirst("[name=\"" + keysAndValues[i] + "\"]") != null) {
                    onPage.add(keysAndValues[i]);
                    onPage.add(keysAndValues[i + 1]);
                }
            }
            page = resident.answer(page, onPage.toArray(String[]::new));
            assertEquals(200, page.status(), page.toString());
        }
        return page;
    }
}
