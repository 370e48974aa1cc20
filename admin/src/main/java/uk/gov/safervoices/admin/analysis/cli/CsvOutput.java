package uk.gov.safervoices.admin.analysis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small CSV writer for the result tables: RFC 4180 quoting, LF line ends, NaN written as an empty field. */
final class CsvOutput implements AutoCloseable {

    private final Writer out;
    private boolean lineStarted;

    CsvOutput(Path file, String... header) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        for (String column : header) {
            text(column);
        }
        end();
    }

    CsvOutput text(String value) throws IOException {
        separator();
        if (value == null) {
            return this;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }

    CsvOutput number(double value) throws IOException {
        separator();
        if (!Double.isNaN(value)) {
            out.write(Double.toString(value));
        }
        return this;
    }

    CsvOutput number(long value) throws IOException {
        separator();
        out.write(Long.toString(value));
        return this;
    }

    void end() throws IOException {
        out.write('\n');
        lineStarted = false;
    }

    private void separator() throws IOException {
        if (lineStarted) {
            out.write(',');
        }
        lineStarted = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
