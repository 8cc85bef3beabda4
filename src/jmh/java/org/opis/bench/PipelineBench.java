package org.opis.bench;

import org.opis.Opis;
import org.opis.archival.ArchivalCitation;
import org.opis.archival.ArchivalEngine;
import org.opis.cite.CheckedNote;
import org.opis.model.ParsedRecords;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The main pipelines on the bundled note (references/selivanov-2017/note.md, 377 lines, 44 entries,
 * 86 citations) and on a reference list 50 times its size. Run from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBench {

    private SourceText note;
    private SourceText bigList;
    private ArchivalEngine engine;

    @Setup
    public void setup() throws Exception {
        String text = Files.readString(Path.of("references/selivanov-2017/note.md"));
        note = new SourceText("note.md", text);
        String list = text.substring(text.indexOf("## REFERENCES"));
        StringBuilder sb = new StringBuilder("## References\n");
        String body = list.substring(list.indexOf('\n') + 1);
        for (int i = 0; i < 50; i++) sb.append(body).append('\n');
        bigList = new SourceText("big.md", sb.toString());
        engine = ArchivalEngine.standard();
    }

    @Benchmark
    public ParsedRecords parseNoteReferenceList() {
        return ReferenceListParser.parse(note);
    }

    @Benchmark
    public ParsedRecords parse2200Entries() {
        return ReferenceListParser.parse(bigList);
    }

    @Benchmark
    public CheckedNote checkWholeNote() {
        return Opis.check(note);
    }

    @Benchmark
    public ArchivalCitation parseOneArchivalCitation() {
        return engine.parse("AVP RF, f. 79, op. 32. d. 47. p. 5. ll. 10–12");
    }
}
