package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanContent;
import uk.gov.safervoices.admin.plan.PlanDraft;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every type of page a resident can reach, in real Chromium with
 * JavaScript on, including every error state: no violation of impact "serious" or "critical" is allowed.
 *
 * <p>"Check your answers" with errors is not among them: the answers in a draft were checked page by page as
 * they were saved, so a browser cannot reach it (the journey's HTTP tests cover it).
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class AccessibilityTest {
    private static final Dimension DESKTOP = new Dimension(1280, 1024);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static Chromium.Browser browser;

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;
    @Inject
    Decisions decisions;
    @Inject
    PlanSummaries summaries;
    @Inject
    uk.gov.safervoices.admin.meeting.Meetings meetings;
    @Inject
    uk.gov.safervoices.admin.meeting.MeetingOutcomes outcomes;
    @Inject
    uk.gov.safervoices.admin.meeting.ResponsibleAuthorities authorities;

    private Resident resident;
    private TestConsultations testConsultations;
    private final AccessibilityAudit audit = new AccessibilityAudit();

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

    @BeforeEach
    void newResident() {
        browser.driver().manage().deleteAllCookies();
        resident = new Resident(browser.driver(), server.getURL().toString());
        testConsultations = new TestConsultations(consultations, questionnaires);
    }

    @Test
    void everyPageOfTheSurveyJourneyIncludingErrorsSavingAndResuming() {
        Consultation consultation = testConsultations.open("Accessibility of the survey", TestConsultations.SURVEY);

        resident.visit("/");
        check("home page");
        Screenshots.take(browser.driver(), "home");
        resident.followLink(consultation.title());
        check("consultation page (open)");
        Screenshots.take(browser.driver(), "consultation-open");
        resident.press("Start now");

        assertEquals("Feeling safe", resident.heading());
        check("section: scales (Feeling safe)");
        resident.choose("How safe do you feel walking alone in this area after dark?", "Very unsafe");
        resident.continueOn();
        assertEquals("Problems in your area", resident.heading());
        check("section: grids (Problems in your area)");
        Screenshots.take(browser.driver(), "section-grid");
        resident.continueOn();
        check("section: Worry about crime");
        resident.continueOn();
        check("section: scale and grid (The police and the council)");
        resident.continueOn();

        assertEquals("Priorities", resident.heading());
        check("section: ranking (Priorities)");
        resident.select("First choice", "Burglary");
        resident.select("Second choice", "Burglary");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("more than once"), resident.errorSummary());
        check("section with an error: ranking");
        Screenshots.take(browser.driver(), "section-ranking-error");
        resident.select("Second choice", "Other (please say)");
        resident.type("If you chose ‘Other (please say)’", "Parking on pavements");
        resident.continueOn();

        assertEquals("Your experience of crime", resident.heading());
        check("section: single choice with 'Prefer not to say' (Your experience of crime)");
        resident.choose("Have you been a victim of crime", "Yes");
        resident.continueOn();
        assertEquals("Reporting it", resident.heading());
        check("section shown by an earlier answer: single choice with a hint (Reporting it)");
        resident.choose("Did you report it?", "No");
        resident.continueOn();
        assertEquals("Not reporting it", resident.heading());
        check("section shown by an earlier answer: checkboxes with 'Prefer not to say' (Not reporting it)");
        Screenshots.take(browser.driver(), "section-not-reporting");
        resident.tick("Why did you not report it?", "I dealt with it myself");
        resident.tick("Why did you not report it?", "Another reason (please say)");
        check("section: 'please say' box revealed (Not reporting it)");
        resident.type("If you chose ‘Another reason (please say)’", "It stopped");
        resident.continueOn(); // checkboxes in an error state: see the meeting feedback form below

        assertEquals("Your area", resident.heading());
        check("section: area (Your area)");
        resident.choose("Do you live or work in Example Borough?", "I live in Example Borough");
        resident.type("Postcode", "not a postcode");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("Enter a real postcode"), resident.errorSummary());
        check("section with an error: area");
        Screenshots.take(browser.driver(), "section-area-error");
        browser.driver().manage().window().setSize(PHONE);
        Screenshots.take(browser.driver(), "section-area-error-phone");
        check("section with an error: area, on a phone-sized screen");
        browser.driver().manage().window().setSize(DESKTOP);
        resident.type("Postcode", "");
        resident.select("Or choose your ward", "Greenhill");
        resident.continueOn();

        assertEquals("Anything else", resident.heading());
        check("section: long text (Anything else)");
        resident.type("Is there anything else", "Thank you.");
        resident.press("Save and come back later");

        assertEquals("Your answers have been saved", resident.heading());
        check("saved (save and come back later)");
        Screenshots.take(browser.driver(), "saved");
        String code = browser.driver().findElement(By.cssSelector(".sv-resume-code")).getText();
        browser.driver().manage().deleteAllCookies(); // as on another device
        resident.visit("/consultations/" + consultation.slug());
        resident.followLink("Continue your response");
        assertEquals("Continue your response", resident.heading());
        check("resume form");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("Enter the code"), resident.errorSummary());
        check("resume form with an error");
        resident.type("Your code", "AAAA-BBBB-CCCC");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("We could not find"), resident.errorSummary());
        resident.type("Your code", code);
        resident.continueOn();

        if (!resident.heading().startsWith("Check your answers")) {
            resident.continueOn(); // resumed on the page saved last
        }
        assertEquals("Check your answers before sending them", resident.heading());
        check("check answers");
        resident.press("Send response");

        assertEquals("We have received your response", resident.heading());
        check("equality questions explainer");
        Screenshots.take(browser.driver(), "equality-explainer");
        resident.press("Answer the questions");
        assertEquals("About you", resident.heading());
        check("equality: Age");
        resident.type("What is your age?", "twelve");
        resident.continueOn();
        assertTrue(resident.pageTitle().startsWith("Error: "), resident.pageTitle());
        check("equality with an error: Age");
        resident.type("What is your age?", "");
        resident.continueOn();
        resident.choose("What is your sex?", "Prefer not to say");
        check("equality: " + resident.heading());
        resident.continueOn();
        check("equality: " + resident.heading());
        resident.continueOn();
        resident.choose("What is your ethnic group?", "Mixed or Multiple ethnic groups");
        check("equality: " + resident.heading());
        resident.continueOn();
        for (int page = 0; page < 10 && !resident.heading().equals("Response sent"); page++) {
            check("equality: " + resident.heading());
            resident.continueOn();
        }
        assertEquals("Response sent", resident.heading());
        check("confirmation");
        Screenshots.take(browser.driver(), "confirmation");

        audit.assertNoSeriousOrCritical();
    }

    @Test
    void consultationPagesInEveryStateAndTheMeetingFeedbackForm() {
        Consultation open = testConsultations.open("Accessibility of meeting feedback", TestConsultations.MEETING_FEEDBACK);
        Consultation closed = testConsultations.closed("Closed consultation", TestConsultations.SURVEY);
        Consultation notYetOpen = testConsultations.notYetOpen("Future consultation", TestConsultations.SURVEY);

        resident.visit("/");
        assertTrue(resident.bodyText().contains("Recently closed"), "the closed consultation is listed");
        check("home page with open and closed consultations");
        resident.visit("/consultations/" + closed.slug());
        assertTrue(resident.bodyText().contains("This consultation closed on"), resident.bodyText());
        check("consultation page (closed)");
        Screenshots.take(browser.driver(), "consultation-closed");
        resident.visit("/consultations/" + notYetOpen.slug());
        assertTrue(resident.bodyText().contains("This consultation opens on"), resident.bodyText());
        check("consultation page (not yet open)");

        resident.visit("/consultations/" + open.slug());
        resident.press("Start now");
        assertEquals("The meeting", resident.heading());
        check("meeting feedback: ward list");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("Select a ward"), resident.errorSummary());
        check("meeting feedback with an error: required ward list");
        resident.select("Ward", "Harbour");
        resident.continueOn();
        assertEquals("What the partnership should focus on", resident.heading());
        check("meeting feedback: checkboxes with 'None of these'");
        Screenshots.take(browser.driver(), "section-checkboxes");
        resident.tick("Which issues should the partnership focus on", "Burglary");
        resident.tick("Which issues should the partnership focus on", "Knife crime");
        resident.tick("Which issues should the partnership focus on", "Hate crime");
        resident.tick("Which issues should the partnership focus on", "Fly-tipping");
        resident.continueOn();
        assertTrue(resident.errorSummary().contains("3"), "more than 3 chosen: " + resident.errorSummary());
        check("meeting feedback with an error: too many boxes ticked");
        resident.tick("Which issues should the partnership focus on", "Fly-tipping");
        resident.continueOn();
        check("meeting feedback: " + resident.heading());
        resident.continueOn();
        check("meeting feedback: " + resident.heading());
        resident.continueOn();
        assertEquals("Check your answers before sending them", resident.heading());
        check("meeting feedback: check answers");
        Screenshots.take(browser.driver(), "check-answers-meeting");

        audit.assertNoSeriousOrCritical();
    }

    @Test
    void thePublishedPlanSummaryItsVersionsAndWeAskedYouSaidWeDid() {
        Consultation closed = testConsultations.closed("Last year's survey", TestConsultations.SURVEY);
        int start = 5000 + (int) Math.floorMod(System.nanoTime(), 4000L);
        String year = start + "-" + String.format("%02d", (start + 1) % 100);
        decisions.record("partner", new Decisions.NewDecision(year, "Partnership board", LocalDate.of(2026, 3, 12),
                closed.id(), List.of(new Decisions.Priority("drug_dealing", "Residents' first concern")),
                new Evidence(closed.title(), "Which three should we tackle first?", "Ward, age and sex", 1500, 1400,
                        500, 1, "1/1/1", Instant.now(), List.of(
                        new Evidence.ConcernEvidence("drug_dealing", "Drug dealing and drug use", 1, 1.2, 1.1, 1.3,
                                0.52, 0.49, 0.55, 720, 0.99, 1, 1),
                        new Evidence.ConcernEvidence("hate_crime", "Hate crime", 2, 0.05, 0.0, 0.1, 0.02, 0.01, 0.03,
                                20, 0.01, 2, 2)))));
        summaries.saveDraft("officer", year, 0, new PlanDraft("Our plan for a safer borough.", Map.of(
                "drug_dealing", List.of(new PlanContent.Action("Close drug houses", "Police", "By March"))),
                List.of(new PlanContent.Measure("Residents feeling safe after dark", "80%", "76%", "75%"))));
        summaries.publish("officer", year, "", List.of(new PlanContent.MeetingHeld("Public meeting",
                LocalDate.of(2026, 2, 1), null)));
        summaries.publish("officer", year, "A target was wrong", List.of());

        resident.visit("/plan/" + year);
        check("plan summary (corrected)");
        browser.driver().manage().window().setSize(PHONE);
        try {
            check("plan summary on a phone");
        } finally {
            browser.driver().manage().window().setSize(DESKTOP);
        }
        resident.visit("/plan/" + year + "/versions/1");
        check("plan summary: an earlier version");
        resident.visit("/consultations/" + closed.slug() + "/you-said-we-did");
        check("we asked, you said, we did");
        audit.assertNoSeriousOrCritical();
    }

    @Test
    void publicMeetingsRegisteringTheWaitingListCancellingAndWhatWasDiscussed() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        var meeting = TestMeetings.upcoming(meetings, authorities, "Accessible meeting " + suffix, 1);
        var discussed = TestMeetings.discussed(meetings, outcomes, authorities, "Discussed meeting " + suffix);

        resident.visit("/meetings");
        check("meetings list");
        resident.followLink(meeting.title());
        check("meeting page (upcoming)");
        Screenshots.take(browser.driver(), "meeting");
        resident.press("Register for this meeting");
        check("registration form");
        resident.press("Register");
        assertTrue(resident.errorSummary().contains("Enter your name or initials"), resident.errorSummary());
        check("registration form with an error");
        resident.type("Your name or initials", "A. B.");
        resident.press("Register");
        assertEquals("You have a place", resident.heading());
        check("registration confirmed");
        Screenshots.take(browser.driver(), "meeting-registered");

        browser.driver().manage().deleteAllCookies(); // another resident
        resident.visit("/meetings/" + meeting.slug());
        check("meeting page (full)");
        resident.press("Join the waiting list");
        check("waiting list form");
        resident.type("Your name or initials", "C. D.");
        resident.press("Join the waiting list");
        assertEquals("You are on the waiting list", resident.heading());
        check("on the waiting list");

        resident.visit("/meetings/cancel");
        resident.type("Your reference", "MT-AAAA");
        resident.press("Cancel my place");
        assertTrue(resident.pageTitle().startsWith("Error: "), resident.pageTitle());
        check("cancel form with an error");
        resident.visit("/meetings/" + meeting.slug());
        resident.followLink("Cancel your place");
        check("cancel form");

        resident.visit("/meetings/" + discussed.slug());
        assertTrue(resident.bodyText().contains("What was discussed"), resident.bodyText());
        check("meeting page with what was discussed");
        Screenshots.take(browser.driver(), "meeting-discussed");

        audit.assertNoSeriousOrCritical();
    }

    @Test
    void notFoundAndRefusedFormPages() {
        Consultation consultation = testConsultations.open("Accessibility of error pages", TestConsultations.SURVEY);

        resident.visit("/no-such-page");
        assertEquals("Page not found", resident.heading());
        check("404 page not found");
        resident.visit("/consultations/no-such-consultation");
        assertEquals("Page not found", resident.heading());

        resident.visit("/consultations/" + consultation.slug());
        resident.press("Start now");
        browser.driver().manage().deleteCookieNamed("sv_csrf"); // as if cookies were blocked or had expired
        resident.choose("How safe do you feel walking alone in this area after dark?", "Fairly safe");
        resident.continueOn();
        assertEquals("Sorry, we could not accept that form", resident.heading());
        check("403 form refused (CSRF)");
        Screenshots.take(browser.driver(), "csrf-refused");

        audit.assertNoSeriousOrCritical();
    }

    private void check(String page) {
        audit.check(browser.driver(), page);
    }
}
