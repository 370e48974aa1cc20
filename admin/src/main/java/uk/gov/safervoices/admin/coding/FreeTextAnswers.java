package uk.gov.safervoices.admin.coding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.coding.suggest.CodedText;
import uk.gov.safervoices.admin.coding.suggest.Words;
import uk.gov.safervoices.admin.response.FreeText;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Residents' free-text answers to one question, as the coding page lists them: a page at a time, never the whole
 * table. Only included responses (status SUBMITTED) are listed; equality questions are never asked for
 * ({@link CodeableQuestion}).
 */
@Singleton
public class FreeTextAnswers {
    /** The most coded answers suggestions learn from (the latest). */
    static final int LEARNED_LIMIT = 20_000;
    private static final String ANSWERS = " FROM response_answer a JOIN response r ON r.id = a.response_id"
            + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ? AND r.status = 'SUBMITTED'"
            + " AND a.question_id = ? AND a.text_value IS NOT NULL";
    private static final String HAS_CODES = " EXISTS (SELECT 1 FROM free_text_code f WHERE f.response_id = a.response_id"
            + " AND f.question_id = a.question_id)";

    private final JdbcOperations jdbc;

    FreeTextAnswers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Which answers to list. */
    public enum Show {
        UNCODED(" AND NOT" + HAS_CODES), CODED(" AND" + HAS_CODES), ALL("");

        private final String condition;

        Show(String condition) {
            this.condition = condition;
        }
    }

    /** Where answers are: a consultation's responses to a questionnaire version, and a question of it. */
    public record Scope(long consultationId, long versionId, String questionId) {
    }

    /**
     * One resident's free-text answer to the question.
     *
     * @param choiceId the "please say" choice it was written for; null for a text question
     * @param rank     the rank that choice was given, in a ranking; else null
     * @param codes    the codes it has, in the order they were given
     */
    public record Answer(long responseId, String reference, String choiceId, Integer rank, String text,
                         List<String> codes) {
        public Answer {
            codes = List.copyOf(codes);
        }
    }

    /** One page of answers, and how many answers there are coded and not yet coded. */
    public record Page(List<Answer> answers, int page, int size, long matching, long coded, long uncoded) {
        public Page {
            answers = List.copyOf(answers);
        }

        public int pages() {
            return (int) Math.max(1, (matching + size - 1) / size);
        }
    }

    /** Page {@code page} (from 1) of {@code size} answers, oldest response first. */
    @Transactional
    public Page page(Scope scope, Show show, int page, int size) {
        long all = count(scope, "");
        long coded = count(scope, " AND" + HAS_CODES);
        long matching = show == Show.ALL ? all : show == Show.CODED ? coded : all - coded;
        List<Answer> answers = jdbc.prepareStatement("SELECT a.response_id, r.reference, a.choice_id,"
                + " a.rank_position, a.text_value" + ANSWERS + show.condition + " ORDER BY a.response_id, a.id"
                + " LIMIT ? OFFSET ?", statement -> {
            bind(statement, scope);
            statement.setInt(4, size);
            statement.setLong(5, (long) (page - 1) * size);
            List<Answer> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int rank = row.getInt(4);
                    found.add(new Answer(row.getLong(1), row.getString(2), row.getString(3),
                            row.wasNull() ? null : rank, row.getString(5), List.of()));
                }
            }
            return found;
        });
        Map<Long, List<String>> codes = codes(scope.questionId(), answers.stream().map(Answer::responseId).toList());
        List<Answer> withCodes = answers.stream().map(a -> new Answer(a.responseId(), a.reference(), a.choiceId(),
                a.rank(), a.text(), codes.getOrDefault(a.responseId(), List.of()))).toList();
        return new Page(withCodes, page, size, matching, coded, all - coded);
    }

    /** The responses whose answer to the question contains the word (or another form of it, {@link Words}). */
    @Transactional
    public List<Long> containing(Scope scope, String word) {
        return jdbc.prepareStatement("SELECT a.response_id, a.text_value" + ANSWERS + " ORDER BY a.response_id",
                statement -> {
                    bind(statement, scope);
                    List<Long> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            if (Words.contains(row.getString(2), word)) {
                                found.add(row.getLong(1));
                            }
                        }
                    }
                    return found;
                });
    }

    /**
     * Answers already coded that suggestions learn from: those coded with a catalogue concern in any consultation
     * (last year's coding helps this year's), and those given a theme of this consultation; never words the
     * retention purge or a redaction removed. The latest {@value #LEARNED_LIMIT} codes. Each code's text is found
     * by its response and question: the index hint keeps MariaDB from the index on the question alone, which its
     * statistics can make look selective just after many rows are written (a page took 10-40 s in CI that way).
     */
    @Transactional
    public List<CodedText> learned(long consultationId) {
        return jdbc.prepareStatement("SELECT f.code, a.text_value FROM free_text_code f"
                + " JOIN response r ON r.id = f.response_id"
                + " JOIN response_answer a USE INDEX (ix_answer_response_question) ON a.response_id = f.response_id"
                + " AND a.question_id = f.question_id"
                + " WHERE a.text_value IS NOT NULL AND a.text_value <> ? AND a.text_value <> ?"
                + " AND (f.code NOT LIKE 'theme:%' OR r.consultation_id = ?) ORDER BY f.id DESC LIMIT ?",
                statement -> {
                    statement.setString(1, FreeText.REMOVED);
                    statement.setString(2, FreeText.REDACTED);
                    statement.setLong(3, consultationId);
                    statement.setInt(4, LEARNED_LIMIT);
                    List<CodedText> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(new CodedText(row.getString(1), row.getString(2)));
                        }
                    }
                    return found;
                });
    }

    private long count(Scope scope, String condition) {
        return jdbc.prepareStatement("SELECT COUNT(*)" + ANSWERS + condition, statement -> {
            bind(statement, scope);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private Map<Long, List<String>> codes(String questionId, List<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(responseIds.size(), "?"));
        return jdbc.prepareStatement("SELECT response_id, code FROM free_text_code WHERE question_id = ?"
                + " AND response_id IN (" + marks + ") ORDER BY id", statement -> {
            statement.setString(1, questionId);
            for (int i = 0; i < responseIds.size(); i++) {
                statement.setLong(i + 2, responseIds.get(i));
            }
            Map<Long, List<String>> found = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
                }
            }
            return found;
        });
    }

    private static void bind(PreparedStatement statement, Scope scope) throws SQLException {
        statement.setLong(1, scope.consultationId());
        statement.setLong(2, scope.versionId());
        statement.setString(3, scope.questionId());
    }
}
