package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCells;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The responses, aggregated in one pass: respondent counts per weighting cell, and per weighting cell x answer
 * (x breakdown group) for every question, all keyed on interned category ids. Per respondent only the id bytes and
 * the weighting cell's index are kept (for weights.csv).
 */
final class ResponseCells {

    private final AnalysisPlan plan;
    private final int columnCount;
    private final int idColumn;
    private final int[] weightingColumns;
    private final int[] byColumns;
    private final int[] questionColumns;
    /** Per column of the file: its dictionary, or null for columns not analysed. */
    private final CategoryDictionary[] dictionaries;
    /** The columns analysed (weighting, breakdown, question), in file order, and their dictionaries. */
    private final int[] analysedColumns;
    private final CategoryDictionary[] analysedDictionaries;
    private final int[] ids;
    /** Combines the weighting categories a variable at a time: level k maps (combination so far, category k). */
    private final PairIndex[] combinations;
    private int[][] cellCategories = new int[64][];
    private long[] cellRespondents = new long[64];
    private final AnswerCounts answers;
    final RespondentIds respondents;
    private int[] respondentCells = new int[1 << 12];

    ResponseCells(AnalysisPlan plan, List<String> columns, String file) {
        this.plan = plan;
        this.respondents = new RespondentIds(file);
        this.columnCount = columns.size();
        this.idColumn = columns.indexOf(ResponsesFile.ID);
        this.weightingColumns = positions(plan.weighting(), columns);
        this.byColumns = positions(plan.by(), columns);
        this.questionColumns = positions(plan.questions(), columns);
        this.dictionaries = new CategoryDictionary[columnCount];
        this.ids = new int[columnCount];
        for (int[] used : List.of(weightingColumns, byColumns, questionColumns)) {
            for (int column : used) {
                dictionaries[column] = new CategoryDictionary(columns.get(column));
            }
        }
        this.analysedColumns = java.util.stream.IntStream.range(0, columnCount).filter(c -> dictionaries[c] != null)
                .toArray();
        this.analysedDictionaries = java.util.stream.IntStream.of(analysedColumns).mapToObj(c -> dictionaries[c])
                .toArray(CategoryDictionary[]::new);
        this.combinations = new PairIndex[weightingColumns.length];
        for (int k = 1; k < weightingColumns.length; k++) {
            combinations[k] = new PairIndex();
        }
        this.answers = new AnswerCounts(questionColumns.length, byColumns.length);
    }

    private static int[] positions(List<String> names, List<String> columns) {
        return names.stream().mapToInt(columns::indexOf).toArray();
    }

