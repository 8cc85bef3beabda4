package org.opis.bench;

import org.opis.Opis;
import org.opis.cite.CheckedNote;
import org.opis.text.SourceText;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Citation scanning and resolution ({@code Opis.check}) on a long note: 2,000 paragraphs drawn from
 * the prose of the four real notes under references/, half with their numbers varied, followed by
 * the bundled note's notes and reference list ({@link Corpora#longNote}). The setup prints the
 * number of citations, so the score converts to citations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class NoteBench {

    private SourceText note;

    @Setup
    public void setup() {
        String text = Corpora.longNote(2000);
        note = new SourceText("long-note.md", text);
        CheckedNote checked = Opis.check(note);
        System.out.printf("%nlong note: %,d characters, %,d citations, %,d references%n",
                text.length(), checked.citations().size(), checked.references().size());
    }

    @Benchmark
    public CheckedNote checkLongNote() {
        return Opis.check(note);
    }
}
