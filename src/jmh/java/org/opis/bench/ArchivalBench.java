package org.opis.bench;

import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalEngine;
import org.openjdk.jmh.annotations.*;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Archival parse + validate, one citation per operation (the score is citations per second on one
 * thread), cycling through a varied corpus of 10,000 or 100,000 citations recombined from the real
 * citations of the archival test tables ({@link Corpora#archival}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ArchivalBench {

    @Param({"10000", "100000"})
    public int size;

    private String[] citations;
    private int next;
    private ArchivalEngine engine;

    @Setup
    public void setup() {
        List<String> c = Corpora.archival(size);
        citations = c.toArray(new String[0]);
        engine = ArchivalEngine.standard();
    }

    @Benchmark
    public ArchivalCitation parseAndValidate() {
        String s = citations[next];
        next = next + 1 == citations.length ? 0 : next + 1;
        return engine.parse(s);
    }
}
