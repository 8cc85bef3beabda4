package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 28 taught the reader, each on a real string of real-citations-r28.tsv (expected values read off the
 * sources and the archives' own citation guides, labelled before the engine read them).
 */
class Round28FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    /** The archive's id, registered or not ({@code archiveOf} writes an unregistered one as '?'). */
    private static String idOf(ArchivalCitation c) {
        return c.archive().map(ArchivalCitation.ArchiveRef::id).orElse("-");
    }

    @Test
    void aCzechCaptionJoinsReferencesWithSemicolonsAndNamesNoArchive() {
        // the Archive of the Office of the President's captions: the fond with its label, then signatures and inventory
        // numbers joined by ';' as well as ','; no archive is written, so the citation is incomplete, not unregistered
        ArchivalCitation c = engine.parse("(fond Kancelář prezidenta republiky, sign. T 119/34; inv. č. 1505/D, sign. D 3470/46; sign. O 7739/47)");
        assertEquals("cz", c.scheme());
        assertFalse(c.archive().isPresent(), c.archive().toString());
        assertEquals("fond=Kancelář prezidenta republiky;signature=T 119/34;inventory=1505/D;signature=D 3470/46;signature=O 7739/47",
                levelsOf(c));
        assertFalse(c.valid());
        assertTrue(codes(c).contains("archival/missing-archive"), codes(c).toString());
        assertFalse(codes(c).contains("archival/unregistered-archive"), codes(c).toString());
        // 'č. j.' (číslo jednací, the file's reference number) is a file, even twice after a ';'
        ArchivalCitation j = engine.parse("(fond Kancelář prezidenta republiky, č. j. S II c/18-67; č. j. Z I b 1/20-68)");
        assertEquals("cz", j.scheme());
        assertTrue(levelsOf(j).startsWith("fond=Kancelář prezidenta republiky;file=S II c/18"), levelsOf(j));
        assertEquals(3, ArchivalFixtures.levels(j).size(), levelsOf(j));
        assertTrue(codes(j).contains("archival/missing-archive"), codes(j).toString());
        assertFalse(codes(j).contains("archival/unregistered-archive"), codes(j).toString());
        // a closing span of years is the file's date, not a fond or an archive
        ArchivalCitation y = engine.parse("(fond Kancelář prezidenta republiky, sign. 101504/74, 1969–1974)");
        assertEquals("fond=Kancelář prezidenta republiky;signature=101504/74;year=1969–1974", levelsOf(y));
        assertTrue(codes(y).contains("archival/missing-archive"), codes(y).toString());
    }

    @Test
    void anEstonianReferenceCodeNamesItsArchiveByTheFondPrefix() {
        // the National Archives of Estonia's guide: fond with its prefix, inventory, item, separated by periods
        ArchivalCitation c = engine.parse("EAA.5100.1.378");
        assertEquals("ee", c.scheme());
        assertEquals("EAA", archiveOf(c));
        assertEquals("fond=EAA.5100;opis=1;delo=378", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).isEmpty(), codes(c).toString());
        ArchivalCitation p = engine.parse("ERAF.1");
        assertEquals("ERAF", archiveOf(p));
        assertEquals("fond=ERAF.1", levelsOf(p));
        assertTrue(p.valid(), p.diagnostics().toString());
        // a fond code followed by the fond's name: the name describes, it is no level
        ArchivalCitation n = engine.parse("EAA.5100 Pärnu suurgild");
        assertEquals("EAA", archiveOf(n));
        assertEquals("fond=EAA.5100", levelsOf(n));
        // a former branch's prefix the registry does not hold names the National Archives as a whole
        ArchivalCitation l = engine.parse("LAMA.532 Haapsalu Rajooni Ametiühingute Nõukogu");
        assertEquals("RA-EE", archiveOf(l));
        assertEquals("fond=LAMA.532", levelsOf(l));
        assertTrue(l.valid(), l.diagnostics().toString());
    }

    @Test
    void aCroatianOrSlovenianReferenceCodeNamesItsRepository() {
        // ISAD(G) reference codes: country, repository, fond; no separator is missing inside the code
        ArchivalCitation h = engine.parse("HR-HDA-1220");
        assertEquals("yu", h.scheme());
        assertEquals("HDA", archiveOf(h));
        assertEquals("fond=1220", levelsOf(h));
        assertTrue(h.valid(), h.diagnostics().toString());
        assertTrue(codes(h).isEmpty(), codes(h).toString());
        // en dashes for the hyphens (the Zadar archive's own guide), a repository the registry does not know
        ArchivalCitation z = engine.parse("HR–DAZD–311");
        assertEquals("DAZD", idOf(z));
        assertEquals("fond=311", levelsOf(z));
        assertTrue(z.valid(), z.diagnostics().toString());
        assertTrue(codes(z).contains("archival/unregistered-archive"), codes(z).toString());
        // a repository code with a letter outside ASCII, and a fond's name after the code
        ArchivalCitation s = engine.parse("HR-DAŠI-141");
        assertEquals("DAŠI", idOf(s));
        assertEquals("fond=141", levelsOf(s));
        ArchivalCitation n = engine.parse("HR-DAPA-389 Kotarski komitet Saveza komunista Hrvatske Pula");
        assertEquals("DAPA", idOf(n));
        assertEquals("fond=389", levelsOf(n));
        assertTrue(n.valid(), n.diagnostics().toString());
        // Slovenian: underscores and a slash, then the technical unit (t. e.) and the archival unit (a. e.)
        ArchivalCitation u = engine.parse("SI_ZAL_NME/0249 Zbirka razglednic, t. e. 1, a. e. 1");
        assertEquals("yu", u.scheme());
        assertEquals("ZAL", idOf(u));
        assertEquals("fond=0249;box=1;unit=1", levelsOf(u));
        assertTrue(u.valid(), u.diagnostics().toString());
        // 'SI AS' is the Archives of the Republic of Slovenia; 'p. e.' (popisna enota) is the unit
        ArchivalCitation a = engine.parse("SI AS 1202, Zbirka fotografij uredništva Naše žene, t. e. 207, p. e. AS 1202/B/2/6");
        assertEquals("ARS", archiveOf(a));
        assertEquals("fond=1202;series=Zbirka fotografij uredništva Naše žene;box=207;unit=AS 1202/B/2/6", levelsOf(a));
        assertTrue(a.valid(), a.diagnostics().toString());
        assertTrue(codes(a).isEmpty(), codes(a).toString());
    }

    @Test
    void oneCapitalBeforeAHyphenAndDigitsIsAFondPrefix() {
        // 'F. I-77' is fond I-77 of the Kaunas Regional State Archives, not a Roman numeral closing the label; the period
        // after the archive in a comma-separated citation stays an error
        ArchivalCitation c = engine.parse("KRVA. F. I-77, ap. 4, b. 610, l. 318.");
        assertEquals("KRVA", idOf(c));
        assertEquals("fond=I-77;opis=4;delo=610;list=318", levelsOf(c));
        assertFalse(c.valid());
        assertTrue(codes(c).contains("archival/mixed-separators"), codes(c).toString());
        // the Lithuanian labels in the comma style read as before
        ArchivalCitation l = engine.parse("LYA, f. 17626, ap. 1, b. 496, l. 6.");
        assertEquals("LYA", archiveOf(l));
        assertEquals("fond=17626;opis=1;delo=496;list=6", levelsOf(l));
        assertTrue(l.valid(), l.diagnostics().toString());
    }

    @Test
    void aDutchIsilCodeNamesItsArchiveAndTheInstitutionsNameIsNoLevel() {
        // Collectie Overijssel's advice on citing: ISIL code and the institution's name, access number and the archive's
        // name, inventory number; the short form keeps the code, the access number and the inventory number
        String[][] rows = {{"NL-ZlCO, Collectie Overijssel locatie Zwolle, 0123.1 Burgerlijke stand in Overijssel, inv.nr. 3", "NL-ZlCO",
                "collection=0123.1;inventory=3"},
                {"NL-ZlCO, 0123.1, inv.nr. 3", "NL-ZlCO", "collection=0123.1;inventory=3"},
                {"NL-DvCO, 1018, inv.nr. 3", "NL-DvCO", "collection=1018;inventory=3"}};
        for (String[] r : rows) {
            ArchivalCitation c = engine.parse(r[0]);
            assertEquals("iisg", c.scheme(), r[0]);
            assertEquals(r[1], idOf(c), r[0]);
            assertEquals(r[2], levelsOf(c), r[0]);
            assertTrue(c.valid(), r[0] + " " + c.diagnostics());
            assertTrue(codes(c).contains("archival/unregistered-archive"), r[0] + " " + codes(c));
        }
        // the archive's name after a comma (not after the access number) is still read as a collection: a known difference
        ArchivalCitation d = engine.parse("NL-DvCO, Collectie Overijssel locatie Deventer, 1018, Deventer Zwemvereeniging, inv.nr. 3");
        assertEquals("NL-DvCO", idOf(d));
        assertTrue(levelsOf(d).startsWith("collection=1018;"), levelsOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
        // a registered archive's collection named in words reads as before
        ArchivalCitation i = engine.parse("IISG, Archief Karl Kautsky, inv. nr. 108");
        assertEquals("IISG", archiveOf(i));
        assertEquals("collection=Archief Karl Kautsky;inventory=108", levelsOf(i));
    }
}
