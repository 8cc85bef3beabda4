package org.opis.bench;

import org.opis.batch.LineJob;
import org.opis.model.ParsedRecords;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Reference-list parsing over entries recombined from the real lists under references/
 * ({@link Corpora#entries}). {@code oneEntry}: one entry per operation, read as
 * {@code opis parse --lines} reads a line (entries per second, cycling through 10,000 or 100,000
 * varied entries). {@code list1000}: a whole list of 1,000 varied entries in one parse (list-level
 * work included: ditto lines, ids, language).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ListBench {

    @Param({"10000", "100000"})
    public int size;

    private String[] entries;
    private int next;
    private SourceText list1000;

    @Setup
    public void setup() {
        entries = Corpora.entries(size).toArray(new String[0]);
        list1000 = new SourceText("list.md", Corpora.list(1000));
    }

    @Benchmark
    public String oneEntry() {
        String s = entries[next];
        next = next + 1 == entries.length ? 0 : next + 1;
        return LineJob.REFERENCES.apply(s);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ParsedRecords list1000() {
        return ReferenceListParser.parse(list1000);
    }
}
