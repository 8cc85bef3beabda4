package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 29 taught the reader, each on a real string of real-citations-r29.tsv (expected values read off the
 * sources: the editors' notes of Armenian collected works on Wikisource, the Azerbaijani Political Documents Archive's own
 * pages, Wilson Center source lines, a Chinese research note, the COURAGE registry; labelled before the engine read them).
 */
class Round29FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void armenianLabelsReadTheSovietHierarchy() {
        // ֆ. fond, ց. list (opis), գ. file (delo), թ. leaf; the Armenian SSR's central state archive, a former name of HAA
        ArchivalCitation c = engine.parse("ՀՍՍՀ ՀՀՍՇ ՊԿԱ, ֆ. 123, ց. 1, գ. 1321, թ. 20");
        assertEquals("ru", c.scheme());
        assertEquals("HAA", archiveOf(c));
        assertEquals("fond=123;opis=1;delo=1321;list=20", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/former-name"), codes(c).toString());
        // the plural leaf label and an em-dash range
        ArchivalCitation r = engine.parse("ՀՍՍՀ ՀՀՍՇ ՊԿԱ, ֆ. 122, ց. 1, գ. 325, թթ. 20—21");
        assertEquals("fond=122;opis=1;delo=325;list=20–21", levelsOf(r));
        assertTrue(r.valid(), r.diagnostics().toString());
        // դ. (the letter of the Russian д.) for գ.: a malformed label, the level still read
        ArchivalCitation t = engine.parse("ՀՍՍՀ ՀՀՍՇ ՊԿԱ, ֆ. 123, ց. 16, դ. 228, թ. 11");
        assertEquals("fond=123;opis=16;delo=228;list=11", levelsOf(t));
        assertFalse(t.valid());
        assertTrue(codes(t).contains("archival/label-typo"), codes(t).toString());
        // TsGALI SSSR named in full in Armenian: not registered under that name, but the levels are read and valid
        ArchivalCitation g = engine.parse("ՍՍՀՄ Գրականության և արվեստի կենտրոնական պետական արխիվում (Մոսկվա), Վ. Գոլցևի թողոններում՝ ֆ. 2530, ց. 1, գ. 184, թ. 1");
        assertEquals("fond=2530;opis=1;delo=184;list=1", levelsOf(g));
        assertTrue(g.valid(), g.diagnostics().toString());
    }

    @Test
    void armenianRectoAndVersoLettersAndIbid() {
        ArchivalCitation first = engine.parse("ՀՍՍՀ ՀՀՍՇ ՊԿԱ, ֆ. 123, ց. 1, գ. 1321, թ. 20");
        // նույն տեղում (ibid.) and leaf 22 from its recto (ա) to its verso (բ)
        ArchivalCitation ibid = engine.continueFrom(first, "նույն տեղում, թ. 22ա-բ");
        assertEquals("HAA", archiveOf(ibid));
        assertEquals("fond=123;opis=1;delo=1321;list=22;verso=22", levelsOf(ibid));
        assertTrue(ibid.valid(), ibid.diagnostics().toString());
        // the verso letter after a space; the recto letter adds nothing
        ArchivalCitation v = engine.parse("ՀՍՍՀ ՀՀՍՇ ՊԿԱ, ֆ, 123, ց. 16, գ. 229, թ. 29 բ");
        assertEquals("fond=123;opis=16;delo=229;list=29;verso=29", levelsOf(v));
        assertFalse(v.valid()); // "ֆ," for "ֆ.": the fond has no correct label
        ArchivalCitation recto = engine.continueFrom(v, "նույն տեղում, թ. 29ա");
        assertEquals("fond=123;opis=16;delo=229;list=29", levelsOf(recto));
        // a range from a verso to a recto, and a fond by its creator's initials: no repository written
        ArchivalCitation p = engine.parse("ՌՊֆ № 149, թ. 20բ–21ա");
        assertEquals("fond=ՌՊֆ;unit=149;list=20–21;verso=20", levelsOf(p));
        assertTrue(codes(p).contains("archival/missing-archive"), codes(p).toString());
        // ibid. read alone has no archive: not the archive's name
        ArchivalCitation alone = engine.parse("նույն տեղում, ֆ. 132, ց. 1, գ. 394, թ. 15");
        assertEquals("fond=132;opis=1;delo=394;list=15", levelsOf(alone));
        assertFalse(alone.valid());
    }

