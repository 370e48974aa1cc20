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

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consultations that are closed, not yet open or do not exist: pages that say so, never a stack trace. And pages
 * for a text-only browser, which asks for HTML and nothing else.
 */
@MicronautTest(transactional = false)
class ConsultationStatesTest {
    private static final String SURVEY = JourneyFixtures.SHIPPED_SURVEY;
    /** What the text-only browser w3m sends. */
    private static final String TEXT_ONLY_ACCEPT = "text/html, text/*;q=0.5, image/*";

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;

    Resident resident;

    @BeforeEach
    void newResident() {
        resident = new Resident(server.getURI());
    }

    @Test
    void aClosedConsultationSaysWhenItClosedAndItsPagesLeadBackToIt() {
        Instant now = Instant.now();
        Consultation closed = JourneyFixtures.create(consultations, questionnaires, SURVEY,
                now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(2)));
        String home = "/consultations/" + closed.slug();

        Page page = resident.get(home);

        assertEquals(200, page.status());
        assertTrue(page.document().selectFirst(".govuk-inset-text").text().startsWith("This consultation closed on"),
                page.html());
        assertNull(page.document().selectFirst("a.govuk-button--start"), "no way to start");
        assertEquals(home, resident.getOnce(home + "/" + SURVEY + "/feeling_safe").location().orElseThrow());
        assertEquals(home, resident.getOnce(home + "/" + SURVEY + "/check-answers").location().orElseThrow());
        assertEquals(home, resident.getOnce(home + "/resume/3KF7-MX9A-QW4E").location().orElseThrow());
        Page post = resident.postOnce(home + "/" + SURVEY + "/feeling_safe",
                Form.of("safe_after_dark", "very_safe").withToken(resident.get(home + "/resume").csrfToken()));
        assertEquals(home, post.location().orElse(null), post.toString());
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty(), "no draft for a closed consultation");
    }

    @Test
    void aConsultationNotYetOpenSaysWhenItOpens() {
        Instant now = Instant.now();
        Consultation later = JourneyFixtures.create(consultations, questionnaires, SURVEY,
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(40)));
        String home = "/consultations/" + later.slug();

        Page page = resident.get(home);

        assertEquals(200, page.status());
        assertTrue(page.document().selectFirst(".govuk-inset-text").text().startsWith("This consultation opens on"),
                page.html());
        assertNull(page.document().selectFirst("a.govuk-button--start"));
        assertEquals(home, resident.getOnce(home + "/" + SURVEY + "/feeling_safe").location().orElseThrow());
    }

    @Test
    void unknownConsultationsQuestionnairesSectionsAndReferencesAreNotFound() {
        Consultation open = JourneyFixtures.open(consultations, questionnaires, SURVEY);
        String home = "/consultations/" + open.slug();

        for (String path : new String[]{"/consultations/no-such-consultation",
                "/consultations/no-such-consultation/" + SURVEY + "/feeling_safe",
                "/consultations/no-such-consultation/resume",
                home + "/" + SURVEY + "/no_such_section",
                home + "/public-meeting-feedback/about_the_meeting",
                home + "/no-such-questionnaire/check-answers",
                home + "/" + SURVEY + "/complete/NOREF123"}) {
            Page page = resident.get(path);
            assertEquals(404, page.status(), path);
            assertEquals("Page not found", page.heading(), path);
            assertTrue(page.html().contains("govuk-template"), path);
            assertFalse(page.html().contains("Exception"), path);
        }
    }

    @Test
    void aBrowserThatAcceptsOnlyHtmlGetsTheResumeAndConfirmationPages() {
        Consultation open = JourneyFixtures.open(consultations, questionnaires, JourneyFixtures.TEST_QUESTIONNAIRE);
        String pages = "/consultations/" + open.slug() + "/" + JourneyFixtures.TEST_QUESTIONNAIRE + "/";
        Page page = resident.answer(resident.get(pages + "your_street"));
        page = resident.answer(resident.answer(page, "has_car", "no"));
        String complete = resident.submitForm(page).path();
        Resident textOnly = new Resident(server.getURI(), TEXT_ONLY_ACCEPT);

        assertEquals("Response sent", textOnly.get(complete).heading());
        assertEquals("Continue your response", textOnly.get("/consultations/" + open.slug() + "/resume").heading());
        assertEquals(404, textOnly.get("/consultations/no-such-consultation/resume").status());
    }

    @Test
    void aBrowserThatAcceptsOnlyHtmlGetsEveryPage() {
        Consultation open = JourneyFixtures.open(consultations, questionnaires, SURVEY);
        Resident textOnly = new Resident(server.getURI(), TEXT_ONLY_ACCEPT);

        assertEquals(200, textOnly.get("/").status());
        assertEquals(200, textOnly.get("/consultations/" + open.slug()).status());
        assertEquals(200, textOnly.get("/consultations/" + open.slug() + "/" + SURVEY + "/feeling_safe").status());
        assertEquals(404, textOnly.get("/consultations/no-such-consultation").status());
    }
}
