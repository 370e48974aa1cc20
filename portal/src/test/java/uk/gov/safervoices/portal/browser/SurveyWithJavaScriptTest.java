package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * A resident completes the shipped community safety survey in headless Chromium with JavaScript on, from the home
 * page to the reference number, and their answers are in the database exactly as they gave them.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class SurveyWithJavaScriptTest {
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
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentCompletesTheSurveyAndTheirAnswersAreStoredExactlyAsGiven() {
        Consultation consultation = new TestConsultations(consultations, questionnaires)
                .open("Community safety survey (JavaScript on)", TestConsultations.SURVEY);
        Resident resident = new Resident(browser.driver(), server.getURL().toString());

        resident.visit("/");
        assertEquals("Have your say on community safety", resident.heading());
        resident.followLink(consultation.title());
        assertEquals(consultation.title(), resident.heading());
        resident.press("Start now");

        assertEquals("Feeling safe", resident.heading());
        assertTrue(resident.bodyText().contains("Section 1 of 8"), resident.bodyText());
        resident.choose("How safe do you feel walking alone in this area after dark?", "Fairly safe");
        resident.choose("How safe or unsafe do you feel when outside in your local area during the day?", "Very safe");
        resident.continueOn();

        assertEquals("Problems in your area", resident.heading());
        resident.choose("Noisy neighbours or loud parties", "Not a very big problem");
        resident.choose("Rubbish or litter lying around", "Fairly big problem");
        resident.choose("People using or dealing drugs", "Very big problem");
        resident.choose("Knife crime", "A major problem");
        resident.choose("Hate crime", "Not a problem at all");
        resident.continueOn();

        assertEquals("Worry about crime", resident.heading());
        resident.choose("To what extent are you worried about crime in this area?", "Fairly worried");
        resident.choose("How worried are you about having your home broken into", "Very worried");
        resident.continueOn();

        assertEquals("The police and the council", resident.heading());
        resident.choose("Taking everything into account, how good a job", "Good");
        resident.choose("The police in this area listen to the concerns of local people.", "Tend to disagree");
        resident.choose("How well informed do you feel", "Not very well");
        resident.continueOn();

        assertEquals("Priorities", resident.heading());
        resident.select("First choice", "Drug dealing and drug use");
        resident.select("Second choice", "Other (please say)");
        resident.select("Third choice", "Burglary");
        resident.type("If you chose ‘Other (please say)’", "Street lighting");
        resident.continueOn();

        assertEquals("Your experience of crime", resident.heading());
        resident.choose("Have you been a victim of crime", "Yes");
        resident.continueOn();

        // The follow-ups have pages of their own, shown only when an earlier answer asks for them.
        assertEquals("Reporting it", resident.heading());
        resident.choose("Did you report it?", "No");
        resident.continueOn();

        assertEquals("Not reporting it", resident.heading());
        resident.tick("Why did you not report it?", "I did not know how or who to report it to");
        // GOV.UK Frontend's script: "Prefer not to say" is exclusive, so ticking it clears the others, and back.
        resident.tick("Why did you not report it?", "Prefer not to say");
        assertFalse(resident.isSelected("Why did you not report it?", "I did not know how or who to report it to"),
                "ticking 'Prefer not to say' unticks the other reasons (JavaScript)");
        resident.tick("Why did you not report it?", "I did not know how or who to report it to");
        assertFalse(resident.isSelected("Why did you not report it?", "Prefer not to say"));
        resident.tick("Why did you not report it?", "Another reason (please say)");
        resident.type("If you chose ‘Another reason (please say)’", "Nobody answered the phone");
        resident.continueOn();

        assertEquals("Your area", resident.heading());
        resident.choose("Do you live or work in Example Borough?", "I live in Example Borough");
        resident.type("Postcode", "eb6 2qp");
        resident.continueOn();

        assertEquals("Anything else", resident.heading());
        resident.type("Is there anything else", "More police on foot in the evenings, please.\nAnd better lighting.");
        resident.continueOn();

        assertEquals("Check your answers before sending them", resident.heading());
        assertEquals("Fairly safe", resident.answerShown("How safe do you feel walking alone in this area after dark?"));
        assertEquals("Harbour", resident.answerShown("Where do you live?"), "EB6 2QP is in Harbour ward, not Riverside");
        assertEquals("First choice: Drug dealing and drug use\nSecond choice: Other (please say): Street lighting\n"
                + "Third choice: Burglary", resident.answerShown("What are the top three things the partnership should be dealing with in your area?"));
        assertEquals("Not answered", resident.answerShown("To what extent are you worried about anti-social behaviour in this area?"));
        // A change link goes to the question and comes straight back here.
        resident.change("How safe or unsafe do you feel when outside in your local area during the day?");
        assertEquals("Feeling safe", resident.heading());
        assertTrue(resident.isSelected("How safe or unsafe do you feel", "Very safe"), "the earlier answer is kept");
        resident.choose("How safe or unsafe do you feel", "A bit unsafe");
        resident.continueOn();
        assertEquals("Check your answers before sending them", resident.heading());
        assertEquals("A bit unsafe", resident.answerShown("How safe or unsafe do you feel when outside in your local area during the day?"));
        resident.press("Send response");

        assertEquals("We have received your response", resident.heading());
        String reference = StoredAnswers.referenceIn(resident.bodyText());
        resident.press("Answer the questions");
        resident.type("What is your age?", "42");
        resident.continueOn();
        resident.choose("What is your sex?", "Female");
        resident.continueOn();
        resident.continueOn(); // gender identity: skipped
        resident.choose("What is your ethnic group?", "Prefer not to say");
        StoredAnswers.continueToConfirmation(resident);

        assertEquals("Response sent", resident.heading());
        assertTrue(resident.bodyText().contains("Your reference number\n" + reference), resident.bodyText());
        Screenshots.take(browser.driver(), "javascript-on-confirmation");

        StoredAnswers.assertStored(responses, reference, consultation, List.of(
                row("safe_after_dark", null, "fairly_safe", null, 3L, null),
                row("safe_during_day", null, "a_bit_unsafe", null, 2L, null),
                row("asb_problems", "noisy_neighbours", "not_very_big", null, 2L, null),
                row("asb_problems", "rubbish_or_litter", "fairly_big", null, 3L, null),
                row("asb_problems", "drugs", "very_big", null, 4L, null),
                row("serious_crime_problems", "knife_crime", "major_problem", null, 3L, null),
                row("serious_crime_problems", "hate_crime", "not_a_problem", null, 1L, null),
                row("worry_crime", null, "fairly_worried", null, 3L, null),
                row("worry_burglary", null, "very_worried", null, 4L, null),
                row("police_job", null, "good", null, 4L, null),
                row("police_confidence", "listen_to_concerns", "tend_to_disagree", null, 2L, null),
                row("informed", null, "not_very_well", null, 2L, null),
                row("top_concerns", null, "drug_dealing", 1, null, null),
                row("top_concerns", null, "other", 2, null, "Street lighting"),
                row("top_concerns", null, "burglary", 3, null, null),
                row("victim", null, "yes", null, null, null),
                row("reported", null, "no", null, null, null),
                row("why_not_reported", null, "did_not_know_how", null, null, null),
                row("why_not_reported", null, "other_reason", null, null, "Nobody answered the phone"),
                row("live_or_work", null, "live", null, null, null),
                row("home_area", null, "E05099008", null, null, null),
                row("anything_else", null, null, null, null, "More police on foot in the evenings, please.\nAnd better lighting."),
                row("age", null, null, null, 42L, null),
                row("sex", null, "female", null, null, null),
                row("ethnic_group", null, "prefer_not_to_say", null, null, null)));
    }
}
