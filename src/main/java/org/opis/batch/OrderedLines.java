package org.opis.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Streams lines through a function on {@code jobs} threads and writes the results in input order.
 * Lines are cut into blocks; at most {@code 2 × jobs} blocks are in flight, so memory is bounded by
 * the block size times the longest line, never by the input. With {@code jobs == 1} everything runs
 * on the calling thread.
 */
public final class OrderedLines {

    /** Lines per block: large enough to amortise the hand-over, small enough to keep memory flat. */
    static final int BLOCK = 512;

    private OrderedLines() {
    }

    /** What a run did: lines read, records written, and how many of them failed. */
    public record Counts(long lines, long records, long failed) {
    }

    /** The output for one line ({@code text}, without its line end) and whether it counts as a failure. */
    public record Out(String text, boolean failed) {
    }

    /**
     * Reads {@code in} to its end; every wanted line ({@link LineJob#wanted}) becomes the output
     * {@code f(line)}, written followed by a line end. {@code progress} is told the number of lines
     * read after each block (may be a no-op).
     */
    public static Counts run(BufferedReader in, Writer out, Function<String, Out> f, int jobs, LongConsumer progress)
            throws IOException {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        long lines = 0, records = 0, failures = 0;
        if (jobs == 1) {
            for (String line; (line = in.readLine()) != null; ) {
                lines++;
                if (!LineJob.wanted(line)) continue;
                Out r = f.apply(line);
                out.write(r.text());
                out.write('\n');
                records++;
                if (r.failed()) failures++;
                if ((lines & (BLOCK - 1)) == 0) progress.accept(lines);
            }
            progress.accept(lines);
            return new Counts(lines, records, failures);
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "opis-lines");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<List<Out>>> inFlight = new ArrayDeque<>();
            boolean eof = false;
            while (!eof || !inFlight.isEmpty()) {
                while (!eof && inFlight.size() < 2 * jobs) {
                    List<String> block = new ArrayList<>(BLOCK);
                    for (String line; block.size() < BLOCK; ) {
                        line = in.readLine();
                        if (line == null) {
                            eof = true;
                            break;
                        }
                        lines++;
                        if (LineJob.wanted(line)) block.add(line);
                    }
                    if (!block.isEmpty()) {
                        inFlight.add(pool.submit(() -> {
                            List<Out> results = new ArrayList<>(block.size());
                            for (String l : block) results.add(f.apply(l));
                            return results;
                        }));
                    }
                }
                Future<List<Out>> next = inFlight.poll();
                if (next == null) continue;
                for (Out r : await(next)) {
                    out.write(r.text());
                    out.write('\n');
                    records++;
                    if (r.failed()) failures++;
                }
                progress.accept(lines);
            }
            return new Counts(lines, records, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Out> await(Future<List<Out>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new UncheckedIOException(new IOException(c));
        }
    }
}
