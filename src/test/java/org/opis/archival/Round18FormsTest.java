package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms round 18 (hA) reads, each on a real string of real-citations-r18.tsv or of the older fixtures (sources there). */
class Round18FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aHungarianRecordGroupWithItsCountrySubseriesYearItemAndRegistryNumber() {
        ArchivalCitation c = engine.parse("MNL OL XIX-J-1-j É-Korea, 1972, 60. doboz, 81-146, 00394.");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("fond=XIX-J-1-j;series=É-Korea;year=1972;box=60;item=81-146;file=00394", levelsOf(c));
    }

    @Test
    void aSpaceAfterASlashInsideAnIdentifierIsTypography() {
        assertEquals("fond=XIX-J-1-j;series=Korea;box=4;item=5/a;file=004076/1955",
                levelsOf(engine.parse("MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955.")));
        assertEquals("bestand=DY 30;file=J IV 2/3/2122", levelsOf(engine.parse("SAPMO-BArch, DY 30/ J IV 2/3/ 2122")));
        // spaced on both sides it separates names, and stays
        assertTrue(levelsOf(engine.parse("Reagan Library, Clark Files, Haig / Gromyko Meetings 06/18/1982–06/19/1982.")).contains("Haig / Gromyko"));
    }

    @Test
    void aLotCitedWithNoRepositoryIsReadInTheUsSchemeAndStaysMissingArchive() {
        ArchivalCitation c = engine.parse("Marshall Mission Files, Lot 54–D270");
        assertEquals("series=Marshall Mission Files;lot=54–D270", levelsOf(c));
        assertFalse(c.valid());
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/missing-archive")), c.diagnostics().toString());
        assertEquals("series=Berlin Mission Files;lot=F–169;box=34", levelsOf(engine.parse("Berlin Mission Files: Lot F–169: Box 34")));
        // a Soviet-style citation with no archive is not read so
        assertEquals("fond=495;opis=201;delo=1", levelsOf(engine.parse("f. 495, op. 201, d. 1")));
    }

    @Test
    void anUnregisteredUkrainianArchiveWithUkrainianLabelsIsReadInTheUkrainianScheme() {
        ArchivalCitation c = engine.parse("Галузевий Архів Міністерства закордонних справ України, Фонд 1, Справа 7057");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("ua", c.scheme());
        assertEquals("fond=1;delo=7057", levelsOf(c));
    }
}
