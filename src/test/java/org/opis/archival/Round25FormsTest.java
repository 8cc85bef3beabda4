package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.codes;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms round 25 taught the reader, each on a real string of real-citations-r25.tsv (expected values read off the
 * source and the archives' own citation practice, not off the engine).
 */
class Round25FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aFondPrefixWrittenInLowerCaseIsPartOfTheFond() {
        // memorial lists' case references to the Crimean state archive under its Russian acronym ГААРК
        ArchivalCitation c = engine.parse("ГААРК, ф. р-4808, оп. 1, д. 010715");
        assertEquals("DAARK", archiveOf(c));
        assertEquals("fond=р-4808;opis=1;delo=010715", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // no space after 'ф.' and no comma after the archive: warnings, the same levels
        ArchivalCitation d = engine.parse("ГААРК ф.р-4808, оп. 1, д. 010734.");
        assertEquals("fond=р-4808;opis=1;delo=010734", levelsOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
        // a lower-case 'р-' before letters in an archive's name ('р-на', района) is still no value
        ArchivalCitation e = engine.parse("Архив Кировского р-на, ф. 5, оп. 1");
        assertEquals("Архив Кировского р-на", e.archive().map(r -> r.written()).orElse(""));
        assertEquals("fond=5;opis=1", levelsOf(e));
    }

    @Test
    void theGostAreaSeparatorAfterTheArchiveIsNeitherStyle() {
        // '(ГААРК. — Ф. р-4808, оп. 1, д. 017064)': the period and dash of GOST 7.0.5 before comma-style levels
        ArchivalCitation c = engine.parse("(ГААРК. — Ф. р-4808, оп. 1, д. 017064)");
        assertEquals("DAARK", archiveOf(c));
        assertEquals("fond=р-4808;opis=1;delo=017064", levelsOf(c));
        assertFalse(codes(c).contains("archival/mixed-separators"), c.diagnostics().toString());
        // a plain period after the archive before comma-style levels is still mixed (conventions par. 7.1)
        assertTrue(codes(engine.parse("Партархив Чувашского обкома КПСС. ф. 1, oп. 44, д. 99, лл. 239-240. Подлинник."))
                .contains("archival/mixed-separators"));
    }

    @Test
    void aColonAfterALabelWrittenOutJoinsItToItsValue() {
        // an oblast archive's database line ('Архивные данные:'): the levels are read, the missing archive is reported
        ArchivalCitation c = engine.parse("Фонд: Р-4033. Опись: 7. Дело: 225. Листы: 17,17зв,46,52,56.");
        assertEquals("fond=Р-4033;opis=7;delo=225;list=17, 17, 46, 52, 56;verso=17", levelsOf(c));
        assertTrue(codes(c).contains("archival/missing-archive"), c.diagnostics().toString());
        assertEquals("fond=Р-5859;opis=2;delo=6641–6649", levelsOf(engine.parse("Фонд: Р-5859. Опись: 2. Дело: 6641-6649.")));
    }

    @Test
    void aSemicolonSeparatesAnArchivesNameFromItsFirstLevel() {
        ArchivalCitation c = engine.parse("Объединенный гос. архив Челябинской обл.; Фонд Р-467, Опись 6, Дело 30");
        assertEquals("OGAChO", archiveOf(c));
        assertEquals("fond=Р-467;opis=6;delo=30", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void georgianArchivesAreReadWithTheirOwnLabels() {
        // the National Archives of Georgia's source line: fond, anaweri (the opis), sakme (the delo) written out
        ArchivalCitation c = engine.parse("ცენტრალური საისტორიო არქივი, ფონდი 1833, ანაწერი 1, საქმე 179");
        assertEquals("fond=1833;opis=1;delo=179", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        // the same abbreviations typed in the AcadNusx legacy font, as rrc.ge stores them
        ArchivalCitation d = engine.parse("(saqarTvelos centraluri saxelmwifo saistorio arqivi, f. 1891, anaw. 1, saq. 1243, furc. 77)");
        assertEquals("fond=1891;opis=1;delo=1243;list=77", levelsOf(d));
        assertTrue(d.valid(), d.diagnostics().toString());
    }

    @Test
    void anIpnSignatureAndARomanTomAreReadAfterAipn() {
        ArchivalCitation c = engine.parse("AIPN, 0222/701, t. IV, k. 76.");
        assertEquals("AIPN", archiveOf(c));
        assertEquals("signature=0222/701;volume=IV;list=76", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void hungarianSignaturePartsSeparatedBySpacedDashes() {
        // the National Archives' new-acquisitions page
        ArchivalCitation c = engine.parse("HU MNL OL R 64 – 1. – No. 1099.");
        assertEquals("MNL OL", archiveOf(c));
        assertEquals("fond=R 64;series=1;item=1099", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("fond=R 316;series=48", levelsOf(engine.parse("HU MNL OL R 316 – 48.")));
        // the repository code joined by hyphens to a record group of the XIX section, then its documents' numbers and year
        ArchivalCitation d = engine.parse("MNL-OL-XIX-A-83-b 3001-3050/1964");
        assertEquals("MNL OL", archiveOf(d));
        assertEquals("fond=XIX-A-83-b;file=3001-3050/1964", levelsOf(d));
        // unspaced dashes still join a record group, its series and year (round 22)
        assertEquals("fond=K 606;series=I;year=1920", levelsOf(engine.parse("MNL OL K 606–I–1920.")));
    }
}
