package org.opis.archival;

import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citation that names no archive takes it from the nearest earlier citation or from the note's list of archives. */
class ContextTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static List<String> codes(ArchivalCitation c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void rosarkhivEnglishLabelsTakeTheArchiveOfTheEarlierCitation() {
        ArchivalCitation first = engine.parse("RGASPI, f. 558, op. 11, d. 97, l. 3");
        ArchivalCitation c = engine.parseInContext("Coll. 17, ser. 162, fold. 4, ff. 1–3", Optional.of(first), List.of());
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("RGASPI", c.archive().orElseThrow().id());
        assertEquals(List.of("archival/archive-from-context"), codes(c));
        Diagnostic d = c.diagnostics().get(0);
        assertEquals(Severity.INFO, d.severity());
        assertTrue(d.message().contains("RGASPI, f. 558"), d.message()); // says where the archive came from
        // the fond is given, so nothing else is inherited
        assertEquals("17", c.value("fond").orElseThrow());
        assertEquals("162", c.value("opis").orElseThrow());
        assertEquals("RGASPI, f. 17, op. 162, d. 4, ll. 1–3", c.english());
    }

    @Test
    void theNotesListOfArchivesSuppliesTheArchiveWhenNoCitationCameBefore() {
        ArchiveEntry garf = engine.registry().byId("GARF").orElseThrow();
        ArchivalCitation c = engine.parseInContext("f. R-9401, op. 2, d. 64, l. 12", Optional.empty(), List.of(garf));
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("GARF", c.archive().orElseThrow().id());
        assertTrue(c.diagnostics().get(0).message().contains("list of archives"));
    }

    @Test
    void withoutContextANamelessCitationStillLacksItsArchive() {
        ArchivalCitation c = engine.parseInContext("f. 17, op. 3, d. 5", Optional.empty(), List.of());
        assertFalse(c.valid());
        assertEquals(List.of("archival/missing-archive"), codes(c));
        // a list of several archives does not say which one is meant
        List<ArchiveEntry> two = List.of(engine.registry().byId("GARF").orElseThrow(), engine.registry().byId("RGASPI").orElseThrow());
        assertEquals(List.of("archival/missing-archive"), codes(engine.parseInContext("f. 17, op. 3, d. 5", Optional.empty(), two)));
    }

    @Test
    void aCitationNamingItsArchiveIgnoresTheContext() {
        ArchivalCitation first = engine.parse("RGASPI, f. 558, op. 11, d. 97, l. 3");
        ArchivalCitation c = engine.parseInContext("GARF, f. R-5446, op. 1, d. 5", Optional.of(first), List.of());
        assertEquals("GARF", c.archive().orElseThrow().id());
        assertEquals(List.of(), codes(c));
    }

    @Test
    void aStasiContinuationInheritsTheProvenanceAndUnit() {
        ArchivalCitation first = engine.parse("BStU, MfS, ZAIG 1081, Bl. 8–16");
        ArchivalCitation c = engine.continueFrom(first, "Bl. 20");
        assertEquals("BStU", c.archive().orElseThrow().id());
        assertEquals("20", c.value("list").orElseThrow());
        assertEquals("MfS", c.value("provenance").orElseThrow());
    }
}
