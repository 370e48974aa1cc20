package uk.gov.safervoices.admin.response;

import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A response's coded answers (choices, ranks and whole numbers; never free text or dates) as one short line, kept
 * beside its answer rows so that analysis reads one row per response instead of some thirty (ADR 0017).
 *
 * <p>One token per answer row, separated by a space: {@code question[:item]=choice[@rank]} for a chosen option and
 * {@code question[:item]#number} for a whole number. Questions, grid items and choices are written as their position
 * in the questionnaire version's definition, in base 36 ({@code 0}, {@code 1}... {@code z}, {@code 10}), which a
 * published version never changes; an id the definition does not list (a ward code, "prefer not to say") is
 * written as {@code !} and the id, with any character outside {@code [A-Za-z0-9_-]} percent-encoded. So
 * {@code 3:1=4} is the 4th question's 2nd grid item answered with its 5th choice.
 */
public final class CodedAnswers {
    public static final char SEPARATOR = ' ';
    public static final char ITEM = ':';
    public static final char CHOICE = '=';
    public static final char RANK = '@';
    public static final char NUMBER = '#';
    private static final char LITERAL = '!';

    /** Question id to position written, and back; per question, the same for its items and its choices. */
    private final Map<String, String> writtenQuestions = new HashMap<>();
    private final Map<String, String> questionIds = new HashMap<>();
    private final Map<String, Map<String, String>> writtenItems = new HashMap<>();
    private final Map<String, Map<String, String>> itemIds = new HashMap<>();
    private final Map<String, Map<String, String>> writtenChoices = new HashMap<>();
    private final Map<String, Map<String, String>> choiceIds = new HashMap<>();

    private CodedAnswers(Questionnaire definition) {
        List<Question> questions = definition.questionStream().toList();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            number(Integer.toString(q, 36), question.id(), writtenQuestions, questionIds);
            Map<String, String> items = writtenItems.computeIfAbsent(question.id(), k -> new HashMap<>());
            Map<String, String> itemsBack = itemIds.computeIfAbsent(question.id(), k -> new HashMap<>());
            List<GridItem> gridItems = question.items() == null ? List.of() : question.items();
            for (int i = 0; i < gridItems.size(); i++) {
                number(Integer.toString(i, 36), gridItems.get(i).id(), items, itemsBack);
            }
            Map<String, String> choices = writtenChoices.computeIfAbsent(question.id(), k -> new HashMap<>());
            Map<String, String> choicesBack = choiceIds.computeIfAbsent(question.id(), k -> new HashMap<>());
            List<Choice> options = question.choices() == null ? List.of() : question.choices();
            for (int c = 0; c < options.size(); c++) {
                number(Integer.toString(c, 36), options.get(c).id(), choices, choicesBack);
            }
        }
    }

    private static void number(String written, String id, Map<String, String> forward, Map<String, String> back) {
        forward.putIfAbsent(id, written);
        back.putIfAbsent(written, id);
    }

    /** How answers to this questionnaire version are coded. */
    public static CodedAnswers of(Questionnaire definition) {
        return new CodedAnswers(definition);
    }

    /** The line for these answer rows: the coded ones, in their order. */
    public String encode(List<AnswerRow> rows) {
        StringBuilder line = new StringBuilder(rows.size() * 8);
        for (AnswerRow row : rows) {
            if (row.choiceId() == null && row.number() == null) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(SEPARATOR);
            }
            line.append(question(row.questionId()));
            if (row.itemId() != null) {
                line.append(ITEM).append(written(writtenItems.get(row.questionId()), row.itemId()));
            }
            if (row.choiceId() != null) {
                line.append(CHOICE).append(written(writtenChoices.get(row.questionId()), row.choiceId()));
                if (row.rank() != null) {
                    line.append(RANK).append(row.rank().intValue());
                }
            } else {
                line.append(NUMBER).append(row.number().longValue());
            }
        }
        return line.toString();
    }

    /** A question as lines write it. */
    public String question(String questionId) {
        return written(writtenQuestions, questionId);
    }

    /** The question of a token, as the line writes it. */
    public static String questionOf(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == ITEM || c == CHOICE || c == NUMBER) {
                return token.substring(0, i);
            }
        }
        return token;
    }

    /** One token read back. {@code rank} and {@code number} are null where the row had none. */
    public record Token(String questionId, String itemId, String choiceId, Integer rank, Long number) {
    }

    /** Reads one token of a line (as {@link #encode} wrote it). */
    public Token decode(String token) {
        int choice = token.indexOf(CHOICE);
        int number = choice < 0 ? token.indexOf(NUMBER) : -1;
        int end = choice >= 0 ? choice : number;
        if (end < 0) {
            throw new IllegalArgumentException("Not a coded answer: " + token);
        }
        String head = token.substring(0, end);
        int item = head.indexOf(ITEM);
        String questionId = id(questionIds, item < 0 ? head : head.substring(0, item));
        String itemId = item < 0 ? null : id(itemIds.get(questionId), head.substring(item + 1));
        if (choice < 0) {
            return new Token(questionId, itemId, null, null, Long.parseLong(token.substring(number + 1)));
        }
        int rank = token.indexOf(RANK, choice);
        String choiceId = id(choiceIds.get(questionId),
                rank < 0 ? token.substring(choice + 1) : token.substring(choice + 1, rank));
        return new Token(questionId, itemId, choiceId, rank < 0 ? null : Integer.parseInt(token.substring(rank + 1)),
                null);
    }

    private static String written(Map<String, String> positions, String id) {
        String position = positions == null ? null : positions.get(id);
        return position != null ? position : LITERAL + escape(id);
    }

    private static String id(Map<String, String> ids, String written) {
        if (!written.isEmpty() && written.charAt(0) == LITERAL) {
            String literal = written.substring(1);
            return literal.indexOf('%') < 0 ? literal : URLDecoder.decode(literal, StandardCharsets.UTF_8);
        }
        String id = ids == null ? null : ids.get(written);
        if (id == null) {
            throw new IllegalArgumentException("No position " + written + " in this questionnaire version");
        }
        return id;
    }

    private static String escape(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!plain) {
                return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return id;
    }
}
