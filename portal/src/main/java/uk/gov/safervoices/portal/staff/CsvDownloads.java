package uk.gov.safervoices.portal.staff;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * CSV downloads streamed to the browser as they are written (never held whole in memory), starting with a UTF-8
 * byte-order mark so that Excel reads accented letters correctly.
 */
@Singleton
public class CsvDownloads {
    public static final String CSV = "text/csv; charset=UTF-8";
    private static final Logger LOG = LoggerFactory.getLogger(CsvDownloads.class);
    private static final int PIPE_BUFFER = 64 * 1024;

    private final ExecutorService executor;

    CsvDownloads(@Named(TaskExecutors.IO) ExecutorService executor) {
        this.executor = executor;
    }

    /** What a writer puts in a download. */
    public interface CsvBody {
        void write(Writer out) throws IOException;
    }

    /**
     * A body written by another thread into a pipe the server reads from as it sends: the server holds at most the
     * pipe's buffer, whatever the size of the file. A failure part way ends the download early (the headers have
     * gone), and is logged.
     */
    public StreamedFile streamed(CsvBody body) {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream pipe;
        try {
            pipe = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.execute(() -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8), 16 * 1024)) {
                out.write('\uFEFF');
                body.write(out);
            } catch (IOException | RuntimeException e) {
                LOG.error("Export stopped part way: the download is incomplete", e);
            }
        });
        return new StreamedFile(in, MediaType.of(CSV));
    }

    /** The Content-Disposition of a download with this file name (anything but letters, digits, . _ - made _). */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }
}
