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
 * 86 citations), on a reference list 50 times its size, on a note whose prose is 50 times the
 * bundled one's (about 3.6 MB, 4,300 citations, the same 44 entries) and on a pathological note
 * whose body is one 10 MB line holding about 92,000 citations. Run from the project root.
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
    private SourceText bigNote;
    private SourceText tenMegabyteLine;
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
        bigNote = new SourceText("big-note.md", largeNote(text, 50));
        tenMegabyteLine = new SourceText("line.md", oneLineNote(text, 10_000_000));
        engine = ArchivalEngine.standard();
    }

    /** The note with its prose (everything before the notes) repeated {@code times} times. */
    static String largeNote(String text, int times) {
        int notes = text.indexOf("### NOTES");
        String prose = text.substring(0, notes);
        StringBuilder sb = new StringBuilder(prose.length() * times + text.length());
        for (int i = 0; i < times; i++) sb.append(prose).append('\n');
        return sb.append(text.substring(notes)).toString();
    }

    /**
     * A note whose body is a single line of about {@code bytes} characters: short sentences,
     * each ending in one of the note's parenthetical citations (author-date, archival, ibid.),
     * in turn; then the note's notes and reference list.
     */
    static String oneLineNote(String text, int bytes) {
        int notes = text.indexOf("### NOTES");
        java.util.List<String> cites = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\([^()\n]{4,200}\\)").matcher(text.substring(0, notes));
        while (m.find()) {
            String c = m.group();
            if (c.matches(".*\\d.*")) cites.add(c);
        }
        StringBuilder sb = new StringBuilder(bytes + text.length() - notes + 16);
        sb.append("# One line\n\n");
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append("In that year the leaders of both parties met once again in the capital ")
                    .append(cites.get(i % cites.size())).append(". ");
        }
        return sb.append("\n\n").append(text.substring(notes)).toString();
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
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CheckedNote checkLargeSyntheticNote() {
        return Opis.check(bigNote);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public CheckedNote checkTenMegabyteLine() {
        return Opis.check(tenMegabyteLine);
    }

    @Benchmark
    public ArchivalCitation parseOneArchivalCitation() {
        return engine.parse("AVP RF, f. 79, op. 32. d. 47. p. 5. ll. 10–12");
    }
}
