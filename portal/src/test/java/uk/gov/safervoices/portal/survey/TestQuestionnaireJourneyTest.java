package uk.gov.safervoices.portal.survey;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.survey.AnswerRowsExpected.rows;

/**
 * The question types the shipped survey lacks (short text, whole number, date, multiple choice with "None of these"
 * and a limit, area by ward), and conditions on whole sections and on questions of later pages, using a small
 * questionnaire published by the test (test resources: journey-test-types.yaml).
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.integrity.submissions-per-hour-per-address", value = "100000")
class TestQuestionnaireJourneyTest {
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
    void textNumberDateMultipleChoiceAndWardAreAskedAndStoredAsGiven() {
        Page page = resident.get(pages + "your_street");
        assertEquals("Your street", page.heading());
        assertEquals("Section 1 of 3", progress(page));
        assertEquals("text", page.document().selectFirst("input#street_name").attr("type"));
        assertEquals("Which street or place were you thinking of? (optional)", page.labelFor("street_name"));
        assertEquals("numeric", page.document().selectFirst("input#years_lived_here").attr("inputmode"));
        Element date = page.document().selectFirst("fieldset[role=group]");
        assertEquals("When did it happen? (optional)", date.selectFirst("legend").text());
        assertEquals(List.of("incident_date.day", "incident_date.month", "incident_date.year"),
                date.select("input").eachAttr("name"));
        assertEquals(List.of("Day", "Month", "Year"), date.select("label").eachText());
        page = resident.answer(page, "street_name", "  Station Road ", "years_lived_here", "12",
                "incident_date.day", "5", "incident_date.month", "Feb", "incident_date.year", "2024");

        assertEquals("Your views", page.heading());
        assertEquals("Select up to 2.", page.document().selectFirst("#focus_concerns-hint").text());
        assertEquals(List.of("drug_dealing", "asb", "burglary", "none"), page.options("focus_concerns"));
        Element none = page.document().selectFirst("input[name=focus_concerns][value=none]");
        assertEquals("exclusive", none.attr("data-behaviour"));
        assertEquals("or", none.parent().previousElementSibling().text());
        assertEquals("Ward", page.labelFor("meeting_ward"));
        assertEquals(17, page.selectOptions("meeting_ward").size(), "a blank option and 16 wards");
        assertNull(page.document().selectFirst("input[name=meeting_ward.postcode]"), "ward mode: no postcode box");
        assertEquals("Do you have a car?", page.document().select("legend").last().text(), "required: no (optional)");
        page = resident.answer(page, "focus_concerns", "asb", "focus_concerns", "burglary", "meeting_ward", "E05099015",
                "has_car", "no");

        assertEquals("Parking", page.heading(), "the vehicle crime section is only for car owners");
        assertEquals("Section 3 of 3", progress(page));
        assertNull(page.document().selectFirst("[name=parking_problem]"), "hidden by an answer on an earlier page");
        assertNotNull(page.document().selectFirst("textarea[name=final_words]"));
        page = resident.answer(page, "final_words", "Nothing else.");

        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of("Station Road"), page.summaryLines("Which street or place were you thinking of?"));
        assertEquals(List.of("12"), page.summaryLines("How many years have you lived in Example Borough?"));
        assertEquals(List.of("5 February 2024"), page.summaryLines("When did it happen?"));
        assertEquals(List.of("Anti-social behaviour", "Burglary"),
                page.summaryLines("Which issues should the partnership focus on in your area?"));
        assertEquals(List.of("St Anne's"), page.summaryLines("Which ward do you live in?"));
        assertEquals(List.of("Your street", "Your views", "Parking"),
                page.document().select("main h2.govuk-heading-m").eachText().subList(0, 3));
        assertFalse(page.summaryRows().containsKey("Is parking a problem where you live?"));

        page = resident.submitForm(page);

        assertTrue(page.path().startsWith(pages + "complete/"), "no equality questions: straight to confirmation, was " + page.path());
        String reference = page.document().selectFirst(".govuk-panel__body strong").text();
        assertEquals(pages + "complete/" + reference, page.path());
        assertEquals(rows()
                        .text("street_name", "Station Road")
                        .number("years_lived_here", 12)
                        .date("incident_date", LocalDate.of(2024, 2, 5))
                        .choice("focus_concerns", "asb")
                        .choice("focus_concerns", "burglary")
                        .choice("meeting_ward", "E05099015")
                        .choice("has_car", "no")
                        .text("final_words", "Nothing else.").sorted(),
                AnswerRowsExpected.sorted(responses.answerRows(responses.findByReference(reference).orElseThrow())));
    }

    @Test
    void anAnswerThatShowsASectionAsksItAndChangingTheAnswerLaterDropsTheSectionAndItsAnswers() {
        Page page = resident.answer(resident.get(pages + "your_street"));
        page = resident.answer(page, "has_car", "yes", "meeting_ward", "E05099001");
        assertEquals("Vehicle crime", page.heading());
        assertEquals("Section 3 of 4", progress(page));
        page = resident.answer(page, "car_damaged", "yes");
        assertEquals("Parking", page.heading());
        assertNotNull(page.document().selectFirst("input[name=parking_problem]"), "shown to car owners");
        page = resident.answer(page, "parking_problem", "yes");
        assertEquals(List.of("Yes"), page.summaryLines("Has your car been damaged in the last 12 months?"));
        assertEquals(List.of("Yes"), page.summaryLines("Is parking a problem where you live?"));

        page = resident.get(page.changeLink("Do you have a car?"));
        assertEquals(List.of("yes"), page.checked("has_car"));
        page = resident.answer(page, "has_car", "no", "meeting_ward", page.selected("meeting_ward"));

        assertEquals(pages + "check-answers", page.path(), "a change goes back to check answers");
        assertFalse(page.document().select("main h2").eachText().contains("Vehicle crime"));
        assertFalse(page.summaryRows().containsKey("Has your car been damaged in the last 12 months?"));
        assertFalse(page.summaryRows().containsKey("Is parking a problem where you live?"));
        assertEquals(List.of("No"), page.summaryLines("Do you have a car?"));
        assertEquals(303, resident.getOnce(pages + "vehicle_crime").status(), "the hidden section is not shown");
        String draft = draftStateOf(consultation);
        assertFalse(draft.contains("car_damaged") || draft.contains("parking_problem"),
                "the draft keeps no answers to questions no longer shown: " + draft);

        page = resident.submitForm(page);
        String reference = page.document().selectFirst(".govuk-panel__body strong").text();
        assertEquals(rows().choice("meeting_ward", "E05099001").choice("has_car", "no").sorted(),
                AnswerRowsExpected.sorted(responses.answerRows(responses.findByReference(reference).orElseThrow())));
    }

    @Test
    void anAnswerDroppedByAChangeIsNotBroughtBackByChangingBack() {
        Page page = resident.answer(resident.get(pages + "your_street"));
        page = resident.answer(resident.answer(page, "has_car", "yes"), "car_damaged", "yes");
        page = resident.answer(page);
        page = resident.answer(resident.get(page.changeLink("Do you have a car?")), "has_car", "no");
        assertFalse(page.summaryRows().containsKey("Has your car been damaged in the last 12 months?"));

        page = resident.answer(resident.get(page.changeLink("Do you have a car?")), "has_car", "yes");
        if (page.path().endsWith("/vehicle_crime")) {
            assertTrue(page.checked("car_damaged").isEmpty(), "the dropped answer is not filled in again");
            page = resident.answer(page);
        }

        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of("Not answered"), page.summaryLines("Has your car been damaged in the last 12 months?"));
    }

    @Test
    void changingAnAnswerSoThatANewSectionAppliesAsksItBeforeReturningToCheckAnswers() {
        Page page = resident.answer(resident.get(pages + "your_street"));
        page = resident.answer(page, "has_car", "no");
        page = resident.answer(page);
        assertEquals(pages + "check-answers", page.path());

        page = resident.get(page.changeLink("Do you have a car?"));
        page = resident.answer(page, "has_car", "yes");

        assertEquals(pages + "vehicle_crime", page.path(), "the newly shown section is asked");
        assertEquals("true", page.document().selectFirst("input[type=hidden][name=change]").attr("value"));
        assertEquals(pages + "check-answers", page.document().selectFirst(".govuk-back-link").attr("href"));
        page = resident.answer(page, "car_damaged", "no");
        assertEquals(pages + "check-answers", page.path());
        assertEquals(List.of("No"), page.summaryLines("Has your car been damaged in the last 12 months?"));
    }

    private String draftStateOf(Consultation consultation) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT state_json FROM response_draft WHERE consultation_id = ?")) {
                statement.setLong(1, consultation.id());
                try (ResultSet result = statement.executeQuery()) {
                    assertTrue(result.next(), "a draft");
                    return result.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String progress(Page page) {
        return page.document().selectFirst(".sv-progress").text().replace("– ", "");
    }
}
