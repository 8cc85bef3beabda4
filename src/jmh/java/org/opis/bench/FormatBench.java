package org.opis.bench;

import org.opis.csl.CslFormatter;
import org.opis.csl.CslStyle;
import org.opis.csl.OutputFormat;
import org.opis.csl.Rendering;
import org.opis.model.Reference;
import org.openjdk.jmh.annotations.*;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A chicago-author-date bibliography (sorted, disambiguated) of 1,000 and 10,000 records parsed
 * by opis from varied entries of the real lists ({@link Corpora#records}). One shot per iteration:
 * the 10,000-entry bibliography took about a minute of CPU before the third pass, about 11 s after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FormatBench {

    @Param({"1000", "10000"})
    public int size;

    private List<Reference> records;
    private CslFormatter formatter;

    @Setup
    public void setup() throws Exception {
        records = Corpora.records(size);
        formatter = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT);
        System.out.printf("%n%,d records to format%n", records.size());
    }

    @Benchmark
    public Rendering bibliography() throws Exception {
        return formatter.bibliography(records);
    }
}
