package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;

class AnswerRoundTripTest {

    private static final Questionnaire SURVEY = RandomAnswers.EVERY_TYPE;
    private static final int RUNS = 500;

    @Test
    void rowsRoundTripForEveryType() {
        RandomAnswers generator = new RandomAnswers(20250615L);
        for (int run = 0; run < RUNS; run++) {
            Map<String, Answer> answers = generator.answers(SURVEY);
            List<AnswerRow> rows = AnswerRows.toRows(SURVEY, answers);
            assertEquals(withoutPostcodes(answers), AnswerRows.fromRows(SURVEY, rows), "run " + run + ": " + rows);
            assertEquals(List.copyOf(answers.keySet()), List.copyOf(AnswerRows.fromRows(SURVEY, rows).keySet()));
        }
    }

    /** The store keeps the ward an area answer resolves to, never the postcode. */
    private static Map<String, Answer> withoutPostcodes(Map<String, Answer> answers) {
        Map<String, Answer> copy = new java.util.LinkedHashMap<>(answers);
        copy.replaceAll((id, answer) -> answer instanceof Answer.Area area ? new Answer.Area(area.wardCode(), null) : answer);
        return copy;
    }

    @Test
    void rawFormRoundTripsThroughTheChecker() {
        RandomAnswers generator = new RandomAnswers(42L);
        for (int run = 0; run < RUNS; run++) {
            Map<String, Answer> answers = generator.answers(SURVEY);
            Map<String, List<String>> raw = AnswerFields.toRaw(SURVEY, answers);
            CheckResult checked = CHECKER.check(SURVEY, raw);
            assertEquals(List.of(), checked.errors(), "run " + run + ": " + raw);
            assertEquals(answers, checked.answers(), "run " + run + ": " + raw);
            assertEquals(raw, AnswerFields.toRaw(SURVEY, checked.answers()));
        }
    }

    @Test
    void typedFormRoundTrips() {
        Map<String, List<String>> typed = form("contact", "other", "contact.specify", "  By post ",
                "seen", "noise", "seen", "drugs", "asb.noise", "very_big", "top.1", "drugs", "top.2", "asb",
                "name", " Sam ", "age", " 034", "when.day", "03", "when.month", "Feb", "when.year", "2024",
                "home.postcode", "ex11ab", "ward", "E05000003", "unknown", "x");
        CheckResult first = CHECKER.check(SURVEY, typed);
        assertTrue(first.valid(), first.errors().toString());
        CheckResult second = CHECKER.check(SURVEY, AnswerFields.toRaw(SURVEY, first.answers()));
        assertEquals(first, second);
        assertEquals(new Answer.Date(LocalDate.of(2024, 2, 3)), second.answers().get("when"));
        assertEquals(List.of("2"), AnswerFields.toRaw(SURVEY, first.answers()).get("when.month"));
    }

    @Test
    void rowsLookLikeTheStoreExpects() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("contact", new Answer.Single("other", "By post"));
        answers.put("safe", new Answer.Single("fairly_safe", null));
        answers.put("seen", new Answer.Multiple(List.of("drugs", "other"), "Dogs"));
        answers.put("asb", new Answer.Grid(Map.of("noise", "very_big", "litter", "dont_know")));
        answers.put("top", new Answer.Ranking(List.of("drugs", "asb"), null));
        answers.put("age", new Answer.PreferNotToSay());
        answers.put("home", new Answer.Area("E05000001", "EX1 1AB"));
        assertEquals(List.of(
                new AnswerRow("contact", null, "other", null, null, "By post", null),
                new AnswerRow("safe", null, "fairly_safe", null, 3L, null, null),
                new AnswerRow("seen", null, "drugs", null, null, null, null),
                new AnswerRow("seen", null, "other", null, null, "Dogs", null),
                new AnswerRow("asb", "noise", "very_big", null, 3L, null, null),
                new AnswerRow("asb", "litter", "dont_know", null, null, null, null),
                new AnswerRow("top", null, "drugs", 1, null, null, null),
                new AnswerRow("top", null, "asb", 2, null, null, null),
                new AnswerRow("age", null, "prefer_not_to_say", null, null, null, null),
                new AnswerRow("home", null, "E05000001", null, null, null, null)),
                AnswerRows.toRows(SURVEY, answers));
    }

    @Test
    void rowsForAnUnknownQuestionAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AnswerRows.fromRows(SURVEY,
                List.of(new AnswerRow("nope", null, "x", null, null, null, null))));
    }
}
