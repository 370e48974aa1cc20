package uk.gov.safervoices.portal.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.portal.web.ModelValueResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question's HTML on a section page: its GOV.UK components ({@link QuestionViews}) rendered with the
 * {@code question-block} partial. The HTML is a function of the components' parameters alone, so where those can
 * hold nothing a resident typed (a question answered only by ticking or choosing: radios, scales, checkboxes,
 * grids and rankings without a "please say" box, and with no error) it is rendered once and kept, by parsed
 * definition and parameters. That covers every blank question, which is what every first-time visitor sees. A
 * question whose fields can hold typed text is rendered afresh every time and never kept, so no typed answer stays
 * in memory.
 */
@Singleton
public class QuestionBlocks {
    private static final Set<QuestionType> CHOSEN_ONLY = EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.SCALE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.GRID, QuestionType.RANKING);

    private final QuestionViews questions;
    private final Template template;
    private final Cache<Key, Handlebars.SafeString> rendered = Caffeine.newBuilder().maximumSize(2_000).build();

    QuestionBlocks(QuestionViews questions, Handlebars handlebars) {
        this.questions = questions;
        try {
            this.template = handlebars.compile("views/partials/question-block");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A question's HTML outside the residents' journey (staff keying in a paper form): the values to show, and the
     * engine's errors, by field key.
     */
    public Handlebars.SafeString html(Questionnaire definition, Question question, Map<String, List<String>> values,
                                      List<AnswerError> errors) {
        return html(definition, question, QuestionViews.FieldValues.of(values, errors));
    }

    /** The id of a field's HTML element, for an error summary's link. */
    public static String fieldId(String fieldKey) {
        return FieldIds.of(fieldKey);
    }

    Handlebars.SafeString html(Questionnaire definition, Question question, QuestionViews.FieldValues field) {
        Map<String, Object> model = questions.block(question, field);
        if (onlyChosen(question) && !field.anyErrorFor(question.id())) {
            return rendered.get(new Key(definition, model), key -> render(model));
        }
        return render(model);
    }

    /** A question as a resident first sees it (blank, no error), rendered afresh and never kept: for previews. */
    Handlebars.SafeString blank(Question question) {
        return render(questions.block(question, QuestionViews.FieldValues.of(Map.of(), java.util.List.of())));
    }

    /** Whether every value the question's fields can show is one of its own codes, never typed text. */
    static boolean onlyChosen(Question question) {
        return CHOSEN_ONLY.contains(question.type()) && question.choices().stream().noneMatch(Choice::specify);
    }

    private Handlebars.SafeString render(Map<String, Object> model) {
        try {
            return new Handlebars.SafeString(template.apply(ModelValueResolver.context(model)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A definition by identity (a new version is a new parsed object; hashing its records on every page would cost
     * more than it saves) and the components' parameters by value.
     */
    private record Key(Questionnaire definition, Map<String, Object> model) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.definition == definition && key.model.equals(model);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(definition) + model.hashCode();
        }
    }
}
