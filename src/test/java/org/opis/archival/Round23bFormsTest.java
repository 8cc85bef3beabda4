package org.opis.archival;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.archiveOf;
import static org.opis.archival.ArchivalFixtures.levelsOf;

/** The forms the second wave of round 23 taught the reader, each on a real string of the fixtures (expected values read off the source). */
class Round23bFormsTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void aPolishCollectionNamedFirstWithoutALabelIsTheFondAndStaysUnlabelled() {
        // the National Archives in Kraków's exhibition caption: the parchment collection (zespół), then the signature
        ArchivalCitation c = engine.parse("ANK, Zbiór dokumentów pergaminowych, sygn. Perg. 87");
        assertEquals("ANK", archiveOf(c));
        assertEquals("fond=Zbiór dokumentów pergaminowych;signature=Perg. 87", levelsOf(c));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("ANK, Zbiór dokumentów pergaminowych, sygn. Perg. 87", c.english());
        // a fond written with its label keeps it; one written bare stays bare (AGAD's Crown Treasury Archive, ASK)
        assertEquals("AAN, zesp. KC PZPR, sygn. 237/V-4", engine.parse("AAN, zesp. KC PZPR, sygn. 237/V-4").english());
        assertEquals("AGAD, ASK, sygn. 1/7/0/9/4", engine.parse("AGAD ASK 1/7/0/9/4").english());
    }
}
