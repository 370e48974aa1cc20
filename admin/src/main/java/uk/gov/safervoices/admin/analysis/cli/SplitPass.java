package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The aggregation pass on two threads (docs/adr/0019), with the single pass's result whatever the file holds. The
 * file is cut after the first line break past its middle. Another thread reads from the cut to the end into cells of
 * its own, while this one reads the first part, stopping at the cut. The cut was a record boundary exactly when this
 * thread's reader stops there: a line break inside a quoted field is not one, and the record it belongs to runs
 * past the cut. Then the second part's cells are appended (its categories, cells and lines renumbered as a single
 * pass would have numbered them). Otherwise, or if the second part could not be counted (a bad record, which a single
 * pass reports with its line), this thread reads on to the end, as a single pass would.
 */
final class SplitPass {

    private SplitPass() {
    }

    /** Where the second part starts: just after the first line feed past the middle; -1 for none. */
    static long cut(Path path, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long at = size / 2;
            while (at < size) {
                buffer.clear();
                int read = channel.read(buffer, at);
                if (read <= 0) {
                    return -1;
                }
                for (int i = 0; i < read; i++) {
                    if (buffer.get(i) == '\n') {
                        return at + i + 1 < size ? at + i + 1 : -1;
                    }
                }
                at += read;
            }
            return -1;
        }
    }

    /** Reads the responses after {@code reader}'s header, cut at {@code cut}. */
    static ResponseCells aggregate(CsvRecordReader reader, Path path, long cut, AnalysisPlan plan,
                                   List<String> columns) throws IOException {
        SecondPart second = new SecondPart(path, reader.file(), cut, plan, columns);
        Thread thread = new Thread(second, "analyse-second-part");
        thread.setDaemon(true);
        thread.start();
        try {
            ResponseCells cells = new ResponseCells(plan, columns, reader.file());
            reader.stopAt(cut);
            while (reader.next()) {
                cells.add(reader);
            }
            boolean boundary = reader.offset() == cut;
            if (boundary) {
                thread.join();
                if (second.failure instanceof RuntimeException unexpected && !(unexpected instanceof InputException
                        || unexpected instanceof UncheckedIOException)) {
                    throw unexpected;
                }
            }
            if (!(boundary && second.cells != null && cells.append(second.cells, reader.nextLine() - 1))) {
                second.cancelled.set(true); // its work is not used: let it stop rather than share the cores
                reader.stopAt(Long.MAX_VALUE);
                while (reader.next()) {
                    cells.add(reader);
                }
            }
            return cells;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            second.cancelled.set(true);
        }
    }

    /** The count of the part of the file from the cut to its end, by another thread. */
    private static final class SecondPart implements Runnable {

        private final Path path;
        private final String file;
        private final long cut;
        private final AnalysisPlan plan;
        private final List<String> columns;
        final AtomicBoolean cancelled = new AtomicBoolean();
        /** The cells when the part was counted; null with a failure (or when cancelled). */
        volatile ResponseCells cells;
        volatile Throwable failure;

        SecondPart(Path path, String file, long cut, AnalysisPlan plan, List<String> columns) {
            this.path = path;
            this.file = file;
            this.cut = cut;
            this.plan = plan;
            this.columns = columns;
        }

        @Override
        public void run() {
            try (FileChannel channel = FileChannel.open(path)) {
                channel.position(cut);
                try (CsvRecordReader reader = new CsvRecordReader(Channels.newInputStream(channel), file, 1 << 18,
                        false)) {
                    ResponseCells counted = new ResponseCells(plan, columns, file);
                    while (reader.next()) {
                        if (cancelled.get()) {
                            return;
                        }
                        counted.add(reader);
                    }
                    cells = counted;
                }
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
