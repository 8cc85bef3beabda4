package org.opis.archival;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/**
 * The forms the round-16 real strings (real-citations-r16.tsv: FRUS source notes, Bundesarchiv signatures) showed,
 * each checked on a real string of the corpus; the values are read off the source text, not off the engine.
 */
class Round16FormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static boolean has(ArchivalCitation c, String code) {
        return c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/" + code));
    }

    @Test
    void aFileDesignationAfterTheCentralFilesIsTheFile() {
        // frus1961-63v15/d171: a subject-numeric file with no number
        assertEquals("series=Central Files;file=POL US–USSR", levelsOf(engine.parse("Department of State, Central Files, POL US–USSR.")));
        // frus1964-68v29p1/d368: a country pair with no category word, after the block of years
        assertEquals("record-group=59;series=Central Files;year=1964–66;file=JAPAN–KOR S",
                levelsOf(engine.parse("National Archives and Records Administration, RG 59, Central Files 1964–66, JAPAN–KOR S.")));
        // frus1969-76ve09p2/d33: a box between the central files and the file, and the document's date
        assertEquals("record-group=59;series=Central Files;year=1970–73;box=2432;file=POL Kuwait;year=1/1/1970",
                levelsOf(engine.parse("National Archives, RG 59, Central Files, 1970–73, Box 2432, POL Kuwait, 1/1/1970.")));
        // frus1964-68v11/d145: a category the subject-numeric list does not name
        assertEquals("series=Central Files;file=SP 4", levelsOf(engine.parse("Department of State, Central Files, SP 4.")));
        // an office before its lot is not a file (frus1969-76ve11p1/d393), and a system's name is not one either (frus1989-92v31/d20)
        assertEquals("record-group=59;series=Central Files;year=1970–1973;series=ARA/CAR;lot=75D393;file=POL 7 Visits and Meetings",
                levelsOf(engine.parse("National Archives, RG 59, Central Files, 1970–1973, ARA/CAR, Lot 75D393, POL 7 Visits and Meetings.")));
        assertEquals("series=Central Foreign Policy File;series=STARS;document=89170489",
                levelsOf(engine.parse("Department of State, Central Foreign Policy File, STARS, Document Number 89170489.")));
        // a name after another collection's "Central Files" is no file: the rule reads only the files of that name
        assertFalse(levelsOf(engine.parse("Carter Library, White House Central Files, Subject File, Federal Government, International Communication Agency, Executive, Box FG–217, FG 298 1/20/77–12/31/78."))
                .contains("file="));
    }

    @Test
    void decimalClassesWithALetterAndFilmNumbersWithADash() {
        assertEquals("series=Central Files;decimal-file=751G.00/3–155", levelsOf(engine.parse("Department of State, Central Files, 751G.00/3–155.")));
        // the normal form writes the date item's hyphen as an en dash; the name suffix keeps its hyphen
        assertEquals("series=Central Files;decimal-file=711.11-KE/1–2161", levelsOf(engine.parse("Department of State, Central Files, 711.11-KE/1-2161.")));
        assertEquals("record-group=59;series=Central Foreign Policy Files;file=P–860122–0281",
                levelsOf(engine.parse("National Archives, RG 59, Central Foreign Policy Files, P–860122–0281.")));
    }

    @Test
    void recordsCenterAccessionsAndDatedFolders() {
        assertEquals("record-group=330;series=OSD /Admin Files;series=FRC 73A 1304;series=Laos 381;year=1968",
                levelsOf(engine.parse("Washington National Records Center, RG 330, OSD /Admin Files: FRC 73A 1304, Laos 381, 1968")));
        ArchivalCitation c = engine.parse("Washington National Records Center, Department of the Treasury, Files of Under Secretary Volcker: FRC 56 79 15, CIEP.");
        assertTrue(c.valid(), c.diagnostics().toString()); // was: three label-less numbers read as a fond and leaves
        assertEquals("record-group=330;series=OSD Files;series=FRC 72 A 2468;series=Indian Ocean 323.3;year=24 Feb. 67",
                levelsOf(engine.parse("Washington National Records Center, RG 330, OSD Files: FRC 72 A 2468, Indian Ocean 323.3, 24 Feb. 67.")));
        assertEquals("series=Executive Secretariat;series=NSC;series=Country File;series=USSR;year=04/09/1981–07/13/1981",
                levelsOf(engine.parse("Reagan Library, Executive Secretariat, NSC: Country File: USSR, (04/09/1981–07/13/1981).")));
    }

    @Test
    void papersWrittenInLowerCaseOrBeforeTheirOwner() {
        for (String s : List.of("Truman Library, Acheson papers", "Truman Library, Papers of Harry S. Truman",
                "Johnson Library, Office Files of Harry McPherson, Memoranda for the President, 1967.")) {
            ArchivalCitation c = engine.parse(s);
            assertTrue(c.valid(), s + " " + c.diagnostics());
        }
        assertEquals("series=Papers of Samuel I. Rosenman;series=Subject File— OSS;year=1946",
                levelsOf(engine.parse("Truman Library, Papers of Samuel I. Rosenman , Subject File— OSS , 1946.")));
        // a space before the final period, as printed, is not part of the last value
        assertEquals("series=IO Files;lot=60 D 113;series=Studies US Policy re UN",
                levelsOf(engine.parse("Department of State, IO Files: Lot 60 D 113, Studies US Policy re UN .")));
    }

    @Test
    void aUniversityArchiveAndTheManuscriptDivision() {
        ArchivalCitation c = engine.parse("University of Montana, Mansfield Papers, Series XXII, Box 107, Vietnam.");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(has(c, "unregistered-archive"));
        assertEquals("series=Mansfield Papers;series=Series XXII;box=107;series=Vietnam", levelsOf(c));
        ArchivalCitation loc = engine.parse("Library of Congress, Manuscript Division, Harriman Papers, IJKL.");
        assertEquals("LOC MD", loc.archive().orElseThrow().id());
        assertEquals("series=Harriman Papers;series=IJKL", levelsOf(loc)); // the division is the archive's, not a series
    }

    @Test
    void anIbidContinuationInASegmentScheme() {
        // frus1961-63v06/d15's remark: "Another copy is in Department of State, Central Files, 761.13/5-1661. A copy of the
        // Russian-language text is ibid., Presidential Correspondence: Lot 66 D 204."
        ArchivalCitation first = engine.parse("Department of State, Central Files, 761.13/5-1661.");
        ArchivalCitation c = engine.continueFrom(first, "ibid., Presidential Correspondence: Lot 66 D 204.");
        assertEquals("DOS", c.archive().orElseThrow().id());
        assertEquals("series=Presidential Correspondence;lot=66 D 204", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
    }

    @Test
    void bundesarchivSignaturesWithSpacesAfterTheSlashesAndVolumes() {
        // EHRI's copy of the DY 30 fonds description
        ArchivalCitation c = engine.parse("BArch DY 30/ J IV 2/3/ 876");
        assertEquals("BArch", c.archive().orElseThrow().id());
        assertTrue(c.valid(), c.diagnostics().toString());
        assertTrue(levelsOf(c).startsWith("bestand=DY 30;file=J IV 2/3/"), levelsOf(c));
        // a volume (Bd., Band) of a PA AA file series is its own level, written back as "Bd."
        ArchivalCitation v = engine.parse("PA AA, B 10 (Abteilung 2), Bd. 1709");
        assertTrue(levelsOf(v).endsWith("volume=1709"), levelsOf(v));
        assertTrue(v.english().contains("Bd. 1709"), v.english());
    }
}
