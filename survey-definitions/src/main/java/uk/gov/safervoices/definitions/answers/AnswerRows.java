package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers to and from the long-form store, one row per countable thing so that SQL can count:
 * <ul>
 *   <li>single choice, scale: one row, {@code choiceId}; the score of a scored choice in {@code number};
 *       "please say" text in {@code text}</li>
 *   <li>multiple choice: one row per chosen choice; "please say" text on the row of the (first) {@code specify}
 *       choice</li>
 *   <li>grid: one row per answered item ({@code itemId}, {@code choiceId}, score in {@code number})</li>
 *   <li>ranking: one row per rank ({@code rank} 1 = first choice, {@code choiceId}); "please say" text on the row
 *       of the specify choice</li>
 *   <li>text: {@code text}; whole number: {@code number}; date: {@code date}; area: {@code choiceId} = ward code
 *       only: a postcode is used to find the ward and is never stored (data minimisation, as the privacy notices
 *       promise)</li>
 *   <li>prefer not to say: {@code choiceId} = {@code prefer_not_to_say}, no item, no rank</li>
 * </ul>
 * {@link #fromRows} inverts {@link #toRows} exactly, except that an area answer comes back without its postcode.
 */
public final class AnswerRows {

    private AnswerRows() {
    }

    /** The rows for a response's answers, in questionnaire order. */
    public static List<AnswerRow> toRows(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer answer = answers.get(question.id());
            if (answer != null) {
                rows.addAll(toRows(question, answer));
            }
        }
        return rows;
    }

    /** The rows for one answer. */
    public static List<AnswerRow> toRows(Question question, Answer answer) {
        String id = question.id();
        List<AnswerRow> rows = new ArrayList<>();
        if (answer instanceof Answer.PreferNotToSay) {
            rows.add(new AnswerRow(id, null, Choice.PREFER_NOT_TO_SAY, null, null, null, null));
        } else if (answer instanceof Answer.Single single) {
            rows.add(new AnswerRow(id, null, single.choiceId(), null, score(question, single.choiceId()),
                    single.specifiedText(), null));
        } else if (answer instanceof Answer.Multiple multiple) {
            String specifyChoice = specifyChoice(question, multiple.choiceIds(), multiple.specifiedText());
            for (String choiceId : multiple.choiceIds()) {
                rows.add(new AnswerRow(id, null, choiceId, null, null,
                        choiceId.equals(specifyChoice) ? multiple.specifiedText() : null, null));
            }
        } else if (answer instanceof Answer.Grid grid) {
            question.items().stream().filter(item -> grid.choicesByItem().containsKey(item.id())).forEach(item -> {
                String choiceId = grid.choicesByItem().get(item.id());
                rows.add(new AnswerRow(id, item.id(), choiceId, null, score(question, choiceId), null, null));
            });
        } else if (answer instanceof Answer.Ranking ranking) {
            List<String> ranked = ranking.rankedChoiceIds();
            String specifyChoice = specifyChoice(question, ranked, ranking.specifiedText());
            for (int i = 0; i < ranked.size(); i++) {
                rows.add(new AnswerRow(id, null, ranked.get(i), i + 1, null,
                        ranked.get(i).equals(specifyChoice) ? ranking.specifiedText() : null, null));
            }
        } else if (answer instanceof Answer.Text text) {
            rows.add(new AnswerRow(id, null, null, null, null, text.text(), null));
        } else if (answer instanceof Answer.WholeNumber number) {
            rows.add(new AnswerRow(id, null, null, null, number.value(), null, null));
        } else if (answer instanceof Answer.Date date) {
            rows.add(new AnswerRow(id, null, null, null, null, null, date.value()));
        } else if (answer instanceof Answer.Area area) {
            rows.add(new AnswerRow(id, null, area.wardCode(), null, null, null, null));
        }
        return rows;
    }

    /**
     * The answers a response's rows stand for, in questionnaire order.
     *
     * @throws IllegalArgumentException for a row naming a question the questionnaire does not have
     */
    public static Map<String, Answer> fromRows(Questionnaire questionnaire, List<AnswerRow> rows) {
        Map<String, List<AnswerRow>> byQuestion = new LinkedHashMap<>();
        for (AnswerRow row : rows) {
            if (questionnaire.question(row.questionId()).isEmpty()) {
                throw new IllegalArgumentException("Answer row for question '" + row.questionId()
                        + "', which questionnaire '" + questionnaire.id() + "' does not have");
            }
            byQuestion.computeIfAbsent(row.questionId(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            List<AnswerRow> questionRows = byQuestion.get(question.id());
            if (questionRows != null && !questionRows.isEmpty()) {
                answers.put(question.id(), RowReader.answer(question, questionRows));
            }
        }
        return answers;
    }

    private static Long score(Question question, String choiceId) {
        return question.choice(choiceId).filter(Choice::isScored).map(c -> (long) c.score()).orElse(null);
    }

    /** The chosen choice that carries the "please say" text: the first chosen specify choice. */
    private static String specifyChoice(Question question, List<String> chosen, String text) {
        if (text == null) {
            return null;
        }
        return chosen.stream().filter(id -> question.choice(id).map(Choice::specify).orElse(false)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Question '" + question.id()
                        + "' has 'please say' text but no chosen choice asks for it"));
    }
}
