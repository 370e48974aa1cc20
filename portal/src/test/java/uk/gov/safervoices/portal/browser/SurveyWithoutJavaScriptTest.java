package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.browser.StoredAnswers.row;

/**
 * The same survey in Chromium with JavaScript turned off: every page still works, and what GOV.UK Frontend's
 * script does in the browser ("Prefer not to say" clearing the other boxes) is done by the server instead: a
 * contradictory answer is an error. Follow-up questions have pages of their own, shown only when an earlier answer
 * asks for them, and an answer to a question that a later change hides is dropped.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class SurveyWithoutJavaScriptTest {
    private static Chromium.Browser browser;

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;
    @Inject
    ResponseStore responses;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentWithJavaScriptOffCompletesTheSurveyAndTheirAnswersAreStoredExactlyAsGiven() {
        Consultation consultation = new TestConsultations(consultations, questionnaires)
                .open("Community safety survey (JavaScript off)", TestConsultations.SURVEY);
        Resident resident = new Resident(browser.driver(), server.getURL().toString());

        resident.visit("/");
        assertFalse(browser.driver().findElement(By.tagName("body")).getAttribute("class").contains("js-enabled"),
                "JavaScript is really off");
        resident.followLink(consultation.title());
        resident.press("Start now");

        assertEquals("Feeling safe", resident.heading());
        resident.choose("How safe do you feel walking alone in this area after dark?", "Don't know");
        resident.continueOn();

        assertEquals("Problems in your area", resident.heading());
        resident.choose("Teenagers hanging around on the streets", "Fairly big problem");
        resident.choose("Abandoned or burnt-out cars", "Not a problem at all");
        resident.choose("Sexual violence", "A minor problem");
        resident.continueOn();

        assertEquals("Worry about crime", resident.heading());
        resident.choose("To what extent are you worried about anti-social behaviour", "Not at all worried");
        resident.continueOn();

        assertEquals("The police and the council", resident.heading());
        resident.choose("Taking everything into account, how good a job", "Very poor");
        resident.choose("They are dealing with the things that matter", "Neither agree nor disagree");
        resident.choose("The police in this area treat everyone fairly", "Strongly agree");
        resident.continueOn();

        assertEquals("Priorities", resident.heading());
        resident.select("First choice", "Anti-social behaviour");
        resident.select("Second choice", "Speeding and road safety");
        resident.continueOn();

        assertEquals("Your experience of crime", resident.heading());
        // One thing per page: without JavaScript nothing can hide a follow-up, so the follow-ups are not on this page.
        assertFalse(resident.bodyText().contains("Did you report it?"), resident.bodyText());
        assertFalse(resident.bodyText().contains("Why did you not report it?"), resident.bodyText());
        resident.choose("Have you been a victim of crime", "No");
        resident.continueOn();
        // Not a victim: never shown "Reporting it", straight on to the next section.
        assertEquals("Your area", resident.heading());
        assertFalse(resident.path().contains("/reporting"), resident.path());

        // The resident thinks again: they were a victim after all.
        resident.followLink("Back");
        assertEquals("Your experience of crime", resident.heading());
        assertTrue(resident.isSelected("Have you been a victim of crime", "No"), "the earlier answer is kept");
        resident.choose("Have you been a victim of crime", "Yes");
        resident.continueOn();

        assertEquals("Reporting it", resident.heading());
        assertFalse(resident.bodyText().contains("Why did you not report it?"), resident.bodyText());
        resident.choose("Did you report it?", "No");
        resident.continueOn();

        assertEquals("Not reporting it", resident.heading());
        resident.tick("Why did you not report it?", "It was too trivial or not worth reporting");
        resident.tick("Why did you not report it?", "Prefer not to say");
        assertTrue(resident.isSelected("Why did you not report it?", "It was too trivial or not worth reporting"),
                "no script unticks the other reasons");
        resident.continueOn();
        // The server refuses the contradiction on this page, keeping every answer.
        assertEquals("Not reporting it", resident.heading());
        assertTrue(resident.pageTitle().startsWith("Error: "), resident.pageTitle());
        assertTrue(resident.errorSummary().contains("You cannot select"), resident.errorSummary());
        assertTrue(resident.isSelected("Why did you not report it?", "It was too trivial or not worth reporting"));
        assertTrue(resident.isSelected("Why did you not report it?", "Prefer not to say"));
        resident.tick("Why did you not report it?", "Prefer not to say");
        resident.continueOn();

        assertEquals("Your area", resident.heading());
        resident.choose("Do you live or work in Example Borough?", "I live in Example Borough");
        resident.type("Postcode", "ZZ9 9ZZ");
        resident.continueOn();
        assertEquals("Your area", resident.heading());
        assertTrue(resident.errorSummary().contains("We could not find that postcode in Example Borough"),
                resident.errorSummary());
        assertEquals("ZZ9 9ZZ", resident.valueOf("Postcode"), "what was typed is kept");
        resident.followErrorLink("We could not find that postcode");
        assertTrue(resident.path().endsWith("#home_area-postcode"), "the error links to the postcode box: " + resident.path());
        resident.type("Postcode", "EB1 2ZZ");
        resident.continueOn();

        assertEquals("Anything else", resident.heading());
        resident.continueOn();

        assertEquals("Check your answers before sending them", resident.heading());
        String victim = "Have you been a victim of crime or anti-social behaviour in this area in the last 12 months?";
        assertEquals("Yes", resident.answerShown(victim));
        assertEquals("No", resident.answerShown("Did you report it?"));
        assertEquals("It was too trivial or not worth reporting", resident.answerShown("Why did you not report it?"));
        // The resident changes their mind again: not a victim. The follow-up answers no longer apply and are dropped.
        resident.change(victim);
        assertEquals("Your experience of crime", resident.heading());
        resident.choose("Have you been a victim of crime", "No");
        resident.continueOn();
        assertEquals("Check your answers before sending them", resident.heading(), "straight back, not via 'Reporting it'");
        assertEquals("No", resident.answerShown(victim));
        assertFalse(resident.answerListed("Did you report it?"), "a question hidden by an earlier answer is not listed");
        assertFalse(resident.answerListed("Why did you not report it?"));
        assertEquals("Castle", resident.answerShown("Where do you live?"), "EB1 2ZZ is in Castle ward, not Abbey");
        Screenshots.take(browser.driver(), "javascript-off-check-answers");
        resident.press("Send response");

        assertEquals("We have received your response", resident.heading());
        String reference = StoredAnswers.referenceIn(resident.bodyText());
        resident.press("Answer the questions");
        resident.type("What is your age?", "42");
        resident.tickAlone("Prefer not to say");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("You cannot answer and select"), resident.errorSummary());
        assertEquals("42", resident.valueOf("What is your age?"));
        assertTrue(resident.isTickedAlone("Prefer not to say"));
        resident.type("What is your age?", "");
        resident.continueOn();
        resident.choose("What is your sex?", "Male");
        resident.continueOn();
        resident.choose("Is the gender you identify with the same", "No, please describe your gender identity");
        resident.type("If you chose ‘No, please describe your gender identity’", "Non-binary");
        resident.continueOn();
        StoredAnswers.continueToConfirmation(resident);

        assertEquals("Response sent", resident.heading());
        assertTrue(resident.bodyText().contains("Your reference number\n" + reference), resident.bodyText());
        Screenshots.take(browser.driver(), "javascript-off-confirmation");

        StoredAnswers.assertStored(responses, reference, consultation, List.of(
                row("safe_after_dark", null, "dont_know", null, null, null),
                row("asb_problems", "teenagers_hanging_around", "fairly_big", null, 3L, null),
                row("asb_problems", "abandoned_cars", "not_a_problem", null, 1L, null),
                row("serious_crime_problems", "sexual_violence", "minor_problem", null, 2L, null),
                row("worry_asb", null, "not_at_all_worried", null, 1L, null),
                row("police_job", null, "very_poor", null, 1L, null),
                row("police_confidence", "deal_with_what_matters", "neither", null, 3L, null),
                row("police_confidence", "treat_everyone_fairly", "strongly_agree", null, 5L, null),
                row("top_concerns", null, "asb", 1, null, null),
                row("top_concerns", null, "speeding", 2, null, null),
                row("victim", null, "no", null, null, null),
                row("live_or_work", null, "live", null, null, null),
                row("home_area", null, "E05099003", null, null, null),
                row("age", null, "prefer_not_to_say", null, null, null),
                row("sex", null, "male", null, null, null),
                row("gender_identity", null, "no", null, null, "Non-binary")));
    }
}
