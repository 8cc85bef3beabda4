package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.findingsOf;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms round 22 taught the reader, each on a real string of real-citations-r22.tsv (expected values read off the source). */
class Round22FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void latvianLabelsFollowTheirOrdinalNumbers() {
        // archiv.org.lv, the Latvian State Archives' exhibition on DP camps: fond, apraksts, lieta, lapa
        ArchivalCitation c = engine.parse("LVA, 2335. f., 1. apr., 323. l., 1.-4. lp.");
        assertEquals("LVA", archiveOf(c));
        assertEquals("fond=2335;opis=1;delo=323;list=1–4", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // before, "2335" was a fond with no label, "f." an empty second fond, and the rest trailing text
        assertEquals("hyphen-range", findingsOf(c));
        assertEquals("fond=2176;opis=1v;delo=166;list=4, 5", levelsOf(engine.parse("LVA, 2176. f., 1v. apr., 166. l., 4., 5. lp.")));
        assertEquals("fond=2335;opis=1;delo=77;list=3, 4", levelsOf(engine.parse("LVA, 2335. f., 1. apr., 77. l., 3.,4. lp.")));
        assertEquals("fond=2806", levelsOf(engine.parse("LVA, 2806. f.")));
    }

    @Test
    void aLatvianVersoMarkAndLabelsSeparatedBySpacesOrUnspaced() {
        // "o.p." (otrā puse) after a leaf is its verso
        ArchivalCitation c = engine.parse("LVA, 2176. f., 2v. apr., 20. l., 76., 76. o.p. lp.");
        assertEquals("fond=2176;opis=2v;delo=20;list=76, 76;verso=76", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // a page title of the historical archive: spaces only, the file written out
        ArchivalCitation h = engine.parse("LVVA 1535. f. 11. apr. 159. lieta");
        assertEquals("LVVA", archiveOf(h));
        assertEquals("fond=1535;opis=11;delo=159", levelsOf(h));
        assertTrue(h.valid(), h.diagnostics().toString());
        // the Personal Documents State Archive, no space before the labels
        ArchivalCitation p = engine.parse("LNA PDVA 1169.f., 14.apr., 623.l., 3.lp.");
        assertEquals("LNA PDVA", archiveOf(p));
        assertEquals("fond=1169;opis=14;delo=623;list=3", levelsOf(p));
    }

    @Test
    void theEstonianReferenceCodeAfterTheArchive() {
        // the National Archives of Estonia's own guide: archive, then fond (with its prefix), inventory, item
        ArchivalCitation c = engine.parse("RA, EAA.5100.1.378");
        assertEquals("RA-EE", archiveOf(c));
        assertEquals("fond=EAA.5100;opis=1;delo=378", levelsOf(c));
        assertEquals("clean", findingsOf(c));
        assertEquals("RA, EAA.5100.1.378", c.english());
    }

    @Test
    void hungarianSignaturesOfTheNationalArchives() {
        // a family papers record group of four digits (archivnet.hu); before, "MNL OL P" was read as an unknown archive
        ArchivalCitation p = engine.parse("MNL OL P 2343.");
        assertEquals("MNL OL", archiveOf(p));
        assertEquals("fond=P 2343", levelsOf(p));
        // record group, series and year joined by dashes (MNL exhibition on Otto von Habsburg)
        assertEquals("fond=K 606;series=I;year=1920", levelsOf(engine.parse("MNL OL K 606–I–1920.")));
        // an ISAD(G) reference code (Turul 2020): the archive is the one its codes name
        ArchivalCitation r = engine.parse("HU-MNL-OL-R 64-1.-1102.");
        assertEquals("MNL OL", archiveOf(r));
        assertEquals("fond=R 64;series=1;item=1102", levelsOf(r));
        assertTrue(r.valid(), r.diagnostics().toString());
    }

    @Test
    void aCzechFondNamedWithoutItsLabelThenItsNadNumber() {
        ArchivalCitation c = engine.parse("NA, Archivní registratura NAD 241");
        assertEquals("fond=Archivní registratura;nad=241", levelsOf(c));
        assertEquals("clean", findingsOf(c));
    }

    @Test
    void theKirovohradArchiveWritesItsAcronymAsTheKyivOblastArchiveDoes() {
        // dakiro.kr-admin.gov.ua: "ДАКО, Ф.Р-5069, …" on the Kirovohrad archive's own site; the acronym is shared
        ArchivalCitation c = engine.parse("ДАКО, Ф.Р-5069, оп.6, спр.2, арк. 9, 10");
        assertEquals("fond=Р-5069;opis=6;delo=2;list=9, 10", levelsOf(c));
        assertTrue(findingsOf(c).contains("ambiguous-archive"), findingsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }
}
