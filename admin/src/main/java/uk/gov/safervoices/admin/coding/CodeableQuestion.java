package uk.gov.safervoices.admin.coding;

import uk.gov.safervoices.admin.response.EqualityQuestions;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question whose answers hold residents' own words that can be coded: a short or long text question, or a
 * question with a "please say" (specify) choice. Equality questions are never coded: their answers are special
 * category data, read only in aggregate (ADR 0009).
 *
 * @param question      the question
 * @param specifyChoice the "please say" choice's id, or null for a text question
 */
public record CodeableQuestion(Question question, String specifyChoice) {

    /** The version's codeable questions, in questionnaire order. */
    public static List<CodeableQuestion> of(Questionnaire definition) {
        Set<String> equality = EqualityQuestions.ids(definition);
        return definition.questionStream().filter(q -> !equality.contains(q.id())).map(CodeableQuestion::of)
                .flatMap(Optional::stream).toList();
    }

    private static Optional<CodeableQuestion> of(Question question) {
        if (question.type() == QuestionType.SHORT_TEXT || question.type() == QuestionType.LONG_TEXT) {
            return Optional.of(new CodeableQuestion(question, null));
        }
        List<Choice> choices = question.choices() == null ? List.of() : question.choices();
        return choices.stream().filter(Choice::specify).findFirst()
                .map(choice -> new CodeableQuestion(question, choice.id()));
    }

    public String id() {
        return question.id();
    }

    /** Whether this is a ranking's "other": its codes count as concerns at the rank it was given. */
    public boolean rankedOther() {
        return question.type() == QuestionType.RANKING && specifyChoice != null;
    }

    /** What the page calls it: the question, and for a "please say" choice that choice's label. */
    public String label() {
        if (specifyChoice == null) {
            return question.text();
        }
        return question.text() + " (" + question.choice(specifyChoice).map(Choice::label).orElse(specifyChoice)
                + ")";
    }
}
