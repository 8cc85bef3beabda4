package org.opis.bibtex;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BibNamesTest {

    private static CSLName one(String raw) {
        List<BibNames.Parsed> p = BibNames.parse(raw, LaTeX.standard());
        assertEquals(1, p.size());
        return p.get(0).name();
    }

    @Test
    void familyNamesMatchWhatBetterBibtexRecordedForEachEntry() throws Exception {
        // each entry of the Better BibTeX fixture notes its own reading as annotation = {[Family][Given]}
        String bib = BibTeXRoundTripTest.resource("bbt-384-names.bibtex.bib");
        ParsedRecords r = new BibTeXReader().read(new SourceText("names.bib", bib));
        int checked = 0;
        for (Reference ref : r.references()) {
            String note = CslRecords.csl(ref).getAnnote();
            String family = note.substring(1, note.indexOf(']')).replace("\"", "").replace("[", "");
            CSLName n = CslRecords.csl(ref).getAuthor()[0];
            assertEquals(family, n.getLiteral() != null ? n.getLiteral() : n.getFamily(), ref.id());
            checked++;
        }
        assertEquals(40, checked);
    }

    @Test
    void apostrophesAndBracedFamiliesAreRead() {
        assertEquals("D'Amato", one("D'Amato, Alfonse").getFamily());
        assertEquals("al-Hakim", one("{al-Hakim}, Tawfiq").getFamily());
        CSLName ludwig = one("Ludwig van Beethoven");
        assertEquals("Beethoven", ludwig.getFamily());
        assertEquals("van", ludwig.getNonDroppingParticle());
        assertEquals("Ludwig", ludwig.getGiven());
        CSLName jr = one("King, Jr., Martin Luther");
        assertEquals("Jr.", jr.getSuffix());
        assertEquals("Martin Luther", jr.getGiven());
    }

    @Test
    void historiansNamesFromTheNote() {
        assertEquals("Hồ Chí Minh", one("{Hồ Chí Minh}").getLiteral());
        assertEquals("History and Public Policy Program, Woodrow Wilson Center",
                one("{History and Public Policy Program, Woodrow Wilson Center}").getLiteral());
        CSLName k = one("Konoreva, I.A.");
        assertEquals("Konoreva", k.getFamily());
        assertEquals("I.A.", k.getGiven());
        assertNull(k.getNonDroppingParticle());
        assertEquals("Šehu", one("{\\v{S}}ehu, Mehmet").getFamily());
    }

    @Test
    void namesAreWrittenFamilyFirstWithLiteralsBraced() {
        LaTeX l = LaTeX.standard();
        List<Map<String, Object>> names = List.of(
                Map.of("family", "Konoreva", "given", "I.A."),
                Map.of("family", "Selivanov", "given", "Igor N."),
                Map.of("literal", "Phạm Thị Ngọc Bích"),
                Map.of("family", "Gaulle", "given", "Charles", "non-dropping-particle", "de"),
                Map.of("family", "al-Hakim", "given", "Tawfiq"));
        assertEquals("Konoreva, I.A. and Selivanov, Igor N. and {Phạm Thị Ngọc Bích} and de Gaulle, Charles and {al-Hakim}, Tawfiq",
                BibNames.format(names, l, Flavour.BIBLATEX));
        assertEquals("Konoreva, I.A. and Selivanov, Igor N. and {Ph{\\d{a}}m Th{\\d{i}} Ng{\\d{o}}c B{\\'i}ch} and de Gaulle, Charles and {al-Hakim}, Tawfiq",
                BibNames.format(names, l, Flavour.BIBTEX));
    }
}
