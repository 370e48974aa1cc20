package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Question.AreaMode;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;

class AreaAnswersTest {

    private static Question area(AreaMode mode) {
        return question("home", QuestionType.AREA).lookup("example-borough").areaMode(mode).required().build();
    }

    private static CheckResult check(AreaMode mode, String... pairs) {
        return CHECKER.checkQuestion(area(mode), form(pairs));
    }

    private static void assertError(CheckResult result, String fieldKey, String message) {
        assertEquals(List.of(new AnswerError("home", fieldKey, message)), result.errors());
    }

    @Test
    void postcodeFindsTheWardLongestKeyFirst() {
        assertEquals(new Answer.Area("E05000001", "EX1 1AA"),
                check(AreaMode.POSTCODE, "home.postcode", " ex11aa ").answers().get("home"));
        assertEquals(new Answer.Area("E05000002", "EX1 2ZZ"),
                check(AreaMode.POSTCODE_OR_WARD, "home.postcode", "EX1 2ZZ").answers().get("home"));
        assertEquals(new Answer.Area("E05000003", "EX2 3AB"),
                check(AreaMode.POSTCODE_OR_WARD, "home.postcode", "ex2 3ab", "home.ward", "E05000001")
                        .answers().get("home"), "a postcode that is found decides the ward");
    }

    @Test
    void postcodeErrors() {
        assertError(check(AreaMode.POSTCODE, "home.postcode", "NOT A POSTCODE"), "home.postcode",
                "Enter a real postcode");
        assertError(check(AreaMode.POSTCODE_OR_WARD, "home.postcode", "SW1A 1AA"), "home.postcode",
                "We could not find that postcode in Example Borough Council; choose your ward instead");
        assertError(check(AreaMode.POSTCODE, "home.postcode", "SW1A 1AA"), "home.postcode",
                "We could not find that postcode in Example Borough Council; enter a postcode in the area");
        assertError(check(AreaMode.POSTCODE), "home.postcode", "Enter a postcode");
        assertError(check(AreaMode.POSTCODE_OR_WARD), "home.postcode", "Enter a postcode or select a ward");
    }

    @Test
    void wardChosenFromTheLookup() {
        assertEquals(new Answer.Area("E05000002", null),
                check(AreaMode.POSTCODE_OR_WARD, "home.ward", "E05000002").answers().get("home"));
        assertEquals(new Answer.Area("E05000002", null),
                check(AreaMode.POSTCODE_OR_WARD, "home.postcode", "SW1A 1AA", "home.ward", "E05000002")
                        .answers().get("home"), "a postcode outside the area, then the ward instead");
        assertEquals(new Answer.Area("E05000003", null),
                check(AreaMode.WARD, "home", "E05000003").answers().get("home"));
        assertEquals(new Answer.Area("E05000003", null),
                check(AreaMode.WARD, "home.ward", "E05000003", "home.postcode", "EX1 1AA").answers().get("home"),
                "ward mode ignores a postcode");
        assertError(check(AreaMode.WARD, "home", "E09999999"), "home", "Select a ward from the list");
        assertError(check(AreaMode.WARD), "home", "Select a ward");
        assertError(check(AreaMode.POSTCODE, "home.ward", "E05000002"), "home.postcode", "Enter a postcode");
    }

    @Test
    void missingLookupIsAProgrammingError() {
        AnswerChecker noLookups = new AnswerChecker(Map.of(), Clock.systemUTC());
        assertThrows(IllegalStateException.class,
                () -> noLookups.checkQuestion(area(AreaMode.POSTCODE), form("home.postcode", "EX1 1AA")));
    }
}