    /**
     * Counts the reader's current record. The per-record path is kept small, with the rare paths (errors, a new
     * category, a new cell) in methods of their own, so that the JIT compiles it quickly: in a one-shot command the
     * compile time is paid on the same two cores as the reading.
     */
    void add(CsvRecordReader record) {
        if (record.fields() != columnCount) {
            throw wrongFieldCount(record);
        }
        byte[] bytes = record.buffer();
        int idStart = record.start(idColumn);
        int idEnd = record.end(idColumn);
        if (idStart == idEnd) {
            throw emptyId(record);
        }
        respondents.add(bytes, idStart, idEnd, record.line());
        int[] columns = analysedColumns;
        CategoryDictionary[] used = analysedDictionaries;
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            int start = record.start(column);
            int end = record.end(column);
            ids[column] = start == end ? -1 : used[i].intern(bytes, start, end, record);
        }
        int cell = cell();
        cellRespondents[cell]++;
        int respondent = respondents.count() - 1;
        if (respondent == respondentCells.length) {
            respondentCells = Arrays.copyOf(respondentCells, respondent * 2);
        }
        respondentCells[respondent] = cell;
        answers.add(cell, ids, questionColumns, byColumns);
    }

    private InputException wrongFieldCount(CsvRecordReader record) {
        return new InputException(record.file(), record.line(), null, record.fields() + " fields, but the header has "
                + columnCount + " (a field with a comma, quote or line break must be in double quotes)");
    }

    private static InputException emptyId(CsvRecordReader record) {
        return new InputException(record.file(), record.line(), ResponsesFile.ID, "the respondent_id is empty");
    }

    /** The weighting cell of the categories in {@link #ids}; a new one is numbered next. */
    private int cell() {
        int cell = ids[weightingColumns[0]] + 1;
        for (int k = 1; k < weightingColumns.length; k++) {
            cell = combinations[k].idOf(cell, ids[weightingColumns[k]] + 1);
        }
        if (cell >= cellRespondents.length || cellCategories[cell] == null) {
            newCell(cell);
        }
        return cell;
    }

    /** Makes room for a cell seen for the first time and remembers its categories (rare: out of the hot path). */
    private void newCell(int cell) {
        if (cell >= cellRespondents.length) {
            cellRespondents = Arrays.copyOf(cellRespondents, Math.max(cell + 1, cellRespondents.length * 2));
            cellCategories = Arrays.copyOf(cellCategories, cellRespondents.length);
        }
        int[] categories = new int[weightingColumns.length];
        for (int k = 0; k < categories.length; k++) {
            categories[k] = ids[weightingColumns[k]];
        }
        cellCategories[cell] = categories;
    }

    /**
     * Appends what another pass counted over the rest of the file (its line 1 being this file's line
     * {@code lineOffset + 1}), as if this pass had read on: categories, cells and (cell, group) pairs new to this
     * one are numbered in the order the later pass first saw them, which is the order a single pass would have.
     * False, with nothing changed, if a column would then have too many categories (a single pass reports it).
     */
    boolean append(ResponseCells later, long lineOffset) {
        for (int column = 0; column < columnCount; column++) {
            if (dictionaries[column] != null && !dictionaries[column].canMerge(later.dictionaries[column])) {
                return false;
            }
        }
        int[][] maps = new int[columnCount][];
        for (int column = 0; column < columnCount; column++) {
            if (dictionaries[column] != null) {
                maps[column] = dictionaries[column].merge(later.dictionaries[column], lineOffset);
            }
        }
        int[] cellMap = new int[later.cellRespondents.length];
        for (int c = 0; c < later.cellRespondents.length; c++) {
            if (later.cellCategories[c] != null) {
                for (int k = 0; k < weightingColumns.length; k++) {
                    int id = later.cellCategories[c][k];
                    ids[weightingColumns[k]] = id < 0 ? -1 : maps[weightingColumns[k]][id];
                }
                cellMap[c] = cell();
                cellRespondents[cellMap[c]] += later.cellRespondents[c];
            }
        }
        for (int q = 0; q < questionColumns.length; q++) {
            int[] answerMap = maps[questionColumns[q]];
            for (int b = 0; b < answers.breakdowns(); b++) {
                int[] groupMap = byColumns.length == 0 ? null : maps[byColumns[b]];
                int question = q;
                int breakdown = b;
                later.answers.forEach(q, b, (cell, group, answer, count) -> answers.add(breakdown, question,
                        cellMap[cell], group == 0 ? 0 : groupMap[group - 1] + 1,
                        answer == 0 ? 0 : answerMap[answer - 1] + 1, count));
            }
        }
        int first = respondents.count();
        respondents.append(later.respondents, lineOffset);
        if (respondents.count() > respondentCells.length) {
            respondentCells = Arrays.copyOf(respondentCells, respondents.count());
        }
        for (int r = 0; r < later.respondents.count(); r++) {
            respondentCells[first + r] = cellMap[later.respondentCells[r]];
        }
        return true;
    }

    /** Cell indexes run from 0 to this (exclusive); some may be unused. */
    int cellSlots() {
        return cellRespondents.length;
    }

    long respondentCount() {
        return respondents.count();
    }

    /** The weighting categories of cell {@code c} (null where blank), or null if no respondent is in it. */
    List<String> categories(int c) {
        if (cellCategories[c] == null) {
            return null;
        }
        String[] names = new String[weightingColumns.length];
        for (int k = 0; k < names.length; k++) {
            names[k] = dictionaries[weightingColumns[k]].name(cellCategories[c][k]);
        }
        return Arrays.asList(names);
    }

    WeightingCells weightingCells() {
        List<WeightingCell> cells = new ArrayList<>();
        for (int c = 0; c < cellRespondents.length; c++) {
            if (cellRespondents[c] > 0) {
                cells.add(new WeightingCell(categories(c), cellRespondents[c]));
            }
        }
        return new WeightingCells(plan.weighting(), cells);
    }

    /** Question {@code q}'s answer cells, grouped by breakdown {@code b} (or -1 for none). */
    List<AnswerCell> answerCells(int q, int b) {
        CategoryDictionary answer = dictionaries[questionColumns[q]];
        CategoryDictionary group = b < 0 ? null : dictionaries[byColumns[b]];
        List<List<String>> categories = new ArrayList<>();
        for (int c = 0; c < cellRespondents.length; c++) {
            categories.add(cellRespondents[c] > 0 ? categories(c) : null);
        }
        List<AnswerCell> cells = new ArrayList<>();
        answers.forEach(q, Math.max(b, 0), (cell, groupId, answerId, count) -> cells.add(new AnswerCell(
                categories.get(cell), answer.name(answerId - 1), group == null ? null : group.name(groupId - 1),
                count)));
        return cells;
    }

    /** Per respondent in input order, the index of their weighting cell. */
    int cellOf(int respondent) {
        return respondentCells[respondent];
    }

    /** The dictionary of a weighting variable, by its position in the plan. */
    CategoryDictionary weightingDictionary(int k) {
        return dictionaries[weightingColumns[k]];
    }
}
