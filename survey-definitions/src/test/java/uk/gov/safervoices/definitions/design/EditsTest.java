package uk.gov.safervoices.definitions.design;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.design.QuestionEdits.QuestionFields;
import uk.gov.safervoices.definitions.design.QuestionnaireEdits.Details;
import uk.gov.safervoices.definitions.design.QuestionnaireEdits.SectionFields;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.load.ShippedDefinitions;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Positions;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edit operations, applied through the Designer as the editor will apply them. */
class EditsTest {

    private static final DefinitionLibrary LIBRARY = DefinitionLibrary.shipped();
    private final Designer designer = new Designer(new QuestionnaireLoader(LIBRARY));

    static Choice choice(String id, String label) {
        return new Choice(id, label, null, null, false, false, false, null, Position.UNKNOWN);
    }

    static Choice point(String id, String label, Integer score) {
        return new Choice(id, label, null, score, false, score == null, false, null, Position.UNKNOWN);
    }

    private Design apply(Design design, UnaryOperator<Questionnaire> edit) {
        EditResult result = designer.apply(design, edit);
        assertTrue(result.accepted(), () -> "refused: " + result.refusedBecause());
        return result.design();
    }

    /** A questionnaire built from nothing with the edit operations, using every element of the format. */
    Design everyElement() {
        Design d = designer.design(QuestionnaireEdits.blank("test-survey", Questionnaire.Kind.SURVEY, "Test"));
        assertFalse(d.valid(), "a blank questionnaire lacks a privacy notice and sections");
        d = apply(d, q -> QuestionnaireEdits.withDetails(q, new Details(Questionnaire.Kind.SURVEY, "Test survey",
                "One line.", "Welcome.\n\nIt takes 5 minutes.", "Thank you.", "We keep your answers safe.")));
        d = apply(d, q -> QuestionnaireEdits.setScale(q, "safety", List.of(point("safe", "Safe", 2),
                point("unsafe", "Unsafe", 1), point("dont_know", "Don't know", null))));
        d = apply(d, q -> QuestionnaireEdits.setWeightingVariableFromLookup(q, "ward", "Ward", "example-borough",
                LIBRARY));
        d = apply(d, q -> QuestionnaireEdits.setWeightingVariable(q, "age_band", "Age band", List.of("16-44", "45+")));
        d = apply(d, q -> QuestionnaireEdits.setWeightingVariable(q, "tenure", "Tenure", List.of("owned", "rented")));
        d = apply(d, q -> QuestionnaireEdits.addSection(q, 0, "views", "Your views"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "views", 0, QuestionType.SCALE, "after_dark", "After dark?"));
        d = apply(d, q -> QuestionEdits.useScale(q, "after_dark", "safety"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "views", 1, QuestionType.GRID, "places", "Places?"));
        d = apply(d, q -> QuestionEdits.useScale(q, "places", "safety"));
        d = apply(d, q -> QuestionEdits.setItems(q, "places", List.of(new GridItem("park", "The park", null,
                Position.UNKNOWN), new GridItem("station", "The station", null, Position.UNKNOWN))));
        d = apply(d, q -> QuestionEdits.setConcern(q, "places", "park", "asb"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "views", 2, QuestionType.RANKING, "top", "Top two?"));
        d = apply(d, q -> QuestionEdits.setChoices(q, "top", List.of(choice("burglary", "Burglary"),
                choice("speeding", "Speeding"), choice("other", "Other"))));
        d = apply(d, q -> QuestionEdits.setRankCount(q, "top", 2));
        d = apply(d, q -> QuestionEdits.setConcern(q, "top", "burglary", "burglary"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "views", 3, QuestionType.MULTIPLE_CHOICE, "where", "Where?"));
        d = apply(d, q -> QuestionEdits.setChoices(q, "where", List.of(choice("home", "At home"),
                choice("town", "In town"), new Choice("none", "Nowhere", null, null, true, false, false, null,
                        Position.UNKNOWN))));
        d = apply(d, q -> QuestionEdits.setMaxSelections(q, "where", 2));
        d = apply(d, q -> QuestionnaireEdits.addSection(q, 1, "you", "You"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 0, QuestionType.SINGLE_CHOICE, "tenure", "Own?"));
        d = apply(d, q -> QuestionEdits.setChoices(q, "tenure", List.of(choice("own", "Own"), choice("rent", "Rent"),
                new Choice("other", "Other", "Please say", null, false, false, true, null, Position.UNKNOWN))));
        d = apply(d, q -> QuestionEdits.updateQuestion(q, "tenure", new QuestionFields("tenure", "Do you own?",
                "Your home", false, true)));
        d = apply(d, q -> QuestionEdits.setWeighting(q, "tenure", new WeightingMap("tenure",
                Map.of("own", "owned", "rent", "rented"), List.of(), false, Position.UNKNOWN)));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 1, QuestionType.AREA, "home", "Where do you live?"));
        d = apply(d, q -> QuestionEdits.setArea(q, "home", "example-borough", Question.AreaMode.WARD));
        d = apply(d, q -> QuestionEdits.setWeighting(q, "home", new WeightingMap("ward", Map.of(), List.of(), true,
                Position.UNKNOWN)));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 2, QuestionType.WHOLE_NUMBER, "age_years", "Age?"));
        d = apply(d, q -> QuestionEdits.setNumberRange(q, "age_years", 16L, 120L));
        d = apply(d, q -> QuestionEdits.setWeighting(q, "age_years", new WeightingMap("age_band", Map.of(),
                List.of(new AgeBand(16, 44L, "16-44"), new AgeBand(45, null, "45+")), false, Position.UNKNOWN)));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 3, QuestionType.DATE, "when", "When?"));
        d = apply(d, q -> QuestionEdits.setDateRange(q, "when", LocalDate.of(2024, 4, 1), null, true));
        d = apply(d, q -> QuestionEdits.setShowIf(q, "when", "where = home"));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 4, QuestionType.SHORT_TEXT, "street", "Street?"));
        d = apply(d, q -> QuestionEdits.setMaxLength(q, "street", 100));
        d = apply(d, q -> QuestionEdits.addQuestion(q, "you", 5, QuestionType.LONG_TEXT, "more", "Anything else?"));
        d = apply(d, q -> QuestionnaireEdits.updateSection(q, "you", new SectionFields("you", "About you",
                "Optional.", "answered(after_dark)")));
        d = apply(d, q -> QuestionnaireEdits.addEqualitySection(q, 2, "equality", "Equality",
                List.of("age", "sex")));
        d = apply(d, q -> QuestionnaireEdits.setEqualityQuestions(q, "equality", List.of("sex", "ethnic_group")));
        d = apply(d, q -> QuestionnaireEdits.setWeightingVariable(q, "sex", "Sex", List.of("female", "male")));
        d = apply(d, q -> QuestionnaireEdits.setEqualityWeighting(q, "equality", "sex", new WeightingMap("sex",
                Map.of("female", "female", "male", "male"), List.of(), false, Position.UNKNOWN)));
        return d;
    }

    @Test
    void buildsAQuestionnaireWithEveryElementOfTheFormatFromNothing() {
        Design d = everyElement();
        assertEquals(List.of(), d.errors(), d.yaml());
        Questionnaire q = d.definition();
        assertEquals(List.of("views", "you", "equality"), d.sections().stream().map(WrittenSection::id).toList());
        assertEquals(List.of("safe", "unsafe", "dont_know"), ids(q.question("after_dark").orElseThrow()));
        assertEquals("safety", q.question("places").orElseThrow().scale());
        assertEquals("asb", q.question("places").orElseThrow().item("park").orElseThrow().concern());
        assertEquals(2, q.question("top").orElseThrow().rankCount());
        assertEquals(List.of("own", "rent", "other", "prefer_not_to_say"), ids(q.question("tenure").orElseThrow()));
        assertEquals(Question.AreaMode.WARD, q.question("home").orElseThrow().areaMode());
        assertTrue(q.question("when").orElseThrow().latestToday());
        assertEquals("where = home", q.question("when").orElseThrow().showIf().source());
        assertEquals(100, q.question("street").orElseThrow().maxLength());
        assertEquals(2000, q.question("more").orElseThrow().maxLength());
        assertEquals("sex", q.question("sex").orElseThrow().weighting().variable());
        assertTrue(q.question("ethnic_background_white").isPresent());
        assertEquals("example-borough", q.weightingVariables().get(0).fromLookup());
        for (String key : List.of("scales:", "from_lookup: example-borough", "categories: [\"16-44\", \"45+\"]",
                "scale: safety", "items:", "concern: asb", "rank: 2", "max_selections: 2", "exclusive: true",
                "specify: true", "prefer_not_to_say: true", "mode: ward", "min: 16", "earliest: 2024-04-01",
                "latest: today", "show_if: where = home", "max_length: 100", "equality: [sex, ethnic_group]",
                "bands:", "area: true", "choices: { own: owned, rent: rented }", "intro: |")) {
            assertTrue(d.yaml().contains(key), () -> key + " in\n" + d.yaml());
        }
        assertEquals(Positions.erased(q), Positions.erased(designer.open(d.yaml(), "test-survey.yaml").definition()));
    }

    @Test
    void movesRemovesAndRetypesQuestionsAndSections() {
        Design d = everyElement();
        d = apply(d, q -> QuestionEdits.moveQuestion(q, "street", "views", 0));
        d = apply(d, q -> QuestionnaireEdits.moveSection(q, "equality", 0));
        d = apply(d, q -> QuestionEdits.removeQuestion(q, "more"));
        d = apply(d, q -> QuestionEdits.changeType(q, "where", QuestionType.SINGLE_CHOICE));
        d = apply(d, q -> QuestionnaireEdits.renameScale(q, "safety", "feeling_safe"));
        Questionnaire q = d.definition();
        assertEquals(List.of("equality", "views", "you"), d.sections().stream().map(WrittenSection::id).toList());
        assertEquals("street", q.sections().stream().filter(s -> s.id().equals("views")).findFirst().orElseThrow()
                .questions().get(0).id());
        assertTrue(q.question("more").isEmpty());
        Question where = q.question("where").orElseThrow();
        assertEquals(QuestionType.SINGLE_CHOICE, where.type());
        assertNull(where.maxSelections(), "keys the new type does not use are dropped");
        assertEquals("feeling_safe", q.question("after_dark").orElseThrow().scale());
        d = apply(d, x -> QuestionnaireEdits.removeSection(x, "equality"));
        assertTrue(d.definition().question("sex").isEmpty());
        assertFalse(d.valid(), "the sex variable is now unused");
    }

    @Test
    void editsNeverChangeTheDefinitionTheyAreGiven() {
        Design d = everyElement();
        Questionnaire before = d.definition();
        Questionnaire copy = designer.open(d.yaml(), "test-survey.yaml").definition();
        QuestionEdits.removeQuestion(before, "top");
        QuestionnaireEdits.removeSection(before, "you");
        QuestionEdits.setChoices(before, "tenure", List.of());
        assertEquals(copy, before);
    }

    @Test
    void turningPreferNotToSayOffRemovesTheChoiceItAdded() {
        Design d = everyElement();
        d = apply(d, q -> QuestionEdits.updateQuestion(q, "tenure", new QuestionFields("tenure", "Do you own?",
                null, false, false)));
        assertEquals(List.of("own", "rent", "other"), ids(d.definition().question("tenure").orElseThrow()));
        assertFalse(d.yaml().contains("prefer_not_to_say"), d.yaml());
    }

    @Test
    void standardEqualityQuestionsCannotBeEditedOnlyWeighted() {
        Questionnaire q = everyElement().definition();
        assertThrows(IllegalArgumentException.class, () -> QuestionEdits.updateQuestion(q, "sex",
                new QuestionFields("sex", "Sex?", null, false, false)));
        assertThrows(IllegalArgumentException.class, () -> QuestionEdits.addQuestion(q, "equality_sex", 0,
                QuestionType.SHORT_TEXT, "x", "X"));
        assertThrows(IllegalArgumentException.class, () -> QuestionnaireEdits.setEqualityWeighting(q, "equality",
                "age", null), "age is not asked in that section");
    }

    @Test
    void aCopyUnderANewIdKeepsEveryQuestionItemAndChoiceId() {
        Questionnaire shipped = ShippedDefinitions.load(LIBRARY).stream()
                .filter(s -> s.fileName().equals("community-safety-survey.yaml")).findFirst().orElseThrow()
                .questionnaire();
        Design copy = designer.design(QuestionnaireEdits.withId(shipped, "community-safety-survey-2027"));
        assertEquals(List.of(), copy.errors());
        assertEquals("community-safety-survey-2027", copy.definition().id());
        assertEquals(answerIds(shipped), answerIds(copy.definition()));
    }

    static List<String> ids(Question question) {
        return question.choices().stream().map(Choice::id).toList();
    }

    static List<String> answerIds(Questionnaire q) {
        return q.sections().stream().map(Section::questions).flatMap(List::stream)
                .flatMap(question -> java.util.stream.Stream.concat(java.util.stream.Stream.of(question.id()),
                        java.util.stream.Stream.concat(question.items().stream().map(i -> question.id() + "." + i.id()),
                                question.choices().stream().map(c -> question.id() + "=" + c.id())))).toList();
    }
}
