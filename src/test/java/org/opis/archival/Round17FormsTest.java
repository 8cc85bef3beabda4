package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms the round-17 real strings (real-citations-r17.tsv: notes of books on Stalin quoting RGASPI and GARF) showed,
 * each checked on a real string of the corpus; the values are read off the source text, not off the engine.
 */
class Round17FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static boolean has(ArchivalCitation c, String code) {
        return c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/" + code));
    }

    @Test
    void labelLessLevelsJoinedByPeriodsAreTheShorthand() {
        // Montefiore's notes: fond.opis.delo — the delo 1668 is no year
        ArchivalCitation c = engine.parse("RGASPI 558.11.1668");
        assertEquals("fond=558;opis=11;delo=1668", levelsOf(c));
        assertTrue(has(c, "missing-label"));
        assertFalse(has(c, "spacing"), c.diagnostics().toString()); // one shorthand, not three values run together
        // fond.opis.delo.leaves, the leaves an abbreviated range
        assertEquals("fond=558;opis=11;delo=728;list=40–42", levelsOf(engine.parse("RGASPI 558.11.728.40–2")));
        assertEquals("fond=3316;opis=2;delo=2016;list=1–8", levelsOf(engine.parse("GARF 3316.2.2016.1–8")));
        // the fix writes the labels
        ArchivalCitation f = engine.parse("RGASPI 558.11.746.85");
        String fix = f.diagnostics().stream().filter(d -> d.code().equals("archival/missing-label")).findFirst().orElseThrow().fix().orElseThrow();
        assertEquals("fond=558;opis=11;delo=746;list=85", levelsOf(engine.parse(fix)));
        // a GOST citation written with periods and spaces is not shorthand
        assertEquals("fond=17;opis=162;delo=12;list=156", levelsOf(engine.parse("RGASPI. F. 17. Op. 162. D. 12. L. 156.")));
    }

    @Test
    void aRunOfFilesWithAnAbbreviatedEndIsExpanded() {
        // Roberts's notes: "Dd." cites several files, the end abbreviated as leaves are
        assertEquals("fond=558;opis=1;delo=5754–5755", levelsOf(engine.parse("RGASPI, F.558, Op.1, Dd.5754–5.")));
        assertEquals("fond=558;opis=3;delo=183–185", levelsOf(engine.parse("RGASPI, F.558, Op.3, Dd.183–5.")));
        // a full range of files is left as written
        assertEquals("fond=558;opis=11;delo=504–692", levelsOf(engine.parse("RGASPI, F558, Op.11 D.504–692.")));
    }

    @Test
    void hungarianCountyArchivesAndRecordGroupsWithTheirNames() {
        // the Hungarian National Archives' exhibition list (mnl.gov.hu/node/10876): a record group with its section,
        // the item and the document's registry number
        ArchivalCitation ol = engine.parse("MNL OL K 150 II. Kútfő, 7. tétel 576563/1944 sz. irat");
        assertTrue(ol.valid(), ol.diagnostics().toString());
        assertEquals("fond=K 150;section=II. Kútfő;item=7;file=576563/1944", levelsOf(ol));
        // county archives of MNL, registered this round: record group, box and registry number in one segment
        ArchivalCitation hb = engine.parse("MNL HBML IV. B. 1406/b. 369. d. 26.007/1944.");
        assertEquals("MNL HBML", hb.archive().orElseThrow().id());
        assertEquals("fond=IV. B. 1406/b;box=369;file=26.007/1944", levelsOf(hb));
        // a period inside the record group's name is no full stop when the segment reads whole
        assertEquals("fond=V. 1075 Cb;series=Monor nagyközség iratai 1938-1946;box=58;file=3546/1944",
                levelsOf(engine.parse("MNL PML V. 1075 Cb. Monor nagyközség iratai 1938-1946., 58. d., 3546/1944.")));
        assertEquals("fond=V. 474. a;series=Szolnok város polgármesterének ir.;file=12831/1944",
                levelsOf(engine.parse("MNL JNSZML V. 474. a. Szolnok város polgármesterének ir. 12831/1944.")));
        // the older MNL OL strings read as before
        assertEquals("fond=XIX-A-90-c;box=168", levelsOf(engine.parse("MNL OL XIX-A-90-c box 168")));
    }
}
