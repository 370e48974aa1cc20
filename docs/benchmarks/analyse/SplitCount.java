package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare counting pass on two threads, cut as analyse's pass is (SplitPass: after the first line feed past the middle,
 * used only if a record starts exactly there): for comparing analyse, which reads on both cores, with a bare pass that
 * does too (docs/adr/0019). Not part of the command. Run by run.sh under /usr/bin/time:
 * {@code java -Xmx256m -cp portal.jar:OUT uk.gov.safervoices.admin.analysis.cli.SplitCount FILE}.
 */
public final class SplitCount {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long size = Files.size(file);
        long cut = SplitPass.cut(file, size);
        AtomicLong later = new AtomicLong(-1);
        Thread second = new Thread(new SecondPart(file, cut, later)); // not a lambda: no lambda bootstrap
        second.start();
        long records = 0;
        try (CsvRecordReader reader = new CsvRecordReader(Files.newInputStream(file), args[0])) {
            reader.stopAt(cut);
            while (reader.next()) {
                records++;
            }
            second.join();
            if (reader.offset() == cut && later.get() >= 0) {
                records += later.get();
            } else {
                reader.stopAt(Long.MAX_VALUE);
                while (reader.next()) {
                    records++;
                }
            }
        }
        System.out.println(args[0] + ": " + Math.max(0, records - 1) + " rows (counted on two threads)");
    }

    /** Counts the records from the cut to the end; -1 if it cannot. */
    private static final class SecondPart implements Runnable {

        private final Path file;
        private final long cut;
        private final AtomicLong records;

        SecondPart(Path file, long cut, AtomicLong records) {
            this.file = file;
            this.cut = cut;
            this.records = records;
        }

        @Override
        public void run() {
            try (FileChannel channel = FileChannel.open(file)) {
                channel.position(cut);
                InputStream in = Channels.newInputStream(channel);
                try (CsvRecordReader reader = new CsvRecordReader(in, file.toString(), 1 << 18, false)) {
                    long count = 0;
                    while (reader.next()) {
                        count++;
                    }
                    records.set(count);
                }
            } catch (IOException | RuntimeException e) {
                records.set(-1);
            }
        }
    }
}
