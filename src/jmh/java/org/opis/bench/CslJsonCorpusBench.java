package org.opis.bench;

import org.opis.csl.CslJson;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CSL-JSON import and export of 10,000 varied items: the records of the varied .bib
 * ({@link Corpora#bibRecords}) written as CSL-JSON by opis. One operation is the whole array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CslJsonCorpusBench {

    @Param({"10000"})
    public int size;

    private SourceText json;
    private List<Reference> records;

    @Setup
    public void setup() {
        records = Corpora.bibRecords(size).references();
        json = new SourceText("items.json", CslJson.write(records));
    }

    @Benchmark
    public ParsedRecords readCslJson() {
        return CslJson.read(json);
    }

    @Benchmark
    public String writeCslJson() {
        return CslJson.write(records);
    }
}
