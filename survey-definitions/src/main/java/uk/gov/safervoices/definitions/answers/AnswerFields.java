package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form fields of questions (see the format's "Answer field keys"), and the raw form that gives back a set of
 * checked answers: for refilling a page and for "Check your answers". Single choice, scale and multiple choice
 * questions offer "prefer not to say" as the choice {@code prefer_not_to_say}; every other type as the checkbox
 * {@code qid.prefer_not_to_say}.
 */
public final class AnswerFields {

    public static final String PREFER_NOT_TO_SAY_SUFFIX = "." + Choice.PREFER_NOT_TO_SAY;
    public static final String SPECIFY_SUFFIX = ".specify";

    private AnswerFields() {
    }

    /** Whether "prefer not to say" is one of the question's choices (rather than a separate checkbox). */
    public static boolean preferNotToSayIsChoice(Question question) {
        QuestionType type = question.type();
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.SCALE
                || type == QuestionType.MULTIPLE_CHOICE;
    }

    /** The keys of the fields that hold the question's answer (not "please say" or "prefer not to say"). */
    public static List<String> fieldKeys(Question question) {
        String id = question.id();
        return switch (question.type()) {
            case GRID -> question.items().stream().map(i -> id + "." + i.id()).toList();
            case RANKING -> rankKeys(question);
            case DATE -> List.of(id + ".day", id + ".month", id + ".year");
            case AREA -> switch (question.areaMode() == null ? Question.AreaMode.POSTCODE_OR_WARD
                    : question.areaMode()) {
                case POSTCODE -> List.of(id + ".postcode");
                case WARD -> List.of(id);
                case POSTCODE_OR_WARD -> List.of(id + ".postcode", id + ".ward");
            };
            default -> List.of(id);
        };
    }

    /** The field an error summary links to when the question as a whole has a problem. */
    public static String firstFieldKey(Question question) {
        return fieldKeys(question).get(0);
    }

    static List<String> rankKeys(Question question) {
        int count = question.rankCount() == null ? question.choices().size() : question.rankCount();
        List<String> keys = new ArrayList<>();
        for (int rank = 1; rank <= count; rank++) {
            keys.add(question.id() + "." + rank);
        }
        return keys;
    }

    /** The raw form that {@link AnswerChecker} checks back to the same answers (questions not given are skipped). */
    public static Map<String, List<String>> toRaw(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = answers.get(question.id());
            if (answer != null) {
                raw.putAll(toRaw(question, answer));
            }
        }
        return raw;
    }

    /** The raw form fields for one answer. */
    public static Map<String, List<String>> toRaw(Question question, Answer answer) {
        String id = question.id();
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (answer instanceof Answer.PreferNotToSay) {
            raw.put(id + PREFER_NOT_TO_SAY_SUFFIX, List.of("true"));
        } else if (answer instanceof Answer.Single single) {
            raw.put(id, List.of(single.choiceId()));
            putSpecify(raw, id, single.specifiedText());
        } else if (answer instanceof Answer.Multiple multiple) {
            raw.put(id, List.copyOf(multiple.choiceIds()));
            putSpecify(raw, id, multiple.specifiedText());
        } else if (answer instanceof Answer.Grid grid) {
            for (GridItem item : question.items()) {
                String choice = grid.choicesByItem().get(item.id());
                if (choice != null) {
                    raw.put(id + "." + item.id(), List.of(choice));
                }
            }
        } else if (answer instanceof Answer.Ranking ranking) {
            for (int i = 0; i < ranking.rankedChoiceIds().size(); i++) {
                raw.put(id + "." + (i + 1), List.of(ranking.rankedChoiceIds().get(i)));
            }
            putSpecify(raw, id, ranking.specifiedText());
        } else if (answer instanceof Answer.Text text) {
            raw.put(id, List.of(text.text()));
        } else if (answer instanceof Answer.WholeNumber number) {
            raw.put(id, List.of(Long.toString(number.value())));
        } else if (answer instanceof Answer.Date date) {
            raw.put(id + ".day", List.of(Integer.toString(date.value().getDayOfMonth())));
            raw.put(id + ".month", List.of(Integer.toString(date.value().getMonthValue())));
            raw.put(id + ".year", List.of(Integer.toString(date.value().getYear())));
        } else if (answer instanceof Answer.Area area) {
            if (area.postcode() != null) {
                raw.put(id + ".postcode", List.of(area.postcode()));
            } else {
                raw.put(question.areaMode() == Question.AreaMode.WARD ? id : id + ".ward", List.of(area.wardCode()));
            }
        }
        return raw;
    }

    private static void putSpecify(Map<String, List<String>> raw, String id, String text) {
        if (text != null) {
            raw.put(id + SPECIFY_SUFFIX, List.of(text));
        }
    }
}
