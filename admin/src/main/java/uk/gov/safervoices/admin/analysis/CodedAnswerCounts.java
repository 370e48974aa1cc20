package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.response.CodedAnswers;
import uk.gov.safervoices.definitions.model.AgeBand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts responses, one coded line at a time ({@link CodedAnswers}), into the cells analysis reads: respondents per
 * key, answers per key and answer, and respondents per key who answered each multiple-answer question. What it
 * keeps is O(cells): distinct keys times distinct answers, never a response (ADR 0017).
 */
final class CodedAnswerCounts {
    /** Main answers [0] and equality answers [1]. */
    private static final int KINDS = 2;

    private final CodedAnswers codes;
    private final List<KeyColumn> columns;
    /** Per key column, what its token starts with ({@code question=} or {@code question#}); null for the channel. */
    private final String[] keyPrefixes;
    /** Per kind, multiple-answer questions as written in lines, to their ids. */
    private final List<Map<String, String>> multiAnswer;
    /** Ranking questions (main answers) to how many positions they rank. */
    private final Map<String, Integer> rankingPositions;
    /** Per key index, respondents per ranking question and choices in rank order. */
    private final Map<Integer, Map<Ranked, long[]>> rankings = new HashMap<>();
    /** The rankings of the response being read: question id to the choice at each position. */
    private final Map<String, String[]> rankedThisResponse = new HashMap<>();

    /** What counting needs to know of a token beyond counting it: null for most. */
    private record TokenInfo(String multiAnswerQuestion, String rankingQuestion, int rank, String choiceId) {
    }

    private record Ranked(String questionId, List<String> choices) {
    }
    private final Map<List<String>, Integer> keyIndex = new HashMap<>();
    private final List<List<String>> keys = new ArrayList<>();
    private final List<long[]> respondents = new ArrayList<>();
    private final TokenCounts[] answers = {new TokenCounts(), new TokenCounts()};
    /** Per kind, respondents per key index and multiple-answer question id. */
    private final List<Map<Integer, Map<String, long[]>>> answered = List.of(new HashMap<>(), new HashMap<>());
    /** The multiple-answer questions counted for the response being read (the same String instances). */
    private final List<String> answeredThisResponse = new ArrayList<>();

