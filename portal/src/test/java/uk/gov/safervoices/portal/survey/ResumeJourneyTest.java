package uk.gov.safervoices.portal.survey;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.survey.Resident.Form;
import uk.gov.safervoices.portal.survey.Resident.Page;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save and come back later: a code and a link, no account; either brings the answers back in another browser, on
 * the first section not yet answered.
 */
@MicronautTest(transactional = false)
class ResumeJourneyTest {
    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;

    Consultation consultation;
    String pages;
    String resumePage;

    @BeforeEach
    void newConsultation() {
        consultation = JourneyFixtures.open(consultations, questionnaires, JourneyFixtures.SHIPPED_SURVEY);
        pages = "/consultations/" + consultation.slug() + "/" + JourneyFixtures.SHIPPED_SURVEY + "/";
        resumePage = "/consultations/" + consultation.slug() + "/resume";
    }

    @Test
    void theCodeTypedInAFreshBrowserBringsTheAnswersBackOnTheFirstUnansweredSection() {
        Resident phone = new Resident(server.getURI());
        Page page = phone.answer(phone.get(pages + "feeling_safe"), "safe_after_dark", "a_bit_unsafe");
        page = phone.answer(page, "asb_problems.drugs", "fairly_big");

        Page saved = phone.saveForLater(page, "worry_crime", "very_worried");

        assertEquals(pages + "saved", saved.path());
        assertEquals("Your answers have been saved", saved.heading());
        String code = saved.document().selectFirst(".sv-resume-code").text();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        assertEquals(resumePage + "/" + code, saved.document().select("main a.govuk-link").first().attr("href"));

        Resident laptop = new Resident(server.getURI());
        Page form = laptop.get(resumePage);
        assertEquals("Continue your response", form.heading());
        Page resumed = laptop.submit(form, Form.of("code", code.toLowerCase().replace("-", " ")));

        assertEquals(pages + "police_and_council", resumed.path(), "the first section not yet answered");
        assertEquals(List.of(pages + "police_and_council"), resumed.redirects());
        assertEquals(List.of("a_bit_unsafe"), laptop.get(pages + "feeling_safe").checked("safe_after_dark"));
        assertEquals(List.of("fairly_big"), laptop.get(pages + "local_problems").checked("asb_problems.drugs"));
        assertEquals(List.of("very_worried"), laptop.get(pages + "worry").checked("worry_crime"),
                "the answers on the page where the resident saved are kept too");
    }

    @Test
    void theLinkAlsoWorksAndCheckAnswersShowsTheEarlierAnswers() {
        Resident phone = new Resident(server.getURI());
        Page saved = phone.saveForLater(phone.get(pages + "feeling_safe"), "safe_during_day", "very_safe");
        String link = saved.document().select("main a.govuk-link").first().attr("href");

        Resident laptop = new Resident(server.getURI());
        Page page = laptop.get(link);

        assertEquals(pages + "local_problems", page.path());
        while (!page.path().endsWith("/check-answers")) {
            page = laptop.answer(page);
        }
        assertEquals(List.of("Very safe"),
                page.summaryLines("How safe or unsafe do you feel when outside in your local area during the day?"));
    }

    @Test
    void aWrongOrMissingCodeIsExplainedOnTheResumePage() {
        Resident resident = new Resident(server.getURI());
        Page form = resident.get(resumePage);

        Page wrong = resident.submit(form, Form.of("code", "3KF7-MX9A-QW4E"));

        assertEquals(200, wrong.status());
        assertEquals(resumePage, wrong.path());
        assertTrue(wrong.title().startsWith("Error: Continue your response"), wrong.title());
        assertEquals(Map.of("We could not find answers saved with that code. Check the code and try again", "#code"),
                wrong.errorSummary());
        assertEquals("3KF7-MX9A-QW4E", wrong.inputValue("code"));
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty());

        Page empty = resident.submit(form, Form.of("code", ""));
        assertEquals(Map.of("Enter the code you were given", "#code"), empty.errorSummary());

        Page byLink = resident.get(resumePage + "/3KF7-MX9A-QW4E");
        assertEquals(200, byLink.status());
        assertTrue(byLink.title().startsWith("Error: "), byLink.title());
    }

    @Test
    void aCodeWorksOnlyForItsOwnConsultation() {
        Resident phone = new Resident(server.getURI());
        String code = phone.saveForLater(phone.get(pages + "feeling_safe"), "safe_during_day", "very_safe")
                .document().selectFirst(".sv-resume-code").text();
        Consultation other = JourneyFixtures.open(consultations, questionnaires, JourneyFixtures.SHIPPED_SURVEY);
        assertNotEquals(consultation.slug(), other.slug());

        Resident laptop = new Resident(server.getURI());
        Page page = laptop.get("/consultations/" + other.slug() + "/resume/" + code);

        assertEquals(200, page.status());
        assertTrue(page.title().startsWith("Error: "), page.title());
    }
}
