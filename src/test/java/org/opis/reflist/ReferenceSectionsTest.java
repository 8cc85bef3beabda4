package org.opis.reflist;

import org.opis.lexicon.SectionHeadings;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the reference list of a note lies when its works are split over several sections. The
 * entries are real: lines of the bundled note's list (references/selivanov-2017) and of the Cold
 * War article's notes and sources (references/wikipedia-cold-war), arranged as historians and
 * encyclopedias arrange them.
 */
class ReferenceSectionsTest {

    private static List<String> lines(String list, int from, int to) throws IOException {
        return Files.readAllLines(Path.of("references", list, "note.md")).subList(from - 1, to);
    }

    private static List<String> raws(String text) {
        ParsedRecords p = ReferenceListParser.parse(new SourceText("test.md", text));
        return p.references().stream().map(Reference::raw).toList();
    }

    /** "Archival sources" then "Literature", two sibling sections: one list, the first section's works included. */
    @Test
    void siblingReferenceSectionsAreOneList() throws IOException {
        List<String> sel = lines("selivanov-2017", 333, 341);
        String text = "# A note\n\nAs Bovin recalls (Bovin 2003, 12), and Gaiduk shows (Gaiduk 1996).\n\n"
                + "## Archival sources\n\n" + sel.get(0) + "\n\n"
                + "## Literature\n\n" + String.join("\n", sel.subList(1, sel.size())) + "\n";
        List<String> raws = raws(text);
        assertEquals(9, raws.size(), raws.toString());
        assertTrue(raws.get(0).startsWith("Arhiv vneshnej politiki"), raws.get(0));
        assertTrue(raws.get(8).startsWith("History and Public Policy Program"), raws.get(8));
    }

    /** The same works under plain (non-Markdown) headings set apart by blank lines. */
    @Test
    void siblingPlainHeadingsAreOneListToo() throws IOException {
        List<String> sel = lines("selivanov-2017", 334, 337);
        String text = "Primary sources\n\n" + sel.get(0) + "\n" + sel.get(1) + "\n\nSecondary sources\n\n"
                + sel.get(2) + "\n" + sel.get(3) + "\n";
        assertEquals(4, raws(text).size(), raws(text).toString());
    }

    /**
     * An encyclopedia's "References" that holds its numbered short notes is not taken into its list:
     * only "Sources" is (notes are citations, read by check).
     */
    @Test
    void aReferencesSectionOfShortNotesIsNotMergedWithTheSources() throws IOException {
        List<String> note = lines("wikipedia-cold-war", 21, 52);
        List<String> raws = raws(String.join("\n", note) + "\n");
        assertFalse(raws.isEmpty());
        for (String r : raws) assertFalse(r.contains("Gaddis 2005, p. 30"), r);
        assertTrue(raws.get(0).startsWith("Andrew, Christopher; Mitrokhin, Vasili (1999)"), raws.get(0));
    }

    /** Sections that are not siblings (another section between them) stay apart: the later one is the list. */
    @Test
    void aSectionInBetweenKeepsTheEarlierListOut() throws IOException {
        List<String> sel = lines("selivanov-2017", 334, 337);
        String text = "## Sources\n\n" + sel.get(0) + "\n\n## Discussion\n\nThe memoirs disagree.\n\n## Literature\n\n"
                + String.join("\n", sel.subList(1, 4)) + "\n";
        assertEquals(3, raws(text).size(), raws(text).toString());
    }

    @Test
    void headingsJoinedByAndOrEndingInAReferencesPhraseOpenTheList() {
        assertTrue(SectionHeadings.endsInReferencesPhrase("Bibliography and further reading"));
        assertTrue(SectionHeadings.endsInReferencesPhrase("## Quellen und Literatur"));
        assertTrue(SectionHeadings.endsInReferencesPhrase("Vietnam War Bibliography:"));
        assertTrue(SectionHeadings.endsInReferencesPhrase("Secondary literature"));
        // listed with another kind: keeps it
        assertFalse(SectionHeadings.endsInReferencesPhrase("Notes and references"));
        assertFalse(SectionHeadings.endsInReferencesPhrase("Further reading"));
        assertFalse(SectionHeadings.endsInReferencesPhrase("Soviet policy in the Horn of Africa and its sources in the archives of the party"));
    }

    /**
     * A timeline in a pipe table (rows of years and events) is data, not a bare reference list: before,
     * its rows were read as 11 works (references/en-parallax-khrushchev-notes, lines 125–146).
     */
    @Test
    void aPipeTableOfYearsIsNoList() throws IOException {
        List<String> table = lines("en-parallax-khrushchev-notes", 125, 146);
        assertTrue(table.get(5).startsWith("| 1909"), table.get(5));
        assertEquals(List.of(), raws(String.join("\n", table) + "\n"));
        assertTrue(org.opis.reflist.LearnedEntries.tableRows("| 1956 | Secret Speech |\n| 1957 | Sputnik |"));
        assertFalse(org.opis.reflist.LearnedEntries.tableRows("Taubman, William. Khrushchev (2003) | a note"));
    }
}
