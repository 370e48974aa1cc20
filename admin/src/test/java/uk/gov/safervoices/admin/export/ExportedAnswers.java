package uk.gov.safervoices.admin.export;

import org.apache.commons.csv.CSVRecord;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one exported row back into the engine's answers, guided only by the codebook (which column belongs to
 * which question, item, option or rank): if the codebook or the file were wrong, the answers would not match the
 * stored ones.
 */
final class ExportedAnswers {

    private ExportedAnswers() {
    }

    static Map<String, Answer> read(CSVRecord record, Codebook codebook, Questionnaire definition) {
        Map<String, List<Codebook.Column>> byQuestion = new LinkedHashMap<>();
        for (Codebook.Column column : codebook.columns()) {
            if (column.questionId() != null) {
                byQuestion.computeIfAbsent(column.questionId(), k -> new ArrayList<>()).add(column);
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        byQuestion.forEach((questionId, columns) -> {
            Question question = definition.question(questionId).orElseThrow();
            Answer answer = answer(question, columns, record);
            if (answer != null) {
                answers.put(questionId, answer);
            }
        });
        return answers;
    }

    private static Answer answer(Question question, List<Codebook.Column> columns, CSVRecord record) {
        if ("1".equals(cell(record, columns, "prefer_not_to_say"))) {
            return new Answer.PreferNotToSay();
        }
        String specify = cell(record, columns, "specify");
        return switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> {
                String code = cell(record, columns, "code");
                yield code == null ? null : new Answer.Single(code, specify);
            }
            case MULTIPLE_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                boolean answered = false;
                for (Codebook.Column column : columns) {
                    if (column.kind().equals("option") && value(record, column) != null) {
                        answered = true;
                        if (value(record, column).equals("1")) {
                            chosen.add(column.optionId());
                        }
                    }
                }
                yield answered ? new Answer.Multiple(chosen, specify) : null;
            }
            case GRID -> {
                Map<String, String> byItem = new LinkedHashMap<>();
                columns.stream().filter(c -> c.kind().equals("item") && value(record, c) != null)
                        .forEach(c -> byItem.put(c.itemId(), value(record, c)));
                yield byItem.isEmpty() ? null : new Answer.Grid(byItem);
            }
            case RANKING -> {
                List<String> ranked = columns.stream().filter(c -> c.kind().equals("rank") && value(record, c) != null)
                        .sorted(java.util.Comparator.comparing(Codebook.Column::rank))
                        .map(c -> value(record, c)).toList();
                yield ranked.isEmpty() ? null : new Answer.Ranking(ranked, specify);
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String text = cell(record, columns, "text");
                yield text == null ? null : new Answer.Text(text);
            }
            case WHOLE_NUMBER -> {
                String number = cell(record, columns, "number");
                yield number == null ? null : new Answer.WholeNumber(Long.parseLong(number));
            }
            case DATE -> {
                String date = cell(record, columns, "date");
                yield date == null ? null : new Answer.Date(LocalDate.parse(date));
            }
            case AREA -> {
                String ward = cell(record, columns, "ward");
                yield ward == null ? null : new Answer.Area(ward, null);
            }
        };
    }

    private static String cell(CSVRecord record, List<Codebook.Column> columns, String kind) {
        return columns.stream().filter(c -> c.kind().equals(kind)).findFirst().map(c -> value(record, c)).orElse(null);
    }

    private static String value(CSVRecord record, Codebook.Column column) {
        String value = record.get(column.name());
        return value == null || value.isEmpty() ? null : value;
    }
}
