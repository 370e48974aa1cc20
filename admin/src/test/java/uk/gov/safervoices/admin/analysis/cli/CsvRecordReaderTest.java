package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written RFC 4180 reader, with buffers from tiny (every record crosses refills) to the default. */
class CsvRecordReaderTest {

    private static final String TRICKY = "\uFEFFrespondent_id,\"a, b\",c\r\n"
            + "r1,\"He said \"\"no\"\"\",\"two\r\nlines\"\r\n"
            + "\r\n"
            + "r2,,\"\"\r\n"
            + "\"r,3\",Caf\u00e9 cr\u00e8me,last";

    private static final List<List<String>> EXPECTED = List.of(
            List.of("respondent_id", "a, b", "c"),
            List.of("r1", "He said \"no\"", "two\r\nlines"),
            List.of("r2", "", ""),
            List.of("r,3", "Caf\u00e9 cr\u00e8me", "last"));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 13, 64, 1 << 18})
    void quotedFieldsCrlfBomAndBlankLinesWhateverTheBuffer(int bufferSize) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvRecordReader reader = reader(TRICKY, bufferSize)) {
            while (reader.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < reader.fields(); i++) {
                    fields.add(reader.field(i));
                }
                records.add(fields);
                lines.add(reader.line());
            }
        }
        assertEquals(EXPECTED, records);
        assertEquals(List.of(1L, 2L, 5L, 6L), lines, "records start on these physical lines");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1 << 18})
    void aStreamThatHandsOverOneByteAtATimeReadsTheSame(int bufferSize) throws IOException {
        byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        int records = 0;
        try (CsvRecordReader reader = new CsvRecordReader(trickle, "t.csv", bufferSize)) {
            while (reader.next()) {
                assertEquals(EXPECTED.get(records).get(1), reader.field(1));
                records++;
            }
        }
        assertEquals(4, records);
    }

    @Test
    void lfEndingsAndATrailingNewlineMakeNoExtraRecord() throws IOException {
        try (CsvRecordReader reader = reader("a,b\n1,2\n", 1 << 18)) {
            assertTrue(reader.next());
            assertTrue(reader.next());
            assertEquals("2", reader.field(1));
            assertEquals(false, reader.next());
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineTheRecordStartsOn() {
        InputException e = assertThrows(InputException.class, () -> {
            try (CsvRecordReader reader = reader("a,b\n1,\"open\n\nstill open", 4)) {
                while (reader.next()) {
                    // read on
                }
            }
        });
        assertEquals("t.csv line 2: a quoted field is not closed before the end of the file", e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        InputException e = assertThrows(InputException.class, () -> {
            try (CsvRecordReader reader = reader("a,b\n1,\"x\"y\n", 1 << 18)) {
                while (reader.next()) {
                    // read on
                }
            }
        });
        assertTrue(e.getMessage().startsWith("t.csv line 2: field 2 has characters after its closing quote"),
                e.getMessage());
    }

    private static CsvRecordReader reader(String text, int bufferSize) throws IOException {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", bufferSize);
    }
}
