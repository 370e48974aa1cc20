package uk.gov.safervoices.admin.analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Counts coded lines on a thread of its own while the caller streams them from the database, so that reading rows
 * (the driver's work) and counting them overlap on two cores. Lines go across in batches; memory stays bounded
 * (at most {@link #QUEUED} batches wait). A failure on either side stops both.
 */
final class CountingPipeline implements AutoCloseable {
    private static final int BATCH = 1024;
    private static final int QUEUED = 16;

    private record Batch(String[] lines, int size) {
    }

    private static final Batch END = new Batch(new String[0], 0);

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(QUEUED);
    private final Future<?> counting;
    private String[] lines = new String[BATCH * 3];
    private int size;
    private boolean finished;

    CountingPipeline(CodedAnswerCounts counts, ExecutorService executor) {
        this.counting = executor.submit(() -> {
            while (true) {
                Batch batch = batches.take();
                if (batch == END) {
                    return null;
                }
                String[] taken = batch.lines();
                for (int i = 0; i < batch.size(); i += 3) {
                    counts.add(taken[i], taken[i + 1], taken[i + 2]);
                }
            }
        });
    }

    /** Passes one response's channel and coded lines on to be counted. */
    void add(String channel, String mainLine, String equalityLine) {
        lines[size++] = channel;
        lines[size++] = mainLine;
        lines[size++] = equalityLine;
        if (size == lines.length) {
            send(new Batch(lines, size));
            lines = new String[BATCH * 3];
            size = 0;
        }
    }

    /** Waits until every line passed on is counted. */
    void finish() {
        send(new Batch(lines, size));
        send(END);
        finished = true;
        try {
            counting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting responses", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Counting responses failed", e.getCause());
        }
    }

    private void send(Batch batch) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (counting.isDone()) {
                    finished = true;
                    counting.get();
                    throw new IllegalStateException("Counting stopped before every response was counted");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting responses", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Counting responses failed", e.getCause());
        }
    }

    /** Stops the counting thread if reading failed before {@link #finish}. */
    @Override
    public void close() {
        if (!finished) {
            counting.cancel(true);
        }
    }
}
