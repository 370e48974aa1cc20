package uk.gov.safervoices.portal.survey;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.portal.survey.Resident.Form;
import uk.gov.safervoices.portal.survey.Resident.Page;

import io.micronaut.data.connection.ConnectionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What protects the store: one response per submission however often it is posted, CSRF tokens on every form, and
 * duplicate flags (honeypot, same browser) that keep the response for staff to review.
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.integrity.submissions-per-hour-per-address", value = "100000")
class SubmissionIntegrityTest {
    private static final String KEY = JourneyFixtures.TEST_QUESTIONNAIRE;

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;
    @Inject
    ResponseStore responses;
    @Inject
    ConnectionOperations<Connection> connections;

    Consultation consultation;
    Resident resident;
    String pages;

    @BeforeEach
    void newConsultationAndResident() {
        consultation = JourneyFixtures.open(consultations, questionnaires, KEY);
        resident = new Resident(server.getURI());
        pages = "/consultations/" + consultation.slug() + "/" + KEY + "/";
    }

    @Test
    void postingTheSameSubmissionTwiceStoresOneResponseAndShowsTheSameConfirmation() {
        Page check = toCheckAnswers();
        Form form = Form.fromPage(check);

        Page first = resident.postOnce(check.formAction(), form);
        Page second = resident.postOnce(check.formAction(), form);

        assertEquals(303, first.status());
        assertEquals(303, second.status(), "a double click: the second POST is answered like the first");
        assertTrue(first.location().orElseThrow().startsWith(pages + "complete/"), first.toString());
        assertEquals(first.location(), second.location());
        assertEquals(1, responses.countForConsultation(consultation));
    }

    @Test
    void goingBackToCheckAnswersAfterSendingAndSendingAgainMakesNoDuplicate() {
        Page check = toCheckAnswers();
        Page complete = resident.submitForm(check);
        assertEquals("Response sent", complete.heading());

        // the back button shows the old page from the browser's cache; its form still holds the old key
        Page again = resident.submitForm(check);

        assertEquals(complete.path(), again.path());
        assertEquals(1, responses.countForConsultation(consultation));
        assertEquals("/consultations/" + consultation.slug(), resident.getOnce(pages + "check-answers").location().orElseThrow(),
                "reloading check answers after sending finds no draft to send");
    }

    @Test
    void aFormWithoutOrWithAWrongCsrfTokenIsRefusedAndWritesNothing() {
        Page first = resident.get(pages + "your_street");
        Form answers = Form.of("street_name", "Station Road", "action", "continue");

        Page missing = resident.postOnce(first.formAction(), answers);
        Resident someoneElse = new Resident(server.getURI());
        String theirToken = someoneElse.get(pages + "your_street").csrfToken();
        Page wrong = resident.postOnce(first.formAction(), Form.of("csrfToken", theirToken, "street_name", "Station Road"));

        assertEquals(403, missing.status());
        assertEquals(403, wrong.status());
        assertEquals("Sorry, we could not accept that form", missing.heading());
        assertTrue(missing.html().contains("govuk-template"), "the site's own error page");
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty());
        assertEquals(0, draftsOf(consultation));

        Page check = toCheckAnswers();
        Page unsigned = resident.postOnce(check.formAction(), Form.fromPage(check).set("csrfToken", "forged.token"));
        assertEquals(403, unsigned.status());
        Page noToken = resident.postOnce(check.formAction(), Form.fromPage(check).without("csrfToken"));
        assertEquals(403, noToken.status());
        assertEquals(0, responses.countForConsultation(consultation), "no response stored");
    }

    @Test
    void aFilledHoneypotIsStoredWithAFlagNotDropped() {
        Page check = toCheckAnswers();
        assertTrue(check.document().selectFirst("input[name=website]") != null, "the honeypot field");

        Page complete = resident.submit(check, Form.fromPage(check).set("website", "http://cheap-pills.example"));

        assertEquals("Response sent", complete.heading(), "the sender sees nothing different");
        ResponseRecord response = responses.findByReference(referenceOn(complete)).orElseThrow();
        assertTrue(response.integrityFlags() != null && response.integrityFlags().contains("honeypot"),
                String.valueOf(response.integrityFlags()));
        assertEquals(1, responses.countForConsultation(consultation));
    }

    @Test
    void aSecondResponseFromTheSameBrowserIsFlaggedAndKept() {
        Page firstComplete = resident.submitForm(toCheckAnswers());
        ResponseRecord first = responses.findByReference(referenceOn(firstComplete)).orElseThrow();

        Page secondComplete = resident.submitForm(toCheckAnswers());
        ResponseRecord second = responses.findByReference(referenceOn(secondComplete)).orElseThrow();

        assertNull(first.integrityFlags(), "the first response is not flagged");
        assertTrue(second.integrityFlags() != null && second.integrityFlags().contains("repeat_browser"),
                String.valueOf(second.integrityFlags()));
        assertFalse(second.integrityFlags().contains("honeypot"));
        assertEquals(2, responses.countForConsultation(consultation));

        Resident neighbour = new Resident(server.getURI());
        Page neighbourCheck = toCheckAnswers(neighbour);
        ResponseRecord third = responses.findByReference(referenceOn(neighbour.submitForm(neighbourCheck))).orElseThrow();
        assertNull(third.integrityFlags(), "another browser is not flagged");
    }

    private Page toCheckAnswers() {
        return toCheckAnswers(resident);
    }

    private Page toCheckAnswers(Resident who) {
        Page page = who.answer(who.get(pages + "your_street"), "street_name", "Station Road");
        page = who.answer(page, "has_car", "no");
        page = who.answer(page);
        assertEquals(pages + "check-answers", page.path());
        return page;
    }

    private static String referenceOn(Page complete) {
        assertEquals("Response sent", complete.heading(), complete.toString());
        return complete.document().selectFirst(".govuk-panel__body strong").text();
    }

    private long draftsOf(Consultation consultation) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM response_draft WHERE consultation_id = ?")) {
                statement.setLong(1, consultation.id());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
