package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loader behaviour on small forms written inline (as pyxform's tests do). */
class LoaderBehaviourTest {

    private static final String HEAD = """
            id: form
            title: A form
            privacy_notice: We keep your answers safe.
            """;

    private final QuestionnaireLoader loader = new QuestionnaireLoader(TestFiles.fixtureLibrary());

    /** A valid form's definition; every valid form here is also a round-trip case for the writer. */
    private Questionnaire valid(String yaml) {
        LoadResult result = loader.parse(yaml, "form.yaml");
        assertEquals(List.of(), result.errors().stream().map(ValidationError::toString).toList());
        assertTrue(result.valid());
        RoundTrip.check(loader, yaml, "form.yaml");
        return result.questionnaire().orElseThrow();
    }

    private List<ValidationError> errors(String yaml) {
        LoadResult result = loader.parse(yaml, "form.yaml");
        assertFalse(result.valid());
        assertTrue(result.questionnaire().isEmpty(), "no questionnaire when there are errors");
        return result.errors();
    }

    @Test
    void appliesTheFormatsDefaults() {
        Questionnaire form = valid(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: name, type: short_text, text: Name }
                      - { id: story, type: long_text, text: Story }
                      - { id: home, type: area, text: Home, lookup: test-borough }
                      - { id: when, type: date, text: When, latest: today }
                """);
        assertEquals(Questionnaire.Kind.SURVEY, form.kind());
        assertEquals("form.yaml", form.sourceName());
        Question name = form.question("name").orElseThrow();
        assertFalse(name.required());
        assertEquals(200, name.maxLength());
        assertEquals(2000, form.question("story").orElseThrow().maxLength());
        assertEquals(Question.AreaMode.POSTCODE_OR_WARD, form.question("home").orElseThrow().areaMode());
        Question when = form.question("when").orElseThrow();
        assertTrue(when.latestToday());
        assertNull(when.latest());
        assertEquals(List.of(), name.choices());
        assertEquals(List.of(), name.items());
    }

    @Test
    void resolvesANamedScaleIntoTheQuestionsChoices() {
        Questionnaire form = valid(HEAD + """
                scales:
                  safety:
                    - { id: safe, label: Safe, score: 2 }
                    - { id: unsafe, label: Unsafe, score: 1 }
                    - { id: dont_know, label: "Don't know", dont_know: true }
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: after_dark, type: scale, text: After dark, scale: safety }
                      - id: places
                        type: grid
                        text: Places
                        scale: safety
                        items: [ { id: park, label: The park, concern: asb } ]
                """);
        Question afterDark = form.question("after_dark").orElseThrow();
        assertEquals(List.of("safe", "unsafe", "dont_know"), afterDark.choices().stream().map(Choice::id).toList());
        assertEquals(2, afterDark.choice("safe").orElseThrow().score());
        assertTrue(afterDark.choice("dont_know").orElseThrow().dontKnow());
        assertEquals(afterDark.choices(), form.question("places").orElseThrow().choices());
        assertEquals("asb", form.question("places").orElseThrow().item("park").orElseThrow().concern());
    }

    @Test
    void keepsYesAndNoAsTextNotBooleans() {
        Questionnaire form = valid(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - id: victim
                        type: single_choice
                        text: Victim
                        required: yes
                        choices: [ { id: yes, label: Yes }, { id: no, label: No } ]
                      - { id: reported, type: short_text, text: What, show_if: victim = yes }
                """);
        Question victim = form.question("victim").orElseThrow();
        assertTrue(victim.required());
        assertEquals(List.of("yes", "no"), victim.choices().stream().map(Choice::id).toList());
        assertEquals("Yes", victim.choices().get(0).label());
        assertInstanceOf(Condition.Equals.class, form.question("reported").orElseThrow().showIf());
    }

    @Test
    void addsPreferNotToSayAsTheLastChoiceExclusiveOnMultipleChoice() {
        Questionnaire form = valid(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: one, type: single_choice, text: One, prefer_not_to_say: true, choices: [ { id: a, label: A } ] }
                      - { id: many, type: multiple_choice, text: Many, prefer_not_to_say: true, choices: [ { id: a, label: A } ] }
                      - { id: age, type: whole_number, text: Age, prefer_not_to_say: true }
                """);
        Choice last = form.question("one").orElseThrow().choices().get(1);
        assertEquals(Choice.PREFER_NOT_TO_SAY, last.id());
        assertEquals("Prefer not to say", last.label());
        assertFalse(last.exclusive());
        assertTrue(form.question("many").orElseThrow().choice(Choice.PREFER_NOT_TO_SAY).orElseThrow().exclusive());
        Question age = form.question("age").orElseThrow();
        assertTrue(age.preferNotToSay());
        assertEquals(List.of(), age.choices(), "other types offer it as a separate checkbox");
    }

    @Test
    void letsAConditionTestPreferNotToSayOnAnyQuestionThatOffersIt() {
        valid(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: age, type: whole_number, text: Age, prefer_not_to_say: true }
                      - { id: victim, type: single_choice, text: Victim, prefer_not_to_say: true, choices: [ { id: a, label: A } ] }
                      - { id: why, type: short_text, text: Why, show_if: age = prefer_not_to_say or victim = prefer_not_to_say }
                """);
        assertEquals(ErrorCode.SV023, errors(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: age, type: whole_number, text: Age }
                      - { id: why, type: short_text, text: Why, show_if: age = prefer_not_to_say }
                """).get(0).code());
    }

    @Test
    void expandsAnEqualitySectionIntoOnePagePerStandardQuestion() {
        Questionnaire form = valid(HEAD + """
                weighting:
                  - { id: sex, label: Sex, categories: [female, male] }
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: name, type: short_text, text: Name }
                  - id: about_you
                    title: About you
                    intro: These questions are optional.
                    equality: [sex, ethnic_group, age]
                    weighting:
                      sex: { variable: sex, choices: { female: female, male: male } }
                """);
        List<Section> pages = form.sections().subList(1, form.sections().size());
        assertEquals(List.of("about_you_sex", "about_you_ethnic_group", "about_you_ethnic_background",
                "about_you_age"), pages.stream().map(Section::id).toList());
        assertTrue(pages.stream().allMatch(Section::equality));
        assertEquals("About you", pages.get(0).title(), "the first page carries the section's title");
        assertTrue(pages.get(0).intro().startsWith("These questions are optional."));
        assertEquals("Ethnic group", pages.get(1).title());
        Question sex = form.question("sex").orElseThrow();
        assertEquals("sex", sex.weighting().variable());
        assertEquals(QuestionType.SINGLE_CHOICE, sex.type());
        assertTrue(form.questionStream().filter(q -> !q.id().equals("name")).allMatch(q -> !q.required()));
        assertTrue(form.questionStream().filter(q -> !q.id().equals("name")).allMatch(Question::preferNotToSay));
        assertTrue(form.question("ethnic_background_white").isPresent());
        assertEquals(14, sex.position().line(), "expanded questions are placed at the equality: line");
    }

    @Test
    void placesErrorsFromAnEqualitySectionAtItsEqualityLine() {
        List<ValidationError> errors = errors(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: age, type: short_text, text: Age }
                  - id: about_you
                    title: About you
                    equality: [age]
                """);
        assertEquals(1, errors.size());
        ValidationError error = errors.get(0);
        assertEquals(ErrorCode.SV003, error.code());
        assertEquals(11, error.line());
        assertEquals("age", error.questionId());
    }

    @Test
    void suggestsTheClosestKeyQuestionTypeAndQuestion() {
        List<ValidationError> errors = errors(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: victim, type: singel_choice, txet: Victim, text: Victim, choices: [ { id: a, label: A } ] }
                      - { id: name, type: short_text, text: Name, show_if: answered(victim) }
                      - { id: place, type: short_text, text: Place, show_if: answered(nmae) }
                """);
        List<String> messages = errors.stream().map(ValidationError::message).toList();
        assertTrue(messages.get(0).contains("Did you mean \"single_choice\"?"), messages::toString);
        assertTrue(messages.get(1).contains("Did you mean \"text\"?"), messages::toString);
        assertTrue(messages.get(2).contains("Did you mean \"name\"?"), messages::toString);
        assertEquals(3, errors.size(), "no error for the condition naming the question that could not be read");
    }

    @Test
    void collectsEveryErrorInFileOrderWithPlaces() {
        List<ValidationError> errors = errors("""
                id: form
                title: A form
                sections:
                  - id: Page
                    title: Page
                    questions:
                      - { id: a, type: short_text }
                      - { id: b, type: short_text, text: B, max_length: 9999 }
                """);
        assertEquals(List.of("1:1 SV004", "4:9 SV006", "7:9 SV004", "8:57 SV014"),
                errors.stream().map(e -> e.line() + ":" + e.column() + " " + e.code()).toList());
        assertTrue(errors.get(0).toString().startsWith("form.yaml:1:1: SV004 The questionnaire has no "
                + "\"privacy_notice\"."), errors.get(0)::toString);
        assertEquals("b", errors.get(3).questionId());
    }

    @Test
    void pointsAConditionSyntaxErrorAtItsColumn() {
        List<ValidationError> errors = errors(HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: a, type: short_text, text: A }
                      - id: b
                        type: short_text
                        text: B
                        show_if: answered(a) and
                """);
        assertEquals(1, errors.size());
        assertEquals(ErrorCode.SV021, errors.get(0).code());
        assertEquals(12, errors.get(0).line());
        assertEquals(18 + "answered(a) and".length(), errors.get(0).column());
    }

    @Test
    void stopsAfterAYamlSyntaxError() {
        List<ValidationError> errors = errors("id: form\ntitle: [unclosed\nsections: nothing\n");
        assertEquals(1, errors.size());
        assertEquals(ErrorCode.SV001, errors.get(0).code());
    }

    @Test
    void checksTheIdAgainstTheFileNameOnlyForYamlFiles() {
        String yaml = HEAD + """
                sections:
                  - id: page
                    title: Page
                    questions: [ { id: a, type: short_text, text: A } ]
                """;
        assertTrue(loader.parse(yaml, "form.yml").valid());
        assertTrue(loader.parse(yaml, "draft from the editor").valid());
        assertEquals(ErrorCode.SV019, loader.parse(yaml, "other.yaml").errors().get(0).code());
    }
}
