package uk.gov.safervoices.portal.survey;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kept HTML is only ever the HTML the same parameters would render, and typed answers are never kept. */
@MicronautTest(transactional = false)
class QuestionBlocksTest {
    private static final QuestionViews.FieldValues BLANK = new QuestionViews.FieldValues(Map.of(), Map.of());

    @Inject
    QuestionBlocks blocks;
    @Inject
    JourneyContexts contexts;
    @Inject
    Consultations consultations;
    @Inject
    Questionnaires questionnaires;

    private Questionnaire definition() {
        Consultation consultation = JourneyFixtures.open(consultations, questionnaires, JourneyFixtures.TEST_QUESTIONNAIRE);
        return contexts.find(consultation.slug(), JourneyFixtures.TEST_QUESTIONNAIRE).orElseThrow().definition();
    }

    private static Question question(Questionnaire definition, String id) {
        return definition.sections().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static QuestionViews.FieldValues values(String key, String... values) {
        return new QuestionViews.FieldValues(Map.of(key, List.of(values)), Map.of());
    }

    @Test
    void aChosenAnswerIsKeptApartFromTheBlankQuestion() {
        Questionnaire definition = definition();
        Question hasCar = question(definition, "has_car");
        assertTrue(QuestionBlocks.onlyChosen(hasCar));

        Document blank = Jsoup.parse(blocks.html(definition, hasCar, BLANK).toString());
        Document chosen = Jsoup.parse(blocks.html(definition, hasCar, values("has_car", "yes")).toString());
        Document blankAgain = Jsoup.parse(blocks.html(definition, hasCar, BLANK).toString());

        assertTrue(blank.select("input[checked]").isEmpty());
        assertEquals("yes", chosen.selectFirst("input[checked]").val());
        assertTrue(blankAgain.select("input[checked]").isEmpty());
        assertSame(blocks.html(definition, hasCar, BLANK), blocks.html(definition, hasCar, BLANK), "kept");
    }

    @Test
    void typedAnswersAreRenderedEveryTimeAndNeverKept() {
        Questionnaire definition = definition();
        Question street = question(definition, "street_name");
        assertFalse(QuestionBlocks.onlyChosen(street));

        var first = blocks.html(definition, street, values("street_name", "Acacia Avenue"));
        assertEquals("Acacia Avenue", Jsoup.parse(first.toString()).selectFirst("input").val());
        assertNotSame(first, blocks.html(definition, street, values("street_name", "Acacia Avenue")));
    }

    @Test
    void aQuestionWithAnErrorIsRenderedWithIt() {
        Questionnaire definition = definition();
        Question hasCar = question(definition, "has_car");
        blocks.html(definition, hasCar, BLANK);
        var withError = new QuestionViews.FieldValues(Map.of(), Map.of("has_car", "Select whether you have a car"));
        Document page = Jsoup.parse(blocks.html(definition, hasCar, withError).toString());
        assertEquals("Error: Select whether you have a car", page.selectFirst(".govuk-error-message").text());
    }
}
