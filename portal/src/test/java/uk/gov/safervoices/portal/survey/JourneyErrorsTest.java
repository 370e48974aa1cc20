package uk.gov.safervoices.portal.survey;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.survey.Resident.Page;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers the checker refuses: a GOV.UK error summary whose links lead to the fields in error, the message by each
 * field, "Error: " before the page title, and every answer on the page kept as typed.
 */
@MicronautTest(transactional = false)
class JourneyErrorsTest {
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
    void aNumberAndADateInErrorAreListedLinkedAndKeptWithTheOtherAnswers() {
        String pages = pagesOf(JourneyFixtures.TEST_QUESTIONNAIRE);
        Page page = resident.get(pages + "your_street");

        page = resident.answer(page, "street_name", "Station Road", "years_lived_here", "about ten",
                "incident_date.day", "31", "incident_date.month", "2", "incident_date.year", "2024");

        assertEquals(pages + "your_street", page.path(), "stays on the page");
        assertEquals(200, page.status());
        assertTrue(page.title().startsWith("Error: Your street - Journey test questionnaire"), page.title());
        Map<String, String> summary = page.errorSummary();
        assertEquals(2, summary.size(), summary.toString());
        assertTrue(summary.get("Enter a whole number, like 34") != null, summary.toString());
        assertEquals("#years_lived_here", summary.get("Enter a whole number, like 34"));
        assertEquals("#incident_date-day", summary.get("Date must be a real date"));
        assertLinksLeadToFields(page);
        assertEquals("Error: Enter a whole number, like 34", page.document().selectFirst("#years_lived_here-error").text());
        assertEquals("Station Road", page.inputValue("street_name"));
        assertEquals("about ten", page.inputValue("years_lived_here"));
        assertEquals(List.of("31", "2", "2024"), List.of(page.inputValue("incident_date.day"),
                page.inputValue("incident_date.month"), page.inputValue("incident_date.year")));
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty(), "nothing is saved from a page with errors");
    }

    @Test
    void tooManyChoicesNoneWithAnotherChoiceAndAMissingRequiredAnswerAreEachExplained() {
        String pages = pagesOf(JourneyFixtures.TEST_QUESTIONNAIRE);
        Page page = resident.answer(resident.get(pages + "your_street"));

        Page tooMany = resident.answer(page, "focus_concerns", "drug_dealing", "focus_concerns", "asb",
                "focus_concerns", "burglary", "meeting_ward", "E05099002");

        assertEquals(Map.of("Select no more than 2 options", "#focus_concerns", "Select an option", "#has_car"),
                tooMany.errorSummary());
        assertLinksLeadToFields(tooMany);
        assertEquals(List.of("drug_dealing", "asb", "burglary"), tooMany.checked("focus_concerns"));
        assertEquals("E05099002", tooMany.selected("meeting_ward"));

        Page noneAndAnother = resident.answer(tooMany, "focus_concerns", "asb", "focus_concerns", "none",
                "has_car", "yes");

        assertEquals(List.of("#focus_concerns"), List.copyOf(noneAndAnother.errorSummary().values()));
        String message = noneAndAnother.errorSummary().keySet().iterator().next();
        assertTrue(message.startsWith("You cannot select") && message.contains("None of these"), message);
        assertEquals(List.of("yes"), noneAndAnother.checked("has_car"));
        assertEquals(List.of("asb", "none"), noneAndAnother.checked("focus_concerns"));
    }

    @Test
    void aRankingWithTheSameChoiceTwiceAndAnUnknownPostcodeAreExplained() {
        String pages = pagesOf(JourneyFixtures.SHIPPED_SURVEY);
        Page priorities = resident.get(pages + "priorities");

        Page ranking = resident.answer(priorities, "top_concerns.1", "burglary", "top_concerns.2", "burglary",
                "top_concerns.3", "asb");

        assertTrue(ranking.title().startsWith("Error: Priorities"), ranking.title());
        assertEquals(Map.of("You have chosen ‘Burglary’ more than once. Choose each option only once", "#top_concerns-2"),
                ranking.errorSummary());
        assertLinksLeadToFields(ranking);
        assertEquals(List.of("burglary", "burglary", "asb"), List.of(ranking.selected("top_concerns.1"),
                ranking.selected("top_concerns.2"), ranking.selected("top_concerns.3")));

        Page area = resident.answer(resident.get(pages + "your_area"), "live_or_work", "live",
                "home_area.postcode", "ZZ9 9ZZ");

        assertEquals(Map.of("We could not find that postcode in Example Borough Council; choose your ward instead",
                "#home_area-postcode"), area.errorSummary());
        assertLinksLeadToFields(area);
        assertEquals("ZZ9 9ZZ", area.inputValue("home_area.postcode"));
        assertEquals(List.of("live"), area.checked("live_or_work"));
    }

    private String pagesOf(String questionnaireKey) {
        Consultation consultation = JourneyFixtures.open(consultations, questionnaires, questionnaireKey);
        return "/consultations/" + consultation.slug() + "/" + questionnaireKey + "/";
    }

    /** Each link of the error summary names the id of a form field on the page (GOV.UK: the first field in error). */
    private static void assertLinksLeadToFields(Page page) {
        Document document = page.document();
        assertNotNull(document.selectFirst(".govuk-error-summary"), "an error summary");
        for (String href : page.errorSummary().values()) {
            assertTrue(href.startsWith("#"), href);
            var target = document.getElementById(href.substring(1));
            assertNotNull(target, "no element " + href + " on " + page.path());
            assertTrue(List.of("input", "select", "textarea").contains(target.tagName()), href + " is a " + target.tagName());
        }
    }
}
