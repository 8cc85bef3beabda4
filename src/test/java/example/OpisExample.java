package example;

import org.opis.Cite;
import org.opis.Exported;
import org.opis.Opis;
import org.opis.Scores;
import org.opis.archival.ArchivalCitation;
import org.opis.cite.CheckedNote;
import org.opis.csl.Rendering;
import org.opis.model.CslItem;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program outside opis that uses only its front door ({@link Opis}) and the types it returns:
 * check a note, export its list, format it, read an archival citation, import the export back,
 * restyle the note, score the list reader on one's own gold entries.
 * Run by {@code OpisExampleTest}; from a shell: {@code java -cp target/opis-cli.jar:target/test-classes example.OpisExample NOTE}.
 */
public final class OpisExample {

    public static void main(String[] args) throws Exception {
        run(Path.of(args.length > 0 ? args[0] : "references/selivanov-2017/note.md"), System.out);
    }

    static void run(Path notePath, PrintStream out) throws Exception {
        // check: the list, the citations, the archival shorthand
        CheckedNote note = Opis.check(notePath);
        out.println("references: " + note.references().size());
        out.println("citations: " + note.summary().citations() + ", unresolved: " + note.summary().unresolved());
        for (Diagnostic d : note.diagnostics()) {
            if (d.isError()) {
                out.println("first error: " + d.format(notePath.getFileName().toString()));
                break;
            }
        }

        // read a record's fields in opis's own form (no citeproc-java type), change one, format it
        Reference first = note.references().get(0);
        CslItem item = first.item();
        out.println("first record: " + item.type() + " | " + item.text("title").orElse("?") + " | "
                + item.names("author").size() + " author(s) | issued " + item.dateParts("issued"));
        Map<String, Object> changed = new LinkedHashMap<>(item.fields());
        changed.put("title", "A Title Changed by a Program");
        Rendering edited = Opis.format(List.of(Reference.of(first.id(), new CslItem(changed))), "chicago-author-date", "text");
        out.println("changed entry: " + edited.bibliography().get(0).text());

        // export, and import the export back
        Exported bib = Opis.export(note.references(), "biblatex");
        out.println("biblatex entries: " + bib.text().split("\n@", -1).length);
        Exported json = Opis.export(note.references(), "csl-json");
        ParsedRecords back = Opis.importRecords(
                new org.opis.text.SourceText("note.json", json.text()), java.util.Optional.of("csl-json"));
        out.println("csl-json round trip: " + back.references().size() + " records");

        // format: the bibliography and one citation with a page
        Rendering r = Opis.format(note.references(), "chicago-author-date", "text",
                List.of(List.of(Cite.at(note.references().get(0).id(), "page", "45"))));
        out.println("first entry: " + r.bibliography().get(0).text());
        out.println("citation: " + r.citations().get(0));

        // archival: read, check and normalize one citation
        ArchivalCitation a = Opis.archival("РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.");
        out.println("archival: " + a.english() + (a.valid() ? " (valid)" : " (invalid)"));

        // restyle the whole note into APA
        var restyled = Opis.restyle(new org.opis.text.SourceText(notePath.toString(),
                java.nio.file.Files.readString(notePath)), "apa", "markdown", "keep");
        out.println("restyled: " + restyled.converted() + " citations converted, " + restyled.unresolved() + " unresolved");

        // score the list reader on hand-checked entries of one's own (JSON Lines: text + CSL-JSON)
        java.nio.file.Path gold = java.nio.file.Files.createTempFile("gold", ".jsonl");
        java.nio.file.Files.writeString(gold, "{\"text\": \"Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.\", "
                + "\"csl\": {\"type\": \"book\", \"author\": [{\"family\": \"Bovin\", \"given\": \"A.E.\"}], "
                + "\"title\": \"Moj XX vek. Vospominaniya\", \"publisher-place\": \"Moscow\", \"issued\": {\"date-parts\": [[2003]]}}}\n");
        Scores s = Opis.evaluate(gold);
        java.nio.file.Files.delete(gold);
        out.println("evaluate: " + s.entries() + " entries, " + s.allRight() + " with every field right");
    }
}
