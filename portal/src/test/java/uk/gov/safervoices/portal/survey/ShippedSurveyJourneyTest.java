package uk.gov.safervoices.portal.survey;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.portal.survey.Resident.Page;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.survey.AnswerRowsExpected.rows;

/**
 * The shipped community safety survey, start to finish over HTTP: every question type it has (scale with "Don't
 * know", grid, ranking, single and multiple choice with "please say", area, long text), check your answers, the
 * equality questions after submission, the confirmation, and the rows in the database.
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.integrity.submissions-per-hour-per-address", value = "100000")
class ShippedSurveyJourneyTest {
    private static final String SURVEY = JourneyFixtures.SHIPPED_SURVEY;

    @Inject
    EmbeddedServer server;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;
    @Inject
    ResponseStore responses;

    Consultation consultation;
    Resident resident;
    String pages;

    @BeforeEach
    void newConsultationAndResident() {
        consultation = JourneyFixtures.open(consultations, questionnaires, SURVEY);
        resident = new Resident(server.getURI());
        pages = "/consultations/" + consultation.slug() + "/" + SURVEY + "/";
    }

    @Test
    void aResidentAnswersEveryQuestionTypeAndTheDatabaseHoldsExactlyTheirAnswers() {
        Page consultationPage = resident.get("/consultations/" + consultation.slug());
        Element start = consultationPage.document().selectFirst("a.govuk-button--start");
        assertNotNull(start, consultationPage.html());
        assertEquals(pages + "feeling_safe", start.attr("href"));

        Page page = resident.get(start.attr("href"));
        assertEquals("Feeling safe", page.heading());
        assertTrue(page.document().selectFirst(".sv-progress").text().contains("Section 1 of 8"));
        assertTrue(page.title().startsWith("Feeling safe - Community safety survey"), page.title());
        assertEquals("/consultations/" + consultation.slug(), page.document().selectFirst(".govuk-back-link").attr("href"));
        // scale: radios in scale order, "Don't know" last after an "or" divider
        assertEquals(List.of("very_safe", "fairly_safe", "a_bit_unsafe", "very_unsafe", "dont_know"),
                page.options("safe_after_dark"));
        assertEquals("Don't know", page.labelFor("safe_after_dark-6"));
        assertEquals("or", page.document().selectFirst("#safe_after_dark-6").parent().previousElementSibling().text());
        page = resident.answer(page, "safe_after_dark", "dont_know", "safe_during_day", "fairly_safe");

        assertEquals("Problems in your area", page.heading());
        assertEquals(pages + "feeling_safe", page.document().selectFirst(".govuk-back-link").attr("href"));
        // grid: one radios group per item, each a fieldset with the item as its legend
        Elements itemGroups = page.document().select("fieldset fieldset");
        assertEquals(7 + 3, itemGroups.size());
        Element drugs = itemGroups.stream().filter(g -> g.selectFirst("input[name=asb_problems.drugs]") != null)
                .findFirst().orElseThrow();
        assertEquals("People using or dealing drugs", drugs.selectFirst("legend").text());
        assertEquals(List.of("very_big", "fairly_big", "not_very_big", "not_a_problem", "dont_know"),
                drugs.select("input[type=radio]").eachAttr("value"));
        assertEquals("How much of a problem are the following in your area? (optional)",
                page.document().selectFirst("fieldset > legend").text());
        page = resident.answer(page, "asb_problems.drugs", "very_big", "asb_problems.rubbish_or_litter", "dont_know",
                "serious_crime_problems.knife_crime", "minor_problem");

        assertEquals("Worry about crime", page.heading());
        page = resident.answer(page, "worry_crime", "fairly_worried");

        assertEquals("The police and the council", page.heading());
        page = resident.answer(page, "police_job", "good", "police_confidence.listen_to_concerns", "tend_to_agree",
                "informed", "not_at_all");

        assertEquals("Priorities", page.heading());
        // ranking without JavaScript: a select per rank, labelled First, Second and Third choice
        assertEquals("First choice", page.labelFor("top_concerns-1"));
        assertEquals("Second choice", page.labelFor("top_concerns-2"));
        assertEquals("Third choice", page.labelFor("top_concerns-3"));
        assertNull(page.document().selectFirst("#top_concerns-4"));
        List<String> options = page.selectOptions("top_concerns.1");
        assertEquals(12, options.size(), options.toString());
        assertEquals("", options.get(0));
        assertEquals("other", options.get(11));
        assertNotNull(page.document().selectFirst("input[name=top_concerns.specify]"), "the 'please say' box");
        page = resident.answer(page, "top_concerns.1", "drug_dealing", "top_concerns.2", "other",
                "top_concerns.3", "asb", "top_concerns.specify", "E-scooters on pavements");

        assertEquals("Your experience of crime", page.heading());
        // one thing per page: the follow-ups have pages of their own, shown only when they apply
        assertEquals(List.of("yes", "no", "prefer_not_to_say"), page.options("victim"));
        assertNull(page.document().selectFirst("[name=reported]"), "'Did you report it?' is on a page of its own");
        assertNull(page.document().selectFirst("[name=why_not_reported]"));
        page = resident.answer(page, "victim", "yes");

        assertEquals(pages + "reporting", page.path());
        assertEquals("Reporting it", page.heading());
        assertEquals(pages + "experience_of_crime", page.document().selectFirst(".govuk-back-link").attr("href"));
        assertEquals(List.of("yes", "no"), page.options("reported"));
        page = resident.answer(page, "reported", "no");

        assertEquals(pages + "not_reporting", page.path());
        assertEquals("Not reporting it", page.heading());
        assertEquals(pages + "reporting", page.document().selectFirst(".govuk-back-link").attr("href"));
        // multiple choice: checkboxes; "Prefer not to say" last, exclusive, after an "or" divider
        List<String> reasons = page.options("why_not_reported");
        assertEquals("prefer_not_to_say", reasons.get(reasons.size() - 1));
        Element preferNotToSay = page.document().selectFirst("input[name=why_not_reported][value=prefer_not_to_say]");
        assertEquals("exclusive", preferNotToSay.attr("data-behaviour"));
        assertEquals("or", preferNotToSay.parent().previousElementSibling().text());
        page = resident.answer(page, "why_not_reported", "too_trivial",
                "why_not_reported", "other_reason", "why_not_reported.specify", "It happened on holiday");

        assertEquals("Your area", page.heading());
        // area: a postcode box, or a ward list
        assertEquals("Postcode", page.labelFor("home_area-postcode"));
        assertEquals("Or choose your ward", page.labelFor("home_area-ward"));
        assertEquals(17, page.selectOptions("home_area.ward").size(), "a blank option and 16 wards");
        page = resident.answer(page, "live_or_work", "live", "home_area.postcode", "eb1 2ab");

        assertEquals("Anything else", page.heading());
        assertEquals("Section 10 of 10", page.document().selectFirst(".sv-progress").text().replace("– ", ""));
        page = resident.answer(page, "anything_else", "More street lights, please.\r\nThank you.");

        assertEquals(pages + "check-answers", page.path());
        assertEquals("Check your answers before sending them", page.heading());
        assertEquals(List.of("Don't know"), page.summaryLines("How safe do you feel walking alone in this area after dark?"));
        assertEquals(List.of("Fairly safe"), page.summaryLines("How safe or unsafe do you feel when outside in your local area during the day?"));
        assertEquals(List.of("Rubbish or litter lying around: Don't know", "People using or dealing drugs: Very big problem"),
                page.summaryLines("How much of a problem are the following in your area?"));
        assertEquals(List.of("Not answered"), page.summaryLines("To what extent are you worried about anti-social behaviour in this area?"));
        assertEquals(List.of("First choice: Drug dealing and drug use", "Second choice: Other (please say): E-scooters on pavements",
                "Third choice: Anti-social behaviour"),
                page.summaryLines("What are the top three things the partnership should be dealing with in your area?"));
        assertEquals(List.of("It was too trivial or not worth reporting", "Another reason (please say): It happened on holiday"),
                page.summaryLines("Why did you not report it?"));
        assertEquals(List.of("Abbey"), page.summaryLines("Where do you live?"));
        assertEquals(List.of("More street lights, please.", "Thank you."),
                page.summaryLines("Is there anything else you would like to tell us about community safety in your area?"));
        assertFalse(page.summaryRows().containsKey("What is your age?"), "equality questions come after submission");

        page = resident.submitForm(page);

        assertEquals(pages + "about-you", page.path());
        assertEquals("We have received your response", page.heading());
        String reference = page.document().selectFirst("main strong").text();
        ResponseRecord response = responses.findByReference(reference).orElseThrow(() -> new AssertionError(reference));
        assertEquals(consultation.id(), response.consultationId());
        AnswerRowsExpected main = rows()
                .choice("safe_after_dark", "dont_know")
                .scored("safe_during_day", "fairly_safe", 3)
                .item("asb_problems", "rubbish_or_litter", "dont_know", null)
                .item("asb_problems", "drugs", "very_big", 4L)
                .item("serious_crime_problems", "knife_crime", "minor_problem", 2L)
                .scored("worry_crime", "fairly_worried", 3)
                .scored("police_job", "good", 4)
                .item("police_confidence", "listen_to_concerns", "tend_to_agree", 4L)
                .scored("informed", "not_at_all", 1)
                .ranked("top_concerns", 1, "drug_dealing", null)
                .ranked("top_concerns", 2, "other", "E-scooters on pavements")
                .ranked("top_concerns", 3, "asb", null)
                .choice("victim", "yes")
                .choice("reported", "no")
                .choice("why_not_reported", "too_trivial")
                .choice("why_not_reported", "other_reason", "It happened on holiday")
                .choice("live_or_work", "live")
                .choice("home_area", "E05099001")
                .text("anything_else", "More street lights, please.\nThank you.");
        assertEquals(main.sorted(), AnswerRowsExpected.sorted(responses.answerRows(response)));

        // the equality questions: optional, one page each, no progress count, no "save for later"
        page = resident.get(page.document().selectFirst("a.govuk-button").attr("href"));
        assertEquals(pages + "about_you_age", page.path());
        assertNull(page.document().selectFirst(".sv-progress"));
        assertNull(page.document().selectFirst("button[value=save]"));
        page = resident.answer(page, "age", "42");
        assertEquals(pages + "about_you_sex", page.path());
        page = resident.answer(page, "sex", "female");
        assertEquals(pages + "about_you_gender_identity", page.path());
        page = resident.answer(page);
        assertEquals(pages + "about_you_ethnic_group", page.path());
        page = resident.answer(page, "ethnic_group", "white");
        assertEquals(pages + "about_you_ethnic_background", page.path());
        assertEquals(List.of("Which one best describes your White background? (optional)"),
                page.document().select("form legend").eachText(), "only the question for the group chosen");
        page = resident.answer(page, "ethnic_background_white", "irish");
        assertEquals(pages + "about_you_disability", page.path());
        page = resident.answer(page, "disability", "no");
        assertEquals(pages + "about_you_religion", page.path());
        page = resident.answer(page);
        assertEquals(pages + "about_you_sexual_orientation", page.path());
        page = resident.answer(page, "sexual_orientation", "prefer_not_to_say");

        assertEquals(pages + "complete/" + reference, page.path());
        assertEquals("Response sent", page.heading());
        assertEquals(reference, page.document().selectFirst(".govuk-panel__body strong").text());
        assertTrue(page.html().contains("Victim Support"), "the questionnaire's outro");
        AnswerRowsExpected equality = rows()
                .number("age", 42)
                .choice("sex", "female")
                .choice("ethnic_group", "white")
                .choice("ethnic_background_white", "irish")
                .choice("disability", "no")
                .choice("sexual_orientation", "prefer_not_to_say");
        assertEquals(main.and(equality).sorted(), AnswerRowsExpected.sorted(responses.answerRows(response)));
        assertEquals(1, responses.countForConsultation(consultation));
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty(), "the draft cookie is cleared");
        assertEquals("/consultations/" + consultation.slug(), resident.getOnce(pages + "check-answers").location().orElseThrow(),
                "the draft is gone: nothing to check any more");
    }

    @Test
    void skippingTheEqualityQuestionsFinishesWithTheMainAnswersOnly() {
        Page page = resident.get(pages + "feeling_safe");
        page = resident.answer(page, "safe_after_dark", "very_safe");
        while (!page.path().endsWith("/check-answers")) {
            page = resident.answer(page);
        }
        page = resident.submitForm(page);
        assertEquals("We have received your response", page.heading());
        String reference = page.document().selectFirst("main strong").text();
        Element skip = page.document().selectFirst("form button");
        assertEquals("Skip these questions", skip.text());

        page = resident.submitForm(page);

        assertEquals(pages + "complete/" + reference, page.path());
        assertEquals(reference, page.document().selectFirst(".govuk-panel__body strong").text());
        ResponseRecord response = responses.findByReference(reference).orElseThrow();
        assertEquals(rows().scored("safe_after_dark", "very_safe", 4).sorted(),
                AnswerRowsExpected.sorted(responses.answerRows(response)));
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty(), "the draft cookie is cleared");
    }

    @Test
    void sendingTheLastEqualityPageAgainAfterFinishingStoresNothingMoreAndShowsNoError() {
        Page page = resident.get(pages + "feeling_safe");
        while (!page.path().endsWith("/check-answers")) {
            page = resident.answer(page);
        }
        page = resident.submitForm(page);
        String reference = page.document().selectFirst("main strong").text();
        page = resident.get(pages + "about_you_sexual_orientation");
        assertEquals("Sexual orientation", page.heading());
        Page last = page;
        Page complete = resident.answer(last, "sexual_orientation", "bisexual");
        assertEquals(pages + "complete/" + reference, complete.path());

        // the back button, then Continue again: the draft has gone
        Page again = resident.answer(last, "sexual_orientation", "bisexual");

        assertTrue(again.status() < 500, again + "\n" + again.heading());
        ResponseRecord response = responses.findByReference(reference).orElseThrow();
        assertEquals(rows().choice("sexual_orientation", "bisexual").sorted(),
                AnswerRowsExpected.sorted(responses.answerRows(response)));
        assertTrue(resident.cookie(DraftCookie.NAME).isEmpty(), "no new draft was started");
    }

    @Test
    void aResidentMayChooseTheirWardInsteadOfGivingAPostcode() {
        Page page = resident.get(pages + "your_area");
        page = resident.answer(page, "live_or_work", "live", "home_area.postcode", "", "home_area.ward", "E05099014");
        assertEquals("Anything else", page.heading());
        page = resident.get(pages + "your_area");
        assertEquals("E05099014", page.selected("home_area.ward"), "the ward chosen is shown when the page is seen again");
    }
}
