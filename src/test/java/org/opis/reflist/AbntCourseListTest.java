package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;
import org.opis.model.CslRecords;
import org.opis.text.SourceText;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Shapes of the Brazilian course lists ({@code references/br-ufabc-bibliografias}) and the older
 * American lists ({@code references/kucher-environmental-history-water}) read by the rules alone,
 * each entry as printed there; the expected fields are read off the entries by hand.
 */
class AbntCourseListTest {

    private static CSLItemData rules(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static String names(CSLName[] n) {
        return n == null ? "" : String.join("; ", Arrays.stream(n).map(x -> x.getFamily() + ", " + x.getGiven()).toList());
    }

    @Test
    void areasSetApartBySemicolons() {
        CSLItemData d = rules("DURKHEIM, E.; As regras do método sociológico; Martins Fontes");
        assertEquals("DURKHEIM, E.", names(d.getAuthor()));
        assertEquals("As regras do método sociológico", d.getTitle());
        assertEquals("Martins Fontes", d.getPublisher());
        CSLItemData ed = rules("MAY, P. (org.); Economia do meio ambiente - teoria e prática; Elsevier.");
        assertEquals("MAY, P.", names(ed.getEditor()));
        assertNull(ed.getAuthor());
        assertEquals("Elsevier", ed.getPublisher());
        // three names set apart by semicolons, then the title: not this shape
        CSLItemData three = rules("LEÃO, Rodrigo Pimentel Ferreira; PINTO, Eduardo Costa; ACIOLY, Luciana. A China na nova configuração global: impactos políticos e econômicos. Brasília: IPEA, 2011.");
        assertEquals("Brasília", three.getPublisherPlace());
        assertEquals("IPEA", three.getPublisher());
    }

    @Test
    void editionsWrittenTheRomanceAndOldAmericanWays() {
        CSLItemData abnt = rules("MARCONDES, D. Textos básicos de filosofia. 4.ed. Rio de Janeiro: Zahar, 2005.");
        assertEquals("4", abnt.getEdition());
        assertEquals("Textos básicos de filosofia", abnt.getTitle());
        assertEquals("Rio de Janeiro", abnt.getPublisherPlace());
        CSLItemData old = rules("Carson, Rachel.  _The Sea Around Us_. 2d ed.   New York, 1991 [first published in 1951].");
        assertEquals("2", old.getEdition());
        assertEquals("New York", old.getPublisherPlace());
        assertNull(old.getEditor());
    }

    @Test
    void publisherThenPlaceInARunOfCommas() {
        CSLItemData d = rules("HOBSBAWM, Eric J. A era do capital, Paz e Terra, São Paulo, 1982");
        assertEquals("Paz e Terra", d.getPublisher());
        assertEquals("São Paulo", d.getPublisherPlace());
        CSLItemData placeFirst = rules("RAWLS, John. Uma Teoria da Justiça, São Paulo, Martins Fontes, 2002.");
        assertEquals("Martins Fontes", placeFirst.getPublisher());
        assertEquals("São Paulo", placeFirst.getPublisherPlace());
        // after a full stop, "City, State" stays one place
        CSLItemData us = rules("Pitzer, Paul C.  _Grand Coulee:   Harnessing a Dream_.  Pullman, Washington, 1994");
        assertNull(us.getPublisher());
    }

    @Test
    void htmlCommentLinesAreNoEntries() {
        String list = "## References\n\n<!-- part one -->\n\n- Jeffery, Keith. The GPO and the Easter Rising. Dublin: Irish Academic Press, 2006.\n"
                + "<!-- part two -->\n- McGarry, Fearghal. How Ireland's 1916 Easter Rising Has Been Commemorated Over a Century. New York: Oxford University Press, 2017.\n";
        List<String> found = ReferenceListParser.entryTexts(new SourceText("l.md", list), org.opis.reflist.segment.Segmenter.bundled());
        assertEquals(2, found.size(), found.toString());
        List<String> rulesOnly = ReferenceListParser.entryTexts(new SourceText("l.md", list), null);
        assertEquals(2, rulesOnly.size(), rulesOnly.toString());
    }
}
