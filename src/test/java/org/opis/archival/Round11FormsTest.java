package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms the round-11 real strings (real-citations-r11.tsv) showed: "Ed. hr." for the storage unit, "No." for the
 * number sign after a label, a semicolon between a fond and the levels under it, and an English gloss that decides
 * between the archives an ambiguous acronym may mean.
 */
class Round11FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void edHrIsTheStorageUnitAndNoIsTheNumberSign() {
        ArchivalCitation c = engine.parse("GARF, f. 5446, op. 1, ed. hr. No. 12");
        assertEquals("fond=5446;opis=1;unit=12", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("fond=5446;opis=1;delo=5", levelsOf(engine.parse("GARF, f. 5446, op. 1, d. Nr. 5")));
    }

    @Test
    void aSemicolonAfterTheFondBeforeALevelUnderItContinuesTheCitation() {
        assertEquals("fond=2353;opis=1;unit=232", levelsOf(engine.parse("Fond 2353; Opis 1 Ed. hr. No. 232")));
        // before another fond or another archive it still ends the citation
        assertEquals("fond=5446", levelsOf(engine.parse("ГАРФ. Ф. 5446; Ф. 7523. Оп. 1")));
        assertEquals("fond=235;opis=7;delo=42", levelsOf(engine.parse("ГАОО. Ф. 235. Оп. 7. Д. 42; ГАОО. Ф. 1. Оп. 2. Д. 3")));
    }

    @Test
    void aGlossNamingOneOfTheArchivesDecidesAnAmbiguousAcronym() {
        ArchivalCitation vologda = engine.parse("ГАВО (State Archive of Vologda Oblast), Ф. 388, оп. 10, д. 54");
        assertEquals("GAVO-Vologda", vologda.archive().map(ArchivalCitation.ArchiveRef::id).orElse(""));
        assertTrue(vologda.diagnostics().stream().noneMatch(d -> d.code().equals("archival/ambiguous-archive")));
        ArchivalCitation bare = engine.parse("ГАВО, ф. 388, оп. 10, д. 54");
        assertTrue(bare.diagnostics().stream().anyMatch(d -> d.code().equals("archival/ambiguous-archive")));
    }
}
