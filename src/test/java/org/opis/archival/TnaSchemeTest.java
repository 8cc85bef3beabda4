package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;

import java.util.List;

import static org.opis.archival.ArchivalFixtures.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The National Archives (UK): catalogue references (INF 3/108, per TNA's citing guide and the Zotero TNA test) and folios. */
class TnaSchemeTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void catalogueReferenceSplitsIntoDepartmentSeriesPiece() {
        ArchivalCitation c = engine.parse("The National Archives (TNA), INF 3/108");
        assertEquals("tna", c.scheme());
        assertEquals("TNA", c.archive().orElseThrow().id());
        assertEquals(List.of("department=INF", "series=3", "piece=108"), levels(c));
        assertEquals(List.of(), c.diagnostics());
        assertEquals("TNA, INF 3/108", c.english());
        assertTrue(c.gost().isEmpty());
    }

    @Test
    void foliosAfterTheReferenceAndPagesAreNoDefectHere() {
        ArchivalCitation c = engine.parse("TNA: PRO, FO 371/135812, ff. 12-15");
        assertEquals(List.of("department=FO", "series=371", "piece=135812", "list=12–15"), levels(c));
        assertEquals(List.of("archival/hyphen-range"), c.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("TNA, FO 371/135812, ff. 12–15", c.english());
        ArchivalCitation pages = engine.parse("TNA, FO 371/135812, pp. 3–4");
        assertTrue(pages.valid());
        assertEquals("TNA, FO 371/135812, pp. 3–4", pages.english());
    }

    @Test
    void publicRecordOfficeIsTheFormerName() {
        ArchivalCitation c = engine.parse("PRO, INF 3/108");
        assertEquals(List.of("archival/former-name"), c.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("TNA, INF 3/108", c.diagnostics().get(0).fix().orElseThrow());
    }

    @Test
    void aRussianLabelInATnaCitationIsUnknown() {
        ArchivalCitation c = engine.parse("TNA, FO 371/135812, d. 5");
        assertEquals(List.of("archival/label-typo"), c.diagnostics().stream().map(Diagnostic::code).toList());
    }
}
