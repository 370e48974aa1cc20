package uk.gov.safervoices.admin.analysis.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tight RFC 4180 reader over bytes (see docs/adr/0014): a record at a time, its fields left in place in the buffer
 * as {@code [start(i), end(i))} ranges until the next call, so that the caller can intern them without making a
 * String per field. Quoted fields may hold commas, doubled quotes and line breaks (unescaped in place); records end
 * with LF, CRLF or CR; a UTF-8 byte order mark before the header is skipped; blank lines are skipped. Line numbers
 * count physical lines from 1, so a record's {@link #line()} is where it starts, as an editor shows it.
 */
final class CsvRecordReader implements Closeable {

    /**
     * Bytes kept free at the end of the buffer, never filled: a field's first or last 8 bytes can then always be read
     * as one long ({@link CategoryDictionary}), with no slower path near the end of the buffer to recompile for.
     */
    static final int SLACK = 8;
    /** Fewer bytes than this left in the buffer before a record: read more first. */
    private static final int AHEAD = 4096;

    private final InputStream in;
    private final String file;
    private byte[] buffer;
    private int limit;
    private int position;
    private boolean endOfInput;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int fields;
    private long physicalLine = 1;
    private long recordLine;
    /** Bytes the last refill moved the buffer's contents left by. */
    private int shift;
    /** Bytes of the input before the buffer's first byte. */
    private long discarded;
    /** No record starting at or after this offset of the input is read (see {@link #stopAt}). */
    private long stop = Long.MAX_VALUE;
    private boolean firstQuoted;

    CsvRecordReader(InputStream in, String file) throws IOException {
        this(in, file, 1 << 18);
    }

    /** With a given starting buffer size (it grows for longer records): tests use tiny ones to cross refills. */
    CsvRecordReader(InputStream in, String file, int bufferSize) throws IOException {
        this(in, file, bufferSize, true);
    }

    /**
     * @param fileStart false for input that starts at a record boundary inside a file (no byte order mark there);
     *                  its line numbers then count from 1 at that boundary
     */
    CsvRecordReader(InputStream in, String file, int bufferSize, boolean fileStart) throws IOException {
        this.in = in;
        this.file = file;
        this.buffer = new byte[Math.max(4, bufferSize) + SLACK];
        while (limit < 3 && fill() > 0) {
            // a byte order mark may come in pieces
        }
        if (fileStart && limit >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
            position = 3;
        }
    }

    /** Reads the next non-blank record; false at the end of the file. */
    boolean next() throws IOException {
        do {
            // The stop is checked here rather than in readRecord: when it is reached, only the caller's compiled loop
            // is dropped, not readRecord's (which another reader may be running).
            if (discarded + position >= stop) {
                return false;
            }
            if (limit - position < AHEAD && !endOfInput && limit - position < (buffer.length - SLACK) / 2) {
                // Refill before a record rather than inside one: the buffer then ends inside a record only for
                // records longer than this, so readRecord's refills stay rare. Done here, in the caller's loop, a
                // refill is seen (profiled) long before that loop is compiled; in readRecord, whose byte loops are
                // compiled after a few hundred records, the first refill would drop the compiled code.
                refill(position);
                position -= shift;
            }
            if (position >= limit && endOfInput) {
                return false; // here too, rather than in readRecord, for the same reason
            }
            if (!readRecord()) {
                return false;
            }
        } while (fields == 1 && starts[0] == ends[0] && !firstQuoted);
        return true;
    }