    /**
     * @param rankingPositions ranking questions whose whole rankings are counted, to their number of positions
     */
    CodedAnswerCounts(CodedAnswers codes, List<KeyColumn> columns, Set<String> multiAnswerQuestions,
                      Set<String> multiEqualityQuestions, Map<String, Integer> rankingPositions) {
        this.codes = codes;
        this.rankingPositions = Map.copyOf(rankingPositions);
        this.columns = List.copyOf(columns);
        this.keyPrefixes = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            KeyColumn column = columns.get(i);
            if (column.questionId() != null) {
                keyPrefixes[i] = codes.question(column.questionId())
                        + (column.banded() ? CodedAnswers.NUMBER : CodedAnswers.CHOICE);
            }
        }
        this.multiAnswer = List.of(written(multiAnswerQuestions), written(multiEqualityQuestions));
    }

    private Map<String, String> written(Set<String> questionIds) {
        Map<String, String> written = new HashMap<>();
        questionIds.forEach(id -> written.put(codes.question(id), id));
        return written;
    }

    /** Counts one included response: its channel and its two coded lines (empty when it has no such answers). */
    void add(String channel, String mainLine, String equalityLine) {
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            KeyColumn column = columns.get(i);
            values[i] = column.questionId() == null ? channel
                    : keyValue(column, keyPrefixes[i], column.equality() ? equalityLine : mainLine);
        }
        int key = keyIndex.computeIfAbsent(Arrays.asList(values), k -> {
            keys.add(k);
            respondents.add(new long[1]);
            return keys.size() - 1;
        });
        respondents.get(key)[0]++;
        rankedThisResponse.clear();
        count(mainLine, key, 0);
        count(equalityLine, key, 1);
        if (!rankedThisResponse.isEmpty()) {
            Map<Ranked, long[]> ofKey = rankings.computeIfAbsent(key, k -> new HashMap<>());
            rankedThisResponse.forEach((question, choices) ->
                    ofKey.computeIfAbsent(new Ranked(question, Arrays.asList(choices)), r -> new long[1])[0]++);
        }
    }

    /** What to keep with a token first seen: whether it answers a multiple-answer or a ranking question. */
    private TokenInfo info(String token, int kind) {
        String multi = multiAnswer.get(kind).get(CodedAnswers.questionOf(token));
        if (kind == 0 && !rankingPositions.isEmpty()) {
            CodedAnswers.Token decoded = codes.decode(token);
            Integer positions = rankingPositions.get(decoded.questionId());
            if (positions != null && decoded.rank() != null && decoded.rank() >= 1 && decoded.rank() <= positions) {
                return new TokenInfo(multi, decoded.questionId(), decoded.rank(), decoded.choiceId());
            }
        }
        return multi == null ? null : new TokenInfo(multi, null, 0, null);
    }

    /** The key column's value in a line: the choice, or the index of the band a number falls in; null if none. */
    private String keyValue(KeyColumn column, String prefix, String line) {
        int at = find(line, prefix);
        if (at < 0) {
            return null;
        }
        int start = at + prefix.length();
        int end = line.indexOf(CodedAnswers.SEPARATOR, start);
        String written = line.substring(start, end < 0 ? line.length() : end);
        if (!column.banded()) {
            return codes.decode(prefix + written).choiceId();
        }
        long number = Long.parseLong(written);
        List<AgeBand> bands = column.map().bands();
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).contains(number)) {
                return Integer.toString(b);
            }
        }
        return null;
    }

    /** Where a token starting with {@code prefix} begins in the line, or -1. */
    private static int find(String line, String prefix) {
        int from = 0;
        while (true) {
            int at = line.indexOf(prefix, from);
            if (at <= 0 || line.charAt(at - 1) == CodedAnswers.SEPARATOR) {
                return at;
            }
            from = at + 1;
        }
    }

    private void count(String line, int key, int kind) {
        TokenCounts counts = answers[kind];
        answeredThisResponse.clear();
        int start = 0;
        int length = line.length();
        while (start < length) {
            int end = line.indexOf(CodedAnswers.SEPARATOR, start);
            if (end < 0) {
                end = length;
            }
            int choice = line.indexOf(CodedAnswers.CHOICE, start);
            if (choice >= 0 && choice < end) {
                int id = counts.add(key, line, start, end, token -> info(token, kind));
                if (counts.attached(id) instanceof TokenInfo info) {
                    String question = info.multiAnswerQuestion();
                    if (question != null && !answeredThisResponse.contains(question)) {
                        answeredThisResponse.add(question);
                        answered.get(kind).computeIfAbsent(key, k -> new HashMap<>())
                                .computeIfAbsent(question, q -> new long[1])[0]++;
                    }
                    if (info.rankingQuestion() != null) {
                        rankedThisResponse.computeIfAbsent(info.rankingQuestion(),
                                q -> new String[rankingPositions.get(q)])[info.rank() - 1] = info.choiceId();
                    }
                }
            }
            start = end + 1;
        }
    }

    /** What was counted, as the SQL counts gave it before (ADR 0016, 0017). */
    RawCells cells() {
        Map<List<String>, Long> respondentCounts = new HashMap<>();
        for (int key = 0; key < keys.size(); key++) {
            respondentCounts.put(keys.get(key), respondents.get(key)[0]);
        }
        List<RawCells.AnswerCount> answerCounts = new ArrayList<>();
        List<RawCells.AnsweredCount> answeredCounts = new ArrayList<>();
        for (int kind = 0; kind < KINDS; kind++) {
            boolean equality = kind == 1;
            Map<String, CodedAnswers.Token> tokens = new HashMap<>();
            answers[kind].forEach((key, written, count) -> {
                CodedAnswers.Token token = tokens.computeIfAbsent(written, codes::decode);
                answerCounts.add(new RawCells.AnswerCount(keys.get(key), token.questionId(), token.itemId(),
                        token.choiceId(), token.rank(), count, equality));
            });
            answered.get(kind).forEach((key, questions) -> questions.forEach((question, count) ->
                    answeredCounts.add(new RawCells.AnsweredCount(keys.get(key), question, count[0]))));
        }
        List<RawCells.RankingCount> rankingCounts = new ArrayList<>();
        rankings.forEach((key, ranked) -> ranked.forEach((r, count) -> rankingCounts.add(
                new RawCells.RankingCount(keys.get(key), r.questionId(), r.choices(), count[0]))));
        return new RawCells(columns, respondentCounts, answerCounts, answeredCounts, rankingCounts);
    }
}
