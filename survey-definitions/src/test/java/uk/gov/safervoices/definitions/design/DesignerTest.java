package uk.gov.safervoices.definitions.design;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.design.QuestionEdits.QuestionFields;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator's errors at the right place, and which edits are accepted (as drafts) and which refused. */
class DesignerTest {

    private final Designer designer = new Designer(new QuestionnaireLoader(DefinitionLibrary.shipped()));

    /** A section and a question share an id; a scale, a variable and an equality section each have an error. */
    private static final String DRAFT = """
            id: draft
            title: Draft
            privacy_notice: Safe.
            scales:
              safety:
                - { id: safe, label: Safe, score: 2 }
                - { id: unsafe, label: Unsafe }
            weighting:
              - { id: sex, label: Sex, categories: [female, male] }
              - { id: unused, label: Unused, categories: [a, b] }
            sections:
              - id: anything_else
                title: Anything else
                show_if: answered(nothing)
                questions:
                  - id: anything_else
                    type: ranking
                    text: Rank them
                    rank: 5
                    choices: [ { id: a, label: A }, { id: b, label: B } ]
                  - { id: feeling, type: scale, text: How do you feel, scale: safety }
              - id: about_you
                title: About you
                equality: [sex, agee]
                weighting:
                  sex: { variable: sex, choices: { female: female, male: mail } }
            """;

    @Test
    void placesEveryErrorOnWhatItIsAbout() {
        Design design = designer.open(DRAFT, "draft.yaml");
        assertTrue(design.readable());
        List<String> found = design.errors().stream().map(e -> e.code() + " " + e.place().kind() + " "
                + e.place().id() + " in " + e.place().sectionId()).toList();
        assertTrue(found.contains("SV018 SCALE safety in null"), found::toString);
        assertTrue(found.contains("SV029 WEIGHTING_VARIABLE unused in null"), found::toString);
        assertTrue(found.contains("SV022 SECTION anything_else in anything_else"), found::toString);
        assertTrue(found.contains("SV011 QUESTION anything_else in anything_else"), found::toString);
        assertTrue(found.contains("SV016 SECTION about_you in about_you"), found::toString);
        assertTrue(found.contains("SV028 QUESTION sex in about_you"), found::toString);
        assertEquals(1, design.questionErrors("anything_else").size());
        assertEquals(1, design.sectionErrors("anything_else").size());
    }

    @Test
    void acceptsAnEditThatLeavesValidatorErrorsSoItCanBeSavedAsADraft() {
        Design design = designer.open(DRAFT, "draft.yaml");
        EditResult result = designer.apply(design, q -> QuestionEdits.addQuestion(q, "anything_else", 2,
                QuestionType.SINGLE_CHOICE, "victim", "Were you a victim?"));
        assertTrue(result.accepted(), result.refusedBecause()::toString);
        assertTrue(result.design().questionErrors("victim").stream().anyMatch(e -> e.code() == ErrorCode.SV008),
                "a choice question without choices");
        assertTrue(result.design().yaml().contains("- id: victim"));
    }

    @Test
    void refusesASecondQuestionWithTheSameId() {
        Design design = designer.open(DRAFT, "draft.yaml");
        EditResult result = designer.apply(design, q -> QuestionEdits.addQuestion(q, "anything_else", 0,
                QuestionType.SHORT_TEXT, "feeling", "Again?"));
        assertFalse(result.accepted());
        assertSame(design, result.design());
        assertEquals(ErrorCode.SV003, result.refusedBecause().get(0).code());
        assertEquals(Place.question("anything_else", "feeling"), result.refusedBecause().get(0).place());
    }

    @Test
    void refusesAConditionTheParserCannotReadWithTheLoadersMessage() {
        Design design = designer.open(DRAFT, "draft.yaml");
        EditResult result = designer.apply(design, q -> QuestionEdits.setShowIf(q, "feeling", "anything_else = "));
        assertFalse(result.accepted());
        DesignError error = result.refusedBecause().get(0);
        assertEquals(ErrorCode.SV021, error.code());
        assertEquals(Place.question("anything_else", "feeling"), error.place());
        assertTrue(error.message().startsWith("The show_if condition \"anything_else =\" cannot be read"),
                error::message);
    }

    @Test
    void acceptsAConditionOnAnUnknownQuestionAsADraftError() {
        Design design = designer.open(DRAFT, "draft.yaml");
        EditResult result = designer.apply(design, q -> QuestionEdits.setShowIf(q, "feeling", "victim = yes"));
        assertTrue(result.accepted());
        assertTrue(result.design().questionErrors("feeling").stream().anyMatch(e -> e.code() == ErrorCode.SV022));
    }

    @Test
    void refusesValuesTheFileCouldNotHold() {
        Design design = designer.open(DRAFT, "draft.yaml");
        assertRefused(design, ErrorCode.SV003, q -> QuestionEdits.setChoices(q, "anything_else",
                List.of(choice("a"), choice("a"))));
        assertRefused(design, ErrorCode.SV006, q -> QuestionEdits.updateQuestion(q, "feeling",
                new QuestionFields("Feeling Safe", "Feeling?", null, false, false)));
        assertRefused(design, ErrorCode.SV031, q -> QuestionEdits.setConcern(q, "anything_else", "a",
                "no_such_concern"));
        assertRefused(design, ErrorCode.SV004, q -> QuestionEdits.setChoices(q, "anything_else",
                List.of(new Choice("a", " ", null, null, false, false, false, null, Position.UNKNOWN))));
    }

    @Test
    void validateGivesTheErrorsOfADefinitionWithTheirQuestions() {
        Design design = designer.open(DRAFT.replace("rank: 5", "rank: 2").replace("male: mail", "male: male")
                .replace("[sex, agee]", "[sex]").replace("    show_if: answered(nothing)\n", "")
                .replace("- { id: unsafe, label: Unsafe }", "- { id: unsafe, label: Unsafe, score: 1 }")
                .replace("  - { id: unused, label: Unused, categories: [a, b] }\n", ""), "draft.yaml");
        assertEquals(List.of(), design.errors());
        List<DesignError> errors = designer.validate(QuestionEdits.setRankCount(design.definition(),
                "anything_else", 3));
        assertEquals(List.of("SV011 " + Place.question("anything_else", "anything_else")),
                errors.stream().map(e -> e.code() + " " + e.place()).toList());
    }

    @Test
    void anUnreadableFileHasOnlyItsErrors() {
        Design design = designer.open("id: draft\ntitle: [unclosed\n", "draft.yaml");
        assertFalse(design.readable());
        assertEquals(ErrorCode.SV001, design.errors().get(0).code());
        assertEquals(Place.QUESTIONNAIRE, design.errors().get(0).place());
    }

    private void assertRefused(Design design, ErrorCode code, UnaryOperator<Questionnaire> edit) {
        EditResult result = designer.apply(design, edit);
        assertFalse(result.accepted(), code::toString);
        assertTrue(result.refusedBecause().stream().anyMatch(e -> e.code() == code), result.refusedBecause()::toString);
    }

    private static Choice choice(String id) {
        return new Choice(id, id.toUpperCase(), null, null, false, false, false, null, Position.UNKNOWN);
    }
}