    private boolean readRecord() throws IOException {
        fields = 0;
        firstQuoted = false;
        recordLine = physicalLine;
        if (position >= limit) {
            boolean more = refill(position);
            position -= shift;
            if (!more) {
                return false;
            }
        }
        int recordStart = position;
        int p = position;
        while (true) {
            if (p >= limit) {
                refill(recordStart);
                recordStart -= shift;
                p -= shift;
            }
            int start;
            int end;
            if (p < limit && buffer[p] == '"') {
                firstQuoted |= fields == 0;
                p++;
                start = p;
                int write = p;
                while (true) {
                    if (p >= limit) {
                        boolean more = refill(recordStart);
                        recordStart -= shift;
                        p -= shift;
                        start -= shift;
                        write -= shift;
                        if (!more) {
                            throw new InputException(file, recordLine, null, "a quoted field is not closed before the end "
                                    + "of the file");
                        }
                    }
                    byte b = buffer[p++];
                    if (b == '"') {
                        if (p >= limit) {
                            refill(recordStart);
                            recordStart -= shift;
                            p -= shift;
                            start -= shift;
                            write -= shift;
                        }
                        if (p < limit && buffer[p] == '"') {
                            p++;
                        } else {
                            break;
                        }
                    } else if (b == '\n') {
                        physicalLine++;
                    }
                    buffer[write++] = b;
                }
                end = write;
                if (p < limit && buffer[p] != ',' && buffer[p] != '\n' && buffer[p] != '\r') {
                    throw new InputException(file, recordLine, null, "field " + (fields + 1) + " has characters after its "
                            + "closing quote (a quote inside a field must be doubled)");
                }
            } else {
                start = p;
                while (true) {
                    if (p >= limit) {
                        boolean more = refill(recordStart);
                        recordStart -= shift;
                        p -= shift;
                        start -= shift;
                        if (!more) {
                            break;
                        }
                    }
                    byte b = buffer[p];
                    if (b == ',' || b == '\n' || b == '\r') {
                        break;
                    }
                    p++;
                }
                end = p;
            }
            add(start, end);
            if (p >= limit) {
                position = p;
                return true;
            }
            byte delimiter = buffer[p++];
            if (delimiter == ',') {
                continue;
            }
            physicalLine++;
            if (delimiter == '\r') {
                if (p >= limit) {
                    refill(recordStart);
                    recordStart -= shift;
                    p -= shift;
                }
                if (p < limit && buffer[p] == '\n') {
                    p++;
                }
            }
            position = p;
            return true;
        }
    }

    private void add(int start, int end) {
        if (fields == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fields * 2);
            ends = java.util.Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = end;
        fields++;
    }

    /**
     * Reads more input, keeping the bytes from {@code keepFrom} on (the record being read): they move to the start of
     * the buffer (by {@link #shift}; field ranges already found are moved too), or the buffer grows.
     */
    private boolean refill(int keepFrom) throws IOException {
        shift = 0;
        if (endOfInput) {
            return false;
        }
        if (keepFrom > 0) {
            System.arraycopy(buffer, keepFrom, buffer, 0, limit - keepFrom);
            limit -= keepFrom;
            shift = keepFrom;
            discarded += keepFrom;
            for (int i = 0; i < fields; i++) {
                starts[i] -= keepFrom;
                ends[i] -= keepFrom;
            }
        } else if (limit == buffer.length - SLACK) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        return fill() > 0;
    }

    private int fill() throws IOException {
        int read = in.read(buffer, limit, buffer.length - SLACK - limit);
        while (read == 0) {
            read = in.read(buffer, limit, buffer.length - SLACK - limit);
        }
        if (read < 0) {
            endOfInput = true;
            return 0;
        }
        limit += read;
        return read;
    }

    /**
     * Reads no record that starts at or after {@code offset} bytes into the input: {@link #next} returns false there,
     * and reading can go on after a later {@code stopAt}. {@link #offset} then tells whether a record starts exactly
     * at the offset.
     */
    void stopAt(long offset) {
        stop = offset;
    }

    /** Bytes of the input read up to the end of the last record (with its line break): where the next one starts. */
    long offset() {
        return discarded + position;
    }

    /** The physical line the next record starts on. */
    long nextLine() {
        return physicalLine;
    }

    int fields() {
        return fields;
    }

    byte[] buffer() {
        return buffer;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    boolean empty(int field) {
        return starts[field] == ends[field];
    }

    String field(int field) {
        return new String(buffer, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** The physical line the current record starts on (1 is the header). */
    long line() {
        return recordLine;
    }

    String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
