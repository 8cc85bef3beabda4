package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;
import org.opis.model.CslRecords;
import org.opis.text.Markup;
import org.opis.text.SourceText;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Entries set wholly in bold, each a real entry: an annotated Spanish bibliography (GitHub
 * {@code JPMarichal/bookgen}, {@code bios/joseph_stalin/sections/fuentes.md}, commit ee652f5) and the
 * French reading list of {@code references/fr-davion-relations-internationales}. The bold carries no
 * field: before, the rules and the tagger took it for italics around the whole entry, so the title
 * became everything outside the real italics (the author, the imprint). Expected fields are read
 * off the entries.
 */
class BoldEntriesTest {

    private static String names(CSLName[] n) {
        return n == null ? "" : String.join("; ", Arrays.stream(n).map(x -> x.getFamily() + ", " + x.getGiven()).toList());
    }

    private static List<CSLItemData> read(String list) {
        return ReferenceListParser.parse(new SourceText("t.md", list)).references().stream().map(CslRecords::csl).toList();
    }

    @Test
    void aWholeEntryInBoldIsReadAsIfPlain() {
        List<CSLItemData> all = read("## Fuentes secundarias\n\n"
                + "- **Khlevniuk, Oleg. _Stalin: New Biography of a Dictator_. New Haven: Yale University Press, 2015.**\n"
                + "  Biografía que utiliza documentación archivística inédita para reinterpretar la figura de Stalin y su estilo de gobierno.\n\n"
                + "- **Tucker, Robert C. _Stalin in Power: The Revolution from Above, 1928-1941_. Nueva York: W. W. Norton, 1990.**\n"
                + "  Estudia el periodo de consolidación del poder estalinista, enfatizando las políticas sociales y los mecanismos de control.\n");
        assertEquals(2, all.size());
        CSLItemData k = all.get(0);
        assertEquals("Khlevniuk, Oleg", names(k.getAuthor()));
        assertEquals("Stalin: New Biography of a Dictator", k.getTitle());
        assertEquals("New Haven", k.getPublisherPlace());
        assertEquals("Yale University Press", k.getPublisher());
        assertEquals(2015, k.getIssued().getDateParts()[0][0]);
        CSLItemData t = all.get(1);
        assertEquals("Tucker, Robert C.", names(t.getAuthor()));
        assertEquals("Stalin in Power: The Revolution from Above, 1928-1941", t.getTitle());
        assertEquals("Nueva York", t.getPublisherPlace());
        assertEquals("W. W. Norton", t.getPublisher());
        assertEquals(1990, t.getIssued().getDateParts()[0][0]);
    }

    @Test
    void aBoldEntryWithoutItalicsKeepsItsAuthorOutOfTheTitle() {
        CSLItemData d = RuleReader.read(Markup.normalizeInline(
                "**VAÏSSE Maurice,Les Relations internationales depuis 1945, Paris, A. Colin, 2016.**")).orElseThrow();
        assertEquals("VAÏSSE, Maurice", names(d.getAuthor()));
        assertEquals("Les Relations internationales depuis 1945", d.getTitle());
        assertEquals(2016, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void onlyABoldPairOpeningTheTextIsFound() {
        assertArrayEquals(new int[] {0, 10}, Markup.leadingBold("**Smith J.** Title"));
        assertArrayEquals(new int[] {2, 9}, Markup.leadingBold("  **Title**."));
        // bold inside an entry (a Wikipedia volume), a ditto run, italics and unclosed bold are left alone
        assertNull(Markup.leadingBold("Smith, J. *Title*. Journal **14** (2)."));
        assertNull(Markup.leadingBold("______, Another Title (1957)."));
        assertNull(Markup.leadingBold("*Title*, 1957."));
        assertNull(Markup.leadingBold("***Title***, 1957."));
        assertNull(Markup.leadingBold("**Title, 1957."));
        // the markers become spaces: every other character keeps its place
        assertEquals("  Title  .", Markup.normalizeInline("**Title**."));
    }
}
