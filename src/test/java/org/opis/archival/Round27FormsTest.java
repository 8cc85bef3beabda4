package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 27 taught the reader, each on a real string of real-citations-r27.tsv (expected values read off the
 * source and the archives' own citation practice, not off the engine); one constructed string is marked as such.
 */
class Round27FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aSharedAcronymIsTheArchiveOfTheSchemeThatReadsTheReference() {
        // 'A.M.A.E.' is the Romanian and the French diplomatic archive: a fond, a volume, a year and leaves are Romanian
        ArchivalCitation c = engine.parse("A.M.A.E., fond Telegrams, Beijing, vol. II, 1969, f. 269-270.");
        assertEquals("AMAE-RO", archiveOf(c));
        assertEquals("fond=Telegrams;series=Beijing;volume=II;year=1969;list=269–270", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(codes(c).contains("archival/hyphen-range"), codes(c).toString());
        // 'AA' is the NAA's former name and, since this round, a short form of the PA AA: the DFAT volumes' series and
        // control symbols stay Australian (real-citations-r26.tsv)
        for (String s : new String[]{"[AA : A1838, 73/1/2, I]", "[AA : A1068, ER47/1/33]", "[AA : A463/17, 56/984]"}) {
            ArchivalCitation a = engine.parse(s);
            assertEquals("NAA", archiveOf(a), s);
            assertEquals("au", a.scheme(), s);
            assertTrue(codes(a).contains("archival/former-name"), s + " " + codes(a));
        }
        // constructed (no real bare 'AA, R …' string was found): a PA AA file number after 'AA' is the German archive's
        ArchivalCitation g = engine.parse("AA, R 103295");
        assertEquals("PA AA", archiveOf(g));
        assertEquals("file=R 103295", levelsOf(g));
    }

    @Test
    void thePoliticalArchiveOfTheForeignOfficeByItsOwnCitationForms() {
        // the PA AA's citation guide: the R numbers of the old files, a mission's records, the GDR ministry's ZR files
        String[][] rows = {{"PA AA, RZ 206, R 103295", "bestand=RZ 206;file=R 103295"},
                {"PA AA, RAV Stockholm, 4", "bestand=RAV Stockholm;file=4"},
                {"PA AA, B 8, Bd. 1359", "bestand=B 8;volume=1359"},
                {"PA AA, B 20-200, Bd. 52", "bestand=B 20–200;volume=52"},
                {"PA AA, MfAA, ZR 145/94", "bestand=MfAA;file=ZR 145/94"},
                {"PA AA, M 72, 14594", "bestand=M 72;file=14594"}};
        for (String[] r : rows) {
            ArchivalCitation c = engine.parse(r[0]);
            assertEquals("PA AA", archiveOf(c), r[0]);
            assertEquals("de", c.scheme(), r[0]);
            assertEquals(r[1], levelsOf(c), r[0]);
            assertTrue(c.valid(), r[0] + " " + c.diagnostics());
        }
        // the dotted form in an Albanian-German study: the R number is the file; the document's title and date are read
        // as series (the label counts only the file: a known difference)
        ArchivalCitation c = engine.parse("P.A.A.A., Lage in Albanien, Pressebericht vom 04.04.1921, R.72406.");
        assertEquals("PA AA", archiveOf(c));
        assertTrue(levelsOf(c).endsWith("file=R.72406"), levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void aShortFormDeclaredInBracketsNamesTheArchiveAndIsNoPartOfALevel() {
        // 'dalej:' ('hereafter') declares the IPN archive's short form after its full name
        ArchivalCitation c = engine.parse("Archiwum Instytutu Pamięci Narodowej w Warszawie (dalej: AIPN), Ministerstwo Spraw We-wnętrznych "
                + "(dalej: MSW), sygn. IPN Biuro Udostępniania (dalej: BU) 01283/713/Jacket");
        assertEquals("AIPN", archiveOf(c));
        assertTrue(levelsOf(c).startsWith("fond=Ministerstwo Spraw We-wnętrznych;signature="), levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // a state archive the registry does not know, named in full ('Archiwum'): read, reported as unregistered
        ArchivalCitation p = engine.parse("Archiwum Państwowe w Poznaniu (dalej: APP), Związek Powstańców Wielkopolskich (dalej: ZPW), sygn. 1, k. 1, 3.");
        assertEquals("pl", p.scheme());
        assertEquals("fond=Związek Powstańców Wielkopolskich;signature=1;list=1, 3", levelsOf(p));
        assertTrue(p.valid(), p.diagnostics().toString());
        assertTrue(codes(p).contains("archival/unregistered-archive"), codes(p).toString());
        // 'cyt.' declares the short forms after the fond
        ArchivalCitation q = engine.parse("Archiwum Państwowe w Poznaniu, Urząd Wojewódzki Poznański (cyt. APwP, UWP), nr 1211, k. 187-192");
        assertEquals("fond=Urząd Wojewódzki Poznański;signature=1211;list=187–192", levelsOf(q));
        assertTrue(q.valid(), q.diagnostics().toString());
        assertTrue(codes(q).contains("archival/hyphen-range"), codes(q).toString());
        // an English-language note's '(hereafter TsDA)' (real-citations-r26.tsv) now names the Bulgarian archive; the
        // opis before the fond and the unlabelled leaves remain faults
        ArchivalCitation t = engine.parse("Central State Archives, Sofia, Bulgaria (hereafter TsDA), op. 405, f. 9, a.e. 622, 95–98.");
        assertEquals("TsDA-BG", archiveOf(t));
        assertFalse(t.valid());
        assertTrue(codes(t).contains("archival/order"), codes(t).toString());
    }

    @Test
    void polishStateArchivesUnderTheirShortFormsAndAFondByItsAcronym() {
        String[][] rows = {{"APP, ZPW, sygn. 373, k. 35–38.", "fond=ZPW;signature=373;list=35–38"},
                {"APwP, AmP, nr 11332, k. 156", "fond=AmP;signature=11332;list=156"}};
        for (String[] r : rows) {
            ArchivalCitation c = engine.parse(r[0]);
            assertEquals("pl", c.scheme(), r[0]);
            assertEquals(r[1], levelsOf(c), r[0]);
            assertTrue(c.valid(), r[0] + " " + c.diagnostics());
        }
        ArchivalCitation k = engine.parse("AAN, KC PZPR");
        assertEquals("AAN", archiveOf(k));
        assertEquals("fond=KC PZPR", levelsOf(k));
        assertTrue(k.valid(), k.diagnostics().toString());
        // the IPN's Interior Ministry signatures after the institute's short name
        ArchivalCitation i = engine.parse("IPN MSW II 107/848");
        assertEquals("AIPN", archiveOf(i));
        assertEquals("signature=MSW II 107/848", levelsOf(i));
        assertTrue(i.valid(), i.diagnostics().toString());
    }

    @Test
    void theNationalReferenceCodeWithItsLeavesAndSignaturesAfterASemicolon() {
        // the JP2 online documents' 'Reference code': archive number, fond, series, signature, then the leaves after a slash
        ArchivalCitation c = engine.parse("AP 35/1267/0/1273/k. 9");
        assertEquals("fond=1267;series=0;signature=1273;list=9", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        ArchivalCitation a = engine.parse("AAN 2/1587/5.1/127/48/k. 26-33");
        assertEquals("AAN", archiveOf(a));
        assertEquals("fond=1587;series=5.1;signature=127/48;list=26–33", levelsOf(a));
        assertTrue(a.valid(), a.diagnostics().toString());
        // a finding aid's list: two signatures after one 'sygn.'
        ArchivalCitation s = engine.parse("Archiwum Państwowe w Warszawie, Komitet Wojewódzki Polskiej Partii Robotniczej w Warszawie [1944] "
                + "1945–1948: sygn. 1/5-18; 1/5-54–55");
        assertEquals("fond=Komitet Wojewódzki Polskiej Partii Robotniczej w Warszawie [1944] 1945–1948;signature=1/5-18;signature=1/5-54–55",
                levelsOf(s));
        assertTrue(s.valid(), s.diagnostics().toString());
    }

    @Test
    void hungarianReferenceCodesWithASubSeriesAndTheCompactFondBundleUnit() {
        ArchivalCitation c = engine.parse("HU-MNL-OL-R 302-4.-8.-63.");
        assertEquals("MNL OL", archiveOf(c));
        assertEquals("fond=R 302;series=4;series=8;item=63", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // the archive named in full with no comma, the labels after their numbers and no spaces
        ArchivalCitation d = engine.parse("Magyar Nemzeti Levéltár Országos Levéltára 276.f. 89.cs.402. őe.");
        assertEquals("MNL OL", archiveOf(d));
        assertEquals("fond=276;box=89;unit=402", levelsOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
        assertTrue(codes(d).contains("archival/missing-separator-after-archive"), codes(d).toString());
    }
}
