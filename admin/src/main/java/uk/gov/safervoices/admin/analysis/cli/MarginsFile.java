package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Margins files: long format {@code variable,category,population}, one or several variables per file, several files
 * allowed. Each variable must be a column of the responses file; a variable's categories must be in one file.
 */
final class MarginsFile {

    private static final List<String> HEADER = List.of("variable", "category", "population");

    /** Where each margin variable came from: for messages that name a margin's file and line. */
    record Source(String file, long line) {
    }

    private final Map<String, List<MarginCategory>> categories = new LinkedHashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Long> categoryLines = new HashMap<>();

    /** Reads every file, checking each against the responses file's columns. */
    static List<Margin> read(List<Path> paths, List<String> names, List<String> responseColumns, String responses) {
        MarginsFile margins = new MarginsFile();
        for (int i = 0; i < paths.size(); i++) {
            margins.readFile(paths.get(i), names.get(i), responseColumns, responses);
        }
        List<Margin> result = new ArrayList<>();
        margins.categories.forEach((variable, list) -> result.add(new Margin(variable, list)));
        return result;
    }

    private void readFile(Path path, String name, List<String> responseColumns, String responses) {
        Map<String, Source> inThisFile = new HashMap<>();
        try (CsvRecordReader reader = new CsvRecordReader(ResponsesFile.open(path, name), name)) {
            if (!reader.next()) {
                throw new InputException(name + ": the file is empty (a header variable,category,population is needed)");
            }
            int[] position = header(reader);
            boolean any = false;
            while (reader.next()) {
                any = true;
                if (reader.fields() != position.length) {
                    throw new InputException(name, reader.line(), null, reader.fields() + " fields, but the header has "
                            + position.length);
                }
                String variable = required(reader, position[0], "variable");
                String category = required(reader, position[1], "category");
                String population = required(reader, position[2], "population");
                if (!responseColumns.contains(variable) || variable.equals(ResponsesFile.ID)) {
                    throw new InputException(name, reader.line(), "variable", "\"" + variable
                            + "\" is not a column of " + responses + " (its columns: " + String.join(", ", responseColumns) + ")");
                }
                Source earlier = sources.get(variable);
                if (earlier != null && !inThisFile.containsKey(variable)) {
                    throw new InputException(name, reader.line(), "variable", "the margin of \"" + variable
                            + "\" is already given in " + earlier.file() + " line " + earlier.line());
                }
                Source source = new Source(name, reader.line());
                sources.putIfAbsent(variable, source);
                inThisFile.putIfAbsent(variable, source);
                Long first = categoryLines.putIfAbsent(variable + "\u0000" + category, reader.line());
                if (first != null) {
                    throw new InputException(name, reader.line(), "category", "\"" + category + "\" of \"" + variable
                            + "\" is listed twice (first at line " + first + ")");
                }
                categories.computeIfAbsent(variable, v -> new ArrayList<>())
                        .add(new MarginCategory(category, number(reader, position[2], population)));
            }
            if (!any) {
                throw new InputException(name + ": no margins, only a header");
            }
        } catch (IOException e) {
            throw ResponsesFile.unreadable(name, e);
        }
    }

    private static int[] header(CsvRecordReader reader) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < reader.fields(); i++) {
            columns.add(reader.field(i).trim());
        }
        List<String> missing = HEADER.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(reader.file(), reader.line(), null, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the header must be variable,category,population)");
        }
        int[] position = new int[columns.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            position[i] = columns.indexOf(HEADER.get(i));
        }
        return position;
    }

    private static String required(CsvRecordReader reader, int field, String column) {
        if (reader.empty(field)) {
            throw new InputException(reader.file(), reader.line(), column, "empty");
        }
        return reader.field(field);
    }

    private static double number(CsvRecordReader reader, int field, String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InputException(reader.file(), reader.line(), "population", "\"" + text
                    + "\" is not a population (a number, 0 or more)");
        }
        return value;
    }
}
