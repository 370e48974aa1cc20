package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;
import static uk.gov.safervoices.definitions.answers.TestQuestions.choice;
import static uk.gov.safervoices.definitions.answers.TestQuestions.grid;
import static uk.gov.safervoices.definitions.answers.TestQuestions.ranking;
import static uk.gov.safervoices.definitions.answers.TestQuestions.scored;
import static uk.gov.safervoices.definitions.answers.TestQuestions.specify;

class GridAndRankingAnswersTest {

    private final Question asb = grid("asb", List.of("drugs", "noise", "litter"),
            List.of(scored("very_big", 3), scored("fairly_big", 2), scored("not_a_problem", 1))).build();
    private final Question requiredAsb = grid("asb", List.of("drugs", "noise"),
            List.of(scored("big", 2), scored("small", 1))).required().build();
    private final Question top = ranking("top", 3, "asb", "burglary", "drugs", "speeding").build();

    private static AnswerError error(String fieldKey, String message) {
        return new AnswerError(fieldKey.substring(0, fieldKey.indexOf('.')), fieldKey, message);
    }

    @Test
    void gridAnswersInItemOrder() {
        CheckResult result = CHECKER.checkQuestion(asb,
                form("asb.litter", "fairly_big", "asb.drugs", "very_big", "asb.unknown", "very_big"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("drugs", "very_big");
        expected.put("litter", "fairly_big");
        Answer.Grid grid = (Answer.Grid) result.answers().get("asb");
        assertEquals(expected, grid.choicesByItem());
        assertEquals(List.of("drugs", "litter"), List.copyOf(grid.choicesByItem().keySet()));
        assertTrue(CHECKER.checkQuestion(asb, form()).answers().isEmpty());
        assertTrue(CHECKER.checkQuestion(asb, form()).valid());
    }

    @Test
    void gridErrorsPerItem() {
        assertEquals(List.of(error("asb.drugs", "Select an option for \u2018Drugs\u2019"),
                        error("asb.noise", "Select an option for \u2018Noise\u2019")),
                CHECKER.checkQuestion(requiredAsb, form()).errors());
        assertEquals(List.of(error("asb.noise", "Select an option for \u2018Noise\u2019")),
                CHECKER.checkQuestion(requiredAsb, form("asb.drugs", "big")).errors(),
                "a required grid needs every item");
        assertEquals(List.of(error("asb.drugs", "Select an option from the list for \u2018Drugs\u2019")),
                CHECKER.checkQuestion(requiredAsb, form("asb.drugs", "huge", "asb.noise", "big")).errors());
        assertEquals(List.of(error("asb.drugs", "Select one option for \u2018Drugs\u2019")),
                CHECKER.checkQuestion(requiredAsb, form("asb.drugs", "big", "asb.drugs", "small", "asb.noise", "big"))
                        .errors());
    }

    @Test
    void gridPreferNotToSay() {
        Question withPrefer = grid("asb", List.of("drugs"), List.of(choice("big"))).preferNotToSay().required()
                .build();
        assertEquals(new Answer.PreferNotToSay(),
                CHECKER.checkQuestion(withPrefer, form("asb.prefer_not_to_say", "true")).answers().get("asb"));
        assertEquals(List.of(error("asb.prefer_not_to_say",
                        "You cannot answer and select \u2018Prefer not to say\u2019")),
                CHECKER.checkQuestion(withPrefer, form("asb.prefer_not_to_say", "true", "asb.drugs", "big")).errors());
    }

    @Test
    void rankingInOrder() {
        assertEquals(new Answer.Ranking(List.of("drugs", "asb"), null),
                CHECKER.checkQuestion(top, form("top.2", "asb", "top.1", "drugs", "top.3", "")).answers().get("top"));
        assertEquals(new Answer.Ranking(List.of("drugs", "asb", "speeding"), null),
                CHECKER.checkQuestion(top, form("top.1", "drugs", "top.2", "asb", "top.3", "speeding",
                        "top.4", "burglary")).answers().get("top"), "ranks beyond N are not read");
    }

    @Test
    void rankingErrors() {
        assertEquals(List.of(error("top.1", "Enter a first choice before a second choice")),
                CHECKER.checkQuestion(top, form("top.2", "asb")).errors());
        assertEquals(List.of(error("top.2", "Enter a second choice before a third choice")),
                CHECKER.checkQuestion(top, form("top.1", "asb", "top.3", "drugs")).errors());
        assertEquals(List.of(error("top.3",
                        "You have chosen \u2018Burglary\u2019 more than once. Choose each option only once")),
                CHECKER.checkQuestion(top, form("top.1", "burglary", "top.2", "asb", "top.3", "burglary")).errors());
        assertEquals(List.of(error("top.2", "Select your second choice from the list")),
                CHECKER.checkQuestion(top, form("top.1", "burglary", "top.2", "fish")).errors());
        assertEquals(List.of(error("top.1", "Select one option for your first choice")),
                CHECKER.checkQuestion(top, form("top.1", "burglary", "top.1", "asb")).errors());
        Question required = ranking("top", 2, "a", "b").required().build();
        assertEquals(List.of(error("top.1", "Enter a first choice")), CHECKER.checkQuestion(required, form()).errors());
    }

    @Test
    void rankingSpecify() {
        Question withOther = ranking("top", 2, "a").choices(List.of(choice("a"), specify("other"))).build();
        assertEquals(new Answer.Ranking(List.of("other", "a"), "Parking"), CHECKER.checkQuestion(withOther,
                form("top.1", "other", "top.2", "a", "top.specify", "Parking")).answers().get("top"));
    }

    @Test
    void ordinals() {
        assertEquals("tenth", Words.ordinal(10));
        assertEquals("11th", Words.ordinal(11));
        assertEquals("21st", Words.ordinal(21));
        assertEquals("22nd", Words.ordinal(22));
        assertEquals("113th", Words.ordinal(113));
    }
}
