package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The responses file: a header with a {@code respondent_id} column, then one categorical answer per column, an empty
 * field being a missing answer. {@link #aggregate} is the one streaming pass: each record is interned and counted
 * into cells, and only its id and weighting-cell index are kept.
 */
final class ResponsesFile {

    static final String ID = "respondent_id";

    private ResponsesFile() {
    }

    /** The header's column names, checked: non-empty, distinct, with a respondent_id. */
    static List<String> header(Path path, String name) {
        try (CsvRecordReader reader = new CsvRecordReader(open(path, name), name)) {
            return header(reader);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static List<String> header(CsvRecordReader reader) throws IOException {
        if (!reader.next()) {
            throw new InputException(reader.file() + ": the file is empty (a header row is needed)");
        }
        List<String> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < reader.fields(); i++) {
            String column = reader.field(i);
            if (column.isBlank()) {
                throw new InputException(reader.file(), reader.line(), null, "column " + (i + 1) + " has no name");
            }
            if (seen.put(column, i) != null) {
                throw new InputException(reader.file(), reader.line(), column, "the column name is used twice");
            }
            columns.add(column);
        }
        if (!seen.containsKey(ID)) {
            throw new InputException(reader.file(), reader.line(), null, "there is no \"" + ID + "\" column");
        }
        return List.copyOf(columns);
    }

    /** Files from this size on are read on two threads (when there are two cores): see {@link SplitPass}. */
    static final long SPLIT_FROM = 8 << 20;

    /** The single pass: every record to cells. {@code plan} names the columns of each role. */
    static ResponseCells aggregate(Path path, String name, AnalysisPlan plan) {
        return aggregate(path, name, plan, Runtime.getRuntime().availableProcessors() > 1 ? SPLIT_FROM : -1);
    }

    /** The same, cut in two at files of {@code splitFrom} bytes or more (-1: never). */
    static ResponseCells aggregate(Path path, String name, AnalysisPlan plan, long splitFrom) {
        try (CsvRecordReader reader = new CsvRecordReader(open(path, name), name)) {
            List<String> columns = header(reader);
            long size = splitFrom < 0 ? 0 : Files.size(path);
            long cut = splitFrom >= 0 && size >= splitFrom ? SplitPass.cut(path, size) : -1;
            ResponseCells cells;
            if (cut > 0) {
                cells = SplitPass.aggregate(reader, path, cut, plan, columns);
            } else {
                cells = new ResponseCells(plan, columns, name);
                while (reader.next()) {
                    cells.add(reader);
                }
            }
            cells.respondents.checkUnique(ID);
            return cells;
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The bare pass the benchmark compares with: the same reader, counting records (less the header). */
    static long countRecords(Path path, String name) {
        try (CsvRecordReader reader = new CsvRecordReader(open(path, name), name)) {
            long records = 0;
            while (reader.next()) {
                records++;
            }
            return Math.max(0, records - 1);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    static InputStream open(Path path, String name) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    static InputException unreadable(String name, IOException e) {
        String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + " " + e.getMessage();
        return new InputException(name + ": cannot read the file (" + reason + ")");
    }
}
