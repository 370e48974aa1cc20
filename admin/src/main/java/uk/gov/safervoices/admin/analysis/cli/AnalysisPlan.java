package uk.gov.safervoices.admin.analysis.cli;

import java.util.List;

/**
 * The role of each column of the responses file.
 *
 * @param weighting the margin variables, in the margins' order
 * @param by        the breakdown variables (none, one or several)
 * @param questions every other column but respondent_id
 */
record AnalysisPlan(List<String> weighting, List<String> by, List<String> questions) {

    AnalysisPlan {
        weighting = List.copyOf(weighting);
        by = List.copyOf(by);
        questions = List.copyOf(questions);
    }

    /** Columns that are not weighting variables, breakdowns or the id are questions. */
    static AnalysisPlan of(List<String> columns, List<String> weighting, List<String> by) {
        List<String> questions = columns.stream()
                .filter(column -> !column.equals(ResponsesFile.ID) && !weighting.contains(column) && !by.contains(column))
                .toList();
        return new AnalysisPlan(weighting, by, questions);
    }
}
