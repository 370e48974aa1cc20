package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;

class ScalarAnswersTest {

    private final Question age = question("age", QuestionType.WHOLE_NUMBER).min(16).max(120).required()
            .preferNotToSay().build();
    private final Question when = question("when", QuestionType.DATE).earliest(LocalDate.of(2024, 1, 1))
            .latestToday().build();

    private static Answer answer(Question question, String... pairs) {
        CheckResult result = CHECKER.checkQuestion(question, form(pairs));
        assertEquals(List.of(), result.errors());
        return result.answers().get(question.id());
    }

    private static String error(Question question, String fieldKey, String... pairs) {
        CheckResult result = CHECKER.checkQuestion(question, form(pairs));
        assertTrue(result.answers().isEmpty());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(fieldKey, result.errors().get(0).fieldKey());
        return result.errors().get(0).message();
    }

    @Test
    void shortText() {
        Question name = question("name", QuestionType.SHORT_TEXT).maxLength(5).build();
        assertEquals(new Answer.Text("Al B"), answer(name, "name", "  Al\nB\u0000 "));
        assertEquals(null, answer(name, "name", " \n "));
        assertEquals("Answer must be 5 characters or less", error(name, "name", "name", "Alison"));
        assertEquals(new Answer.Text("\u00e9\u00e9\u00e9\u00e9\u00e9"), answer(name, "name", "\u00e9\u00e9\u00e9\u00e9\u00e9"));
        Question required = question("name", QuestionType.SHORT_TEXT).required().build();
        assertEquals("Enter an answer", error(required, "name", "name", "   "));
    }

    @Test
    void longTextKeepsLineBreaks() {
        Question story = question("story", QuestionType.LONG_TEXT).build();
        assertEquals(new Answer.Text("Line one\n\nLine two"), answer(story, "story", "\r\n Line one\r\n\r\nLine two\u001b "));
    }

    @Test
    void wholeNumber() {
        assertEquals(new Answer.WholeNumber(34), answer(age, "age", " 34 "));
        assertEquals(new Answer.WholeNumber(16), answer(age, "age", "016"));
        assertEquals("Enter a number", error(age, "age", "age", ""));
        assertEquals("Number must be between 16 and 120", error(age, "age", "age", "15"));
        assertEquals("Number must be between 16 and 120", error(age, "age", "age", "99999999999999999999999"));
        Question count = question("count", QuestionType.WHOLE_NUMBER).min(0).build();
        assertEquals("Number must be 0 or more", error(count, "count", "count", "-1"));
        assertEquals("Enter a smaller number", error(count, "count", "count", "99999999999999999999999"));
        Question below = question("below", QuestionType.WHOLE_NUMBER).max(10).build();
        assertEquals("Number must be 10 or less", error(below, "below", "below", "11"));
        assertEquals("Enter a whole number, like 10", error(below, "below", "below", "ten"));
    }

    @ParameterizedTest
    @CsvSource({"34.5", "'1,000'", "3 4", "+34", "thirty", "\uFF13\uFF14", "1e3"})
    void wholeNumberRejectsAnythingButDigits(String typed) {
        assertEquals("Enter a whole number, like 34", error(age, "age", "age", typed));
    }

    @Test
    void preferNotToSayCheckbox() {
        assertEquals(new Answer.PreferNotToSay(), answer(age, "age.prefer_not_to_say", "true"));
        assertEquals(new Answer.PreferNotToSay(), answer(age, "age.prefer_not_to_say", "on", "age", " "));
        assertEquals("You cannot answer and select \u2018Prefer not to say\u2019",
                error(age, "age.prefer_not_to_say", "age.prefer_not_to_say", "true", "age", "34"));
        Question noPrefer = question("n", QuestionType.WHOLE_NUMBER).build();
        assertEquals(null, answer(noPrefer, "n.prefer_not_to_say", "true"), "not offered: the field is ignored");
    }

    @Test
    void dates() {
        assertEquals(new Answer.Date(LocalDate.of(2024, 2, 29)),
                answer(when, "when.day", "29", "when.month", "2", "when.year", "2024"));
        assertEquals(new Answer.Date(LocalDate.of(2025, 3, 5)),
                answer(when, "when.day", "05", "when.month", "March", "when.year", "2025"));
        assertEquals(new Answer.Date(LocalDate.of(2025, 3, 5)),
                answer(when, "when.day", "5", "when.month", "mar", "when.year", "2025"));
        assertEquals(new Answer.Date(LocalDate.of(2025, 6, 15)),
                answer(when, "when.day", "15", "when.month", "6", "when.year", "2025"), "today is allowed");
        assertEquals(null, answer(when, "when.day", " "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31|2|2025|when.day|Date must be a real date",
        "29|2|2025|when.day|Date must be a real date",
        "0|1|2025|when.day|Date must be a real date",
        "1|13|2025|when.month|Date must be a real date",
        "1|Smarch|2025|when.month|Date must be a real date",
        "1|1|25|when.year|Year must include 4 numbers",
        "1|1|twenty|when.year|Year must include 4 numbers",
        "31|12|2023|when.day|Date must be the same as or after 1 January 2024",
        "16|6|2025|when.day|Date must be today or in the past",
        "|6|2025|when.day|Date must include a day",
        "|6||when.day|Date must include a day and year",
        "1|||when.month|Date must include a month and year",
    })
    void dateErrors(String day, String month, String year, String fieldKey, String message) {
        assertEquals(message, error(when, fieldKey, "when.day", day == null ? "" : day,
                "when.month", month == null ? "" : month, "when.year", year == null ? "" : year));
    }

    @Test
    void dateLatestFixed() {
        Question until = question("until", QuestionType.DATE).latest(LocalDate.of(2020, 12, 31)).required().build();
        assertEquals("Date must be the same as or before 31 December 2020",
                error(until, "until.day", "until.day", "1", "until.month", "1", "until.year", "2021"));
        assertEquals("Enter a date", error(until, "until.day"));
    }
}
