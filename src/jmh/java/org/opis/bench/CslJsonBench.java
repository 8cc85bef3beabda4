package org.opis.bench;

import org.opis.csl.CslJson;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reading and writing CSL-JSON: a file of 1,000 items built from the interop sample. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CslJsonBench {

    private SourceText thousandItems;
    private ParsedRecords parsed;

    @Setup
    public void setup() throws Exception {
        String one = "{\"id\":\"ID\",\"type\":\"manuscript\",\"title\":\"Zapisʹ besedy s poslom DRV v Albanii\","
                + "\"archive\":\"RGASPI\",\"archive_location\":\"f. 495, op. 201, d. 1/1, l. 79\","
                + "\"author\":[{\"family\":\"Selivanov\",\"given\":\"Igor N.\"}],\"issued\":{\"date-parts\":[[1962,3,14]]},\"language\":\"ru\"}";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            if (i > 0) sb.append(",\n");
            sb.append(one.replace("ID", "item" + i));
        }
        sb.append("]");
        thousandItems = new SourceText("bench.json", sb.toString());
        parsed = CslJson.read(thousandItems);
    }

    @Benchmark
    public ParsedRecords read1000Items() {
        return CslJson.read(thousandItems);
    }

    @Benchmark
    public String write1000Items() {
        return CslJson.write(parsed.references());
    }
}