    @Test
    void aFondNamedBeforeItsLabelOrByInitials() {
        // the Museum of Literature and Art, Yerevan: Sayat-Nova's fond (the label after the name) and item 131/64
        ArchivalCitation s = engine.parse("ԳԱԹ, Սայաթ-Նովայի ֆ, № 131/64");
        assertEquals("GAT", archiveOf(s));
        assertEquals("fond=Սայաթ-Նովայի;unit=131/64", levelsOf(s));
        assertTrue(s.valid(), s.diagnostics().toString());
        // the Tumanyan fond, the label fused to the initial
        ArchivalCitation t = engine.parse("ԳԱԹ, Թֆ, № 357");
        assertEquals("fond=Թֆ;unit=357", levelsOf(t));
        assertTrue(t.valid(), t.diagnostics().toString());
        // a name opening with an initial that is also the file label (Գ.)
        ArchivalCitation l = engine.parse("ԳԱԹ, Գ. Էևոնյանի ֆ, № 1437");
        assertEquals("fond=Գ. Էևոնյանի;unit=1437", levelsOf(l));
        assertTrue(l.valid(), l.diagnostics().toString());
        // an item number's letter after a space belongs to it
        ArchivalCitation a = engine.parse("ԳԱԹ Թֆ № 1521 ա");
        assertEquals("fond=Թֆ;unit=1521 ա", levelsOf(a));
        // the Tumanyan Museum's folder label
        ArchivalCitation f = engine.parse("ԹԹ, ՆՆ. թղթ. №30");
        assertEquals("HTM", archiveOf(f));
        assertTrue(levelsOf(f).endsWith("papka=30"), levelsOf(f));
        assertTrue(f.valid(), f.diagnostics().toString());
    }

    @Test
    void theAzerbaijaniPoliticalDocumentsArchiveInItsOwnLabels() {
        ArchivalCitation c = engine.parse("( ARP II SSA. F.1, siy.2, sax.vah.15, vv.3, 3arxa.)");
        assertEquals("ARPIISSA", archiveOf(c));
        assertEquals("fond=1;opis=2;unit=15;list=3, 3;verso=3", levelsOf(c));
        // a period after the archive in a comma-style citation: mixed separators, as 'RGASPI. f. 495, …'
        assertTrue(codes(c).contains("archival/mixed-separators"), codes(c).toString());
        assertFalse(codes(c).contains("archival/label-typo"), codes(c).toString());
        assertFalse(codes(c).contains("archival/unregistered-archive"), codes(c).toString());
    }

    @Test
    void codesAndShortFormsNameTheirArchives() {
        // the Shanghai Municipal Archives' short form joined to fonds-catalogue-file, as Chinese notes write it
        ArchivalCitation s = engine.parse("上档6-5-1216");
        assertEquals("prc", s.scheme());
        assertEquals("SMA", archiveOf(s));
        assertEquals("fonds=6;catalogue=5;file=1216", levelsOf(s));
        assertTrue(s.valid(), s.diagnostics().toString());
        assertTrue(codes(s).isEmpty(), codes(s).toString());
        // the COURAGE registry's Latvian reference code: country, repository, F, the fond
        ArchivalCitation l = engine.parse("LV_LVA_F PA-101");
        assertEquals("LVA", archiveOf(l));
        assertEquals("fond=PA-101", levelsOf(l));
        assertTrue(l.valid(), l.diagnostics().toString());
        // the Latvian archive's own citations with labels after their numbers are read as before
        ArchivalCitation p = engine.parse("LVA, 2335. f., 1. apr., 323. l., 1.-4. lp.");
        assertEquals("fond=2335;opis=1;delo=323;list=1–4", levelsOf(p));
    }

    @Test
    void wilsonCenterSourceLinesOfArchivesOutsideTheBloc() {
        ArchivalCitation n = engine.parse("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.");
        assertEquals("NMML", archiveOf(n));
        assertEquals("file=JNSG;volume=21–1", levelsOf(n));
        assertTrue(n.valid(), n.diagnostics().toString());
        ArchivalCitation j = engine.parse("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A’0392 (Microfilm).");
        assertEquals("DA-MOFA-JP", archiveOf(j));
        assertEquals("file=A’0392", levelsOf(j));
        assertTrue(j.valid(), j.diagnostics().toString());
        // a capital Vol. with a Roman number stays a series, as the older US lines have it
        ArchivalCitation u = engine.parse("Johnson Library, National Security File, Country File, USSR, Vol. XVI.");
        assertEquals("series=National Security File;series=Country File;series=USSR;series=Vol. XVI", levelsOf(u));
    }
}
