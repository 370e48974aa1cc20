package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.browser.StoredAnswers.row;

/**
 * A resident completes the public meeting feedback form with the keyboard alone (Tab, Shift+Tab, Space, Enter,
 * arrow keys and typing; nothing clicked), starting with the skip link, and sees their reference number.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class KeyboardOnlyTest {
    /** GOV.UK Frontend's focus colour: a focused link or button turns this yellow. */
    private static final String FOCUS_YELLOW = "rgba(255, 221, 0, 1)";
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
    void aResidentCompletesTheMeetingFeedbackFormWithTheKeyboardAlone() {
        Consultation consultation = new TestConsultations(consultations, questionnaires)
                .open("Public meeting feedback (keyboard)", TestConsultations.MEETING_FEEDBACK);
        Resident resident = new Resident(browser.driver(), server.getURL().toString());
        Keyboard keyboard = new Keyboard(resident);

        resident.visit("/consultations/" + consultation.slug());
        // The first Tab reaches the skip link, which appears when focused and moves focus to the main content.
        keyboard.tab();
        WebElement skipLink = keyboard.focused();
        assertEquals("Skip to main content", keyboard.focus().text());
        assertTrue(skipLink.getRect().getHeight() > 10 && skipLink.getRect().getWidth() > 50,
                "the skip link is visible when focused: " + skipLink.getRect());
        keyboard.press(Keys.ENTER);
        assertEquals("main-content", keyboard.focus().id(), "focus moved to the main content");
        // From the main content, the next Tab stops are in it: the privacy notice, then the start button.
        keyboard.tab();
        assertEquals("How we use your information (privacy notice)", keyboard.focus().text());
        keyboard.tabToControl("Start now");
        assertFocusVisible(keyboard.focused());
        keyboard.activate(Keys.ENTER);

        assertEquals("The meeting", resident.heading());
        keyboard.tabTo("the ward list", f -> "select".equals(f.tag()));
        WebElement ward = keyboard.focused();
        keyboard.press(Keys.ARROW_DOWN); // Abbey
        keyboard.press(Keys.ARROW_DOWN); // Brookside
        keyboard.press(Keys.ARROW_DOWN); // Castle
        assertEquals("Castle", new Select(ward).getFirstSelectedOption().getText());
        keyboard.tabToControl("Very useful");
        keyboard.press(Keys.SPACE);
        keyboard.press(Keys.ARROW_DOWN);
        assertEquals("Fairly useful", keyboard.focus().label());
        keyboard.tabToControl("Yes, and I got an answer");
        keyboard.press(Keys.ARROW_DOWN);
        assertEquals("Yes, but I did not get an answer", keyboard.focus().label());
        keyboard.tabToControl("Continue");
        keyboard.tab();
        assertEquals("Save and come back later", keyboard.focus().text());
        keyboard.shiftTab();
        assertEquals("Continue", keyboard.focus().text());
        assertFocusVisible(keyboard.focused());
        keyboard.activate(Keys.ENTER);

        assertEquals("What the partnership should focus on", resident.heading());
        keyboard.tabToControl("Burglary");
        keyboard.press(Keys.SPACE);
        keyboard.tabToControl("Knife crime");
        keyboard.press(Keys.SPACE);
        keyboard.tabToControl("Continue");
        keyboard.activate(Keys.ENTER);

        assertEquals("The partnership plan", resident.heading());
        keyboard.tabToControl("Very well");
        keyboard.press(Keys.SPACE);
        keyboard.press(Keys.ARROW_DOWN);
        keyboard.tabToControl("Continue");
        keyboard.activate(Keys.SPACE);

        assertEquals("Anything else", resident.heading());
        keyboard.tabTo("the text box", f -> "textarea".equals(f.tag()));
        keyboard.type("Hold the next one in the evening.");
        keyboard.tabToControl("Continue");
        keyboard.activate(Keys.ENTER);

        assertEquals("Check your answers before sending them", resident.heading());
        assertEquals("Castle", resident.answerShown("Which ward was the meeting in?"));
        assertEquals("Burglary\nKnife crime", resident.answerShown("Which issues should the partnership focus on in your area?"));
        assertEquals("Fairly well", resident.answerShown("How well did the partnership explain its plan for making the area safer?"));
        keyboard.tabToControl("Send response");
        keyboard.activate(Keys.SPACE);

        assertEquals("We have received your response", resident.heading());
        String reference = StoredAnswers.referenceIn(resident.bodyText());
        keyboard.tabToControl("Answer the questions");
        keyboard.activate(Keys.SPACE); // a link that looks like a button works with Space too (GOV.UK Frontend)
        for (int page = 0; page < 8 && !resident.heading().equals("Response sent"); page++) {
            keyboard.tabToControl("Continue");
            keyboard.activate(Keys.ENTER);
        }
        assertEquals("Response sent", resident.heading());
        assertTrue(resident.bodyText().contains("Your reference number\n" + reference), resident.bodyText());

        StoredAnswers.assertStored(responses, reference, consultation, List.of(
                row("meeting_ward", null, "E05099003", null, null, null),
                row("meeting_useful", null, "fairly_useful", null, 3L, null),
                row("raised_issue", null, "yes_not_answered", null, null, null),
                row("focus_concerns", null, "burglary", null, null, null),
                row("focus_concerns", null, "knife_crime", null, null, null),
                row("plan_explained", null, "fairly_well", null, 3L, null),
                row("anything_else", null, null, null, null, "Hold the next one in the evening.")));
    }

    private static void assertFocusVisible(WebElement element) {
        assertEquals(FOCUS_YELLOW, element.getCssValue("background-color"),
                "GOV.UK's yellow focus style on the focused " + element.getTagName() + " '" + element.getText() + "'");
    }
}
