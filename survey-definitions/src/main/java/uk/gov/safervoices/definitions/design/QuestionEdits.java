package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits of questions, each returning a new definition (see {@link QuestionnaireEdits} for the rules they share).
 * A question keeps only the keys its type uses: changing its type drops the others. Standard equality questions
 * cannot be changed here (only their weighting, on their section).
 */
public final class QuestionEdits {

    /** The fields every question has. */
    public record QuestionFields(String id, String text, String hint, boolean required, boolean preferNotToSay) { }

    private QuestionEdits() {
    }

    /** Adds a question of a type at {@code position} in a section (0 = first); its details come next. */
    public static Questionnaire addQuestion(Questionnaire q, String sectionId, int position, QuestionType type,
                                            String id, String text) {
        Section section = page(q, sectionId);
        QuestionBuilder b = new QuestionBuilder();
        b.id = Edited.clean(id);
        b.type = type;
        b.text = Edited.clean(text);
        List<Question> questions = new ArrayList<>(section.questions());
        questions.add(Edited.clamp(position, questions.size()), b.build(q.scales()));
        return replacePage(q, section, questions);
    }

    public static Questionnaire updateQuestion(Questionnaire q, String questionId, QuestionFields fields) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.id = Edited.clean(fields.id());
            b.text = Edited.clean(fields.text());
            b.hint = Edited.clean(fields.hint());
            b.required = fields.required();
            if (b.preferNotToSay != fields.preferNotToSay() && b.type.offersPreferNotToSayAsChoice()) {
                b.choices = b.writtenChoices().stream().filter(c -> !c.id().equals(Choice.PREFER_NOT_TO_SAY))
                        .toList();
            }
            b.preferNotToSay = fields.preferNotToSay();
            return b;
        });
    }

    /** Changes a question's type; keys the new type does not use are dropped, its defaults applied. */
    public static Questionnaire changeType(Questionnaire q, String questionId, QuestionType type) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.choices = b.writtenChoices();
            b.type = type;
            return b;
        });
    }

    public static Questionnaire removeQuestion(Questionnaire q, String questionId) {
        Question question = Edited.question(q, questionId);
        Section section = q.sectionOf(questionId).orElseThrow();
        return replacePage(q, section, section.questions().stream().filter(x -> x != question).toList());
    }

    /** Moves a question to {@code position} (0 = first) in a section, the same one or another. */
    public static Questionnaire moveQuestion(Questionnaire q, String questionId, String toSectionId, int position) {
        Question question = Edited.question(q, questionId);
        page(q, toSectionId);
        Questionnaire without = removeQuestion(q, questionId);
        Section target = page(without, toSectionId);
        List<Question> questions = new ArrayList<>(target.questions());
        questions.add(Edited.clamp(position, questions.size()), question);
        return replacePage(without, target, questions);
    }

    /** The show_if condition, as text (blank for none). */
    public static Questionnaire setShowIf(Questionnaire q, String questionId, String condition) {
        Place place = Place.question(Edited.sectionOf(q, questionId), questionId);
        return Edited.changeQuestion(q, questionId, b -> {
            b.showIf = Edited.condition(condition, place);
            return b;
        });
    }

    /**
     * The choices, listed on the question (a scale's inline points: each with a score). A last choice exactly like
     * the one {@code prefer_not_to_say} adds turns that on.
     */
    public static Questionnaire setChoices(Questionnaire q, String questionId, List<Choice> choices) {
        return Edited.changeQuestion(q, questionId, b -> {
            List<Choice> cleaned = cleaned(choices);
            b.scale = null;
            if (!cleaned.isEmpty() && cleaned.get(cleaned.size() - 1).isAddedPreferNotToSay(b.type)) {
                b.preferNotToSay = true;
            }
            b.choices = cleaned;
            return b;
        });
    }

    /** A scale or grid question answered on a named scale. */
    public static Questionnaire useScale(Questionnaire q, String questionId, String scaleName) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.scale = Edited.clean(scaleName);
            return b;
        });
    }

    /** A grid's items (rows), each with an optional concern code. */
    public static Questionnaire setItems(Questionnaire q, String questionId, List<GridItem> items) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.items = items.stream().map(i -> new GridItem(Edited.clean(i.id()), Edited.clean(i.label()),
                    Edited.clean(i.concern()), Position.UNKNOWN)).toList();
            return b;
        });
    }

    /** A multiple choice question's most choices (null: any number). */
    public static Questionnaire setMaxSelections(Questionnaire q, String questionId, Integer maxSelections) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.maxSelections = maxSelections;
            return b;
        });
    }

    /** How many choices a ranking question's residents put in order. */
    public static Questionnaire setRankCount(Questionnaire q, String questionId, Integer rank) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.rankCount = rank;
            return b;
        });
    }

    /** A text question's most characters (null: the type's default). */
    public static Questionnaire setMaxLength(Questionnaire q, String questionId, Integer maxLength) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.maxLength = maxLength;
            return b;
        });
    }

    /** A whole number question's lowest and highest answers (either may be null). */
    public static Questionnaire setNumberRange(Questionnaire q, String questionId, Long min, Long max) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.min = min;
            b.max = max;
            return b;
        });
    }

    /** A date question's earliest and latest dates (either may be null); {@code latestToday}: no future date. */
    public static Questionnaire setDateRange(Questionnaire q, String questionId, LocalDate earliest, LocalDate latest,
                                             boolean latestToday) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.earliest = earliest;
            b.latest = latestToday ? null : latest;
            b.latestToday = latestToday;
            return b;
        });
    }

    /** An area question's lookup and how residents answer it. */
    public static Questionnaire setArea(Questionnaire q, String questionId, String lookup, Question.AreaMode mode) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.lookup = Edited.clean(lookup);
            b.areaMode = mode;
            return b;
        });
    }

    /** How the question's answers map to a weighting variable (null: not used for weighting). */
    public static Questionnaire setWeighting(Questionnaire q, String questionId, WeightingMap weighting) {
        return Edited.changeQuestion(q, questionId, b -> {
            b.weighting = weighting;
            return b;
        });
    }

    /** The concern code of one of the question's choices or grid items (null: none). */
    public static Questionnaire setConcern(Questionnaire q, String questionId, String choiceOrItemId, String concern) {
        String code = Edited.clean(concern);
        Question question = Edited.question(q, questionId);
        if (question.item(choiceOrItemId).isPresent()) {
            return setItems(q, questionId, question.items().stream().map(i -> i.id().equals(choiceOrItemId)
                    ? new GridItem(i.id(), i.label(), code, i.position()) : i).toList());
        }
        if (question.scale() != null || question.choice(choiceOrItemId).isEmpty()) {
            throw new IllegalArgumentException("Question \"" + questionId + "\" has no choice or item \""
                    + choiceOrItemId + "\" of its own");
        }
        return setChoices(q, questionId, QuestionBuilder.of(question).writtenChoices().stream()
                .map(c -> c.id().equals(choiceOrItemId) ? new Choice(c.id(), c.label(), c.hint(), c.score(),
                        c.exclusive(), c.dontKnow(), c.specify(), code, c.position()) : c).toList());
    }

    static List<Choice> cleaned(List<Choice> choices) {
        return choices.stream().map(c -> new Choice(Edited.clean(c.id()), Edited.clean(c.label()),
                Edited.clean(c.hint()), c.score(), c.exclusive(), c.dontKnow(), c.specify(),
                Edited.clean(c.concern()), Position.UNKNOWN)).toList();
    }

    /** A page of questions (not an equality section). */
    private static Section page(Questionnaire q, String sectionId) {
        return q.sections().stream().filter(s -> s.id().equals(sectionId) && !s.equality()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no section of questions \""
                        + sectionId + "\""));
    }

    private static Questionnaire replacePage(Questionnaire q, Section page, List<Question> questions) {
        return Edited.withSections(q, q.sections().stream().map(s -> s == page ? new Section(s.id(), s.title(),
                s.intro(), s.showIf(), s.equality(), List.copyOf(questions), s.position()) : s).toList());
    }
}
