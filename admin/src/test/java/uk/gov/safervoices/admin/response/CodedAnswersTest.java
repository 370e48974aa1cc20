package uk.gov.safervoices.admin.response;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodedAnswersTest {
    private static final Questionnaire SURVEY = QuestionnaireLoader.loadShippedQuestionnaires(DefinitionLibrary.shipped())
            .stream().filter(q -> q.id().equals("community-safety-survey")).findFirst().orElseThrow();
    private static final CodedAnswers CODES = CodedAnswers.of(SURVEY);

    @Test
    void writesPositionsInTheDefinitionAndNeverTextOrDates() {
        List<AnswerRow> rows = List.of(
                new AnswerRow("safe_after_dark", null, "very_safe", null, 5L, null, null),
                new AnswerRow("asb_problems", "drugs", "very_big", null, null, null, null),
                new AnswerRow("top_concerns", null, "burglary", 1, null, null, null),
                new AnswerRow("home_area", null, "E05000001", null, null, "SW1A 1AA", null),
                new AnswerRow("anything_else", null, null, null, null, "My name is Ann, of 3 Elm Road", null),
                new AnswerRow("reported", null, null, null, null, null, LocalDate.of(2020, 1, 1)));

        String line = CODES.encode(rows);

        List<String> questions = SURVEY.questionStream().map(q -> q.id()).toList();
        String safe = Integer.toString(questions.indexOf("safe_after_dark"), 36);
        String asb = Integer.toString(questions.indexOf("asb_problems"), 36);
        String top = Integer.toString(questions.indexOf("top_concerns"), 36);
        String area = Integer.toString(questions.indexOf("home_area"), 36);
        assertEquals(4, line.split(" ").length, line);
        assertEquals(safe + "=" + choice("safe_after_dark", "very_safe"), line.split(" ")[0]);
        assertEquals(asb + ":" + item("asb_problems", "drugs") + "=" + choice("asb_problems", "very_big"),
                line.split(" ")[1]);
        assertEquals(top + "=" + choice("top_concerns", "burglary") + "@1", line.split(" ")[2]);
        assertEquals(area + "=!E05000001", line.split(" ")[3], "a ward code is not in the definition: written out");
    }

    private static String choice(String question, String choice) {
        var choices = SURVEY.question(question).orElseThrow().choices();
        return Integer.toString(choices.indexOf(choices.stream().filter(c -> c.id().equals(choice)).findFirst()
                .orElseThrow()), 36);
    }

    private static String item(String question, String item) {
        var items = SURVEY.question(question).orElseThrow().items();
        return Integer.toString(items.indexOf(items.stream().filter(i -> i.id().equals(item)).findFirst()
                .orElseThrow()), 36);
    }

    @Test
    void everyTokenReadsBackAsTheRowItCameFrom() {
        List<AnswerRow> rows = List.of(
                new AnswerRow("home_area", null, "E05000001", null, null, null, null),
                new AnswerRow("victim", null, "prefer_not_to_say", null, null, null, null),
                new AnswerRow("live_or_work", null, null, null, -7L, null, null),
                new AnswerRow("top_concerns", null, "drug_dealing", 3, null, null, null),
                new AnswerRow("police_confidence", "listen_to_concerns", "tend_to_agree", null, null, null, null),
                new AnswerRow("not in the definition", "it=em:1", "a@b#c%d !", 12, null, null, null));

        String line = CODES.encode(rows);
        List<CodedAnswers.Token> tokens = Arrays.stream(line.split(" ")).map(CODES::decode).toList();

        assertEquals(rows.size(), tokens.size(), line);
        for (int i = 0; i < rows.size(); i++) {
            AnswerRow row = rows.get(i);
            CodedAnswers.Token token = tokens.get(i);
            assertEquals(row.questionId(), token.questionId(), line);
            assertEquals(row.itemId(), token.itemId(), line);
            assertEquals(row.choiceId(), token.choiceId(), line);
            assertEquals(row.rank(), token.rank(), line);
            assertEquals(row.choiceId() == null ? row.number() : null, token.number(), line);
            assertEquals(CodedAnswers.questionOf(line.split(" ")[i]), CODES.question(row.questionId()));
        }
    }

    @Test
    void noAnswersIsAnEmptyLineAndWhatNoLineHoldsIsRefused() {
        assertEquals("", CODES.encode(List.of()));
        assertThrows(IllegalArgumentException.class, () -> CODES.decode("0"));
        assertThrows(IllegalArgumentException.class, () -> CODES.decode("zz=0"), "no question at position zz");
    }
}
