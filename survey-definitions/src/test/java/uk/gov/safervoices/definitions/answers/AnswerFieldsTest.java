package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;

class AnswerFieldsTest {

    private static Question of(String id) {
        return RandomAnswers.EVERY_TYPE.question(id).orElseThrow();
    }

    @Test
    void fieldKeysPerType() {
        assertEquals(List.of("contact"), AnswerFields.fieldKeys(of("contact")));
        assertEquals(List.of("seen"), AnswerFields.fieldKeys(of("seen")));
        assertEquals(List.of("asb.drugs", "asb.noise", "asb.litter", "asb.vandalism"),
                AnswerFields.fieldKeys(of("asb")));
        assertEquals(List.of("top.1", "top.2", "top.3"), AnswerFields.fieldKeys(of("top")));
        assertEquals(List.of("when.day", "when.month", "when.year"), AnswerFields.fieldKeys(of("when")));
        assertEquals(List.of("home.postcode", "home.ward"), AnswerFields.fieldKeys(of("home")));
        assertEquals(List.of("ward"), AnswerFields.fieldKeys(of("ward")));
        Question postcodeOnly = question("p", QuestionType.AREA).lookup("x").areaMode(Question.AreaMode.POSTCODE)
                .build();
        assertEquals("p.postcode", AnswerFields.firstFieldKey(postcodeOnly));
    }

    @Test
    void preferNotToSayIsAChoiceOnlyWhereThereIsOneField() {
        assertTrue(AnswerFields.preferNotToSayIsChoice(of("contact")));
        assertTrue(AnswerFields.preferNotToSayIsChoice(of("safe")));
        assertTrue(AnswerFields.preferNotToSayIsChoice(of("seen")));
        assertFalse(AnswerFields.preferNotToSayIsChoice(of("asb")));
        assertFalse(AnswerFields.preferNotToSayIsChoice(of("top")));
        assertFalse(AnswerFields.preferNotToSayIsChoice(of("age")));
    }
}
