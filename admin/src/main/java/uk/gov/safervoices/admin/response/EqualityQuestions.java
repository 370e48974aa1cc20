package uk.gov.safervoices.admin.response;

import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which questions of a definition are equality questions (those of its equality sections). */
public final class EqualityQuestions {

    private EqualityQuestions() {
    }

    public static Set<String> ids(Questionnaire definition) {
        return definition.sections().stream().filter(Section::equality)
                .flatMap(s -> s.questions().stream()).map(Question::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Rows split into main answers (false) and equality answers (true), each in their original order. */
    static Map<Boolean, List<AnswerRow>> split(Questionnaire definition, List<AnswerRow> rows) {
        Set<String> equality = ids(definition);
        return rows.stream().collect(Collectors.partitioningBy(row -> equality.contains(row.questionId())));
    }
}
