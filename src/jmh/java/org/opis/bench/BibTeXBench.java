package org.opis.bench;

import org.opis.bibtex.BibTeXExport;
import org.opis.bibtex.BibTeXImport;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * BibTeX import and export of a .bib of 10,000 entries recombined from the real .bib files of the
 * BibTeX tests ({@link Corpora#bib}); one operation is the whole file, so entries per second is
 * 10,000 / score. {@code jbibtexAlone} is JBibTeX's own parse of the same text, the floor opis builds on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class BibTeXBench {

    @Param({"10000"})
    public int size;

    private String bib;
    private SourceText source;
    private List<Reference> records;

    @Setup
    public void setup() {
        bib = Corpora.bib(size);
        source = new SourceText("corpus.bib", bib);
        ParsedRecords parsed = new BibTeXImport().read(source);
        records = parsed.references();
        System.out.printf("%n.bib: %,d characters, %,d records imported%n", bib.length(), records.size());
    }

    @Benchmark
    public ParsedRecords importBib() {
        return new BibTeXImport().read(source);
    }

    @Benchmark
    public int exportBib() throws Exception {
        StringWriter w = new StringWriter(bib.length());
        new BibTeXExport().write(records, w);
        return w.getBuffer().length();
    }

    @Benchmark
    public Object jbibtexAlone() throws Exception {
        return JBibTeXAlone.parse(bib);
    }
}
