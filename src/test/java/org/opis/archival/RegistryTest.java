package org.opis.archival;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive registry: acronyms in both scripts, former names, full names in any transliteration, declared archives. */
class RegistryTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();
    private final ArchiveRegistry registry = engine.registry();

    private String id(String written) {
        ArchiveRegistry.Match m = registry.lookup(written);
        assertTrue(m.found(), written);
        return m.candidates().get(0).id();
    }

    @Test
    void acronymsMatchWithAndWithoutSpacesInBothScripts() {
        assertEquals("AVP RF", id("AVP RF"));
        assertEquals("AVP RF", id("AVPRF"));
        assertEquals("AVP RF", id("АВП РФ"));
        assertEquals("GARF", id("GA RF"));
        assertEquals("GARF", id("ГА РФ"));
        assertEquals("GARF", id("ГАРФ"));
        assertEquals("AQSH", id("A.Q.SH"));
        assertEquals("AQSH", id("AQSH of RSH"));
        assertEquals("AQSH", id("AQSH i RPSSH"));
    }

    @Test
    void formerNamesLeadToTheCurrentArchive() {
        assertEquals("RGASPI", id("RTsKhIDNI"));
        assertEquals("RGASPI", id("TsPA IML"));
        assertEquals("RGANI", id("TsKhSD"));
        assertEquals("GARF", id("TsGAOR SSSR"));
        assertEquals("GARF", id("TsGAOR (SSSR)"));
        assertEquals("GARF", id("TsGA RSFSR"));
        assertEquals("RGALI", id("TsGALI"));
        assertEquals("RGIA", id("TsGIA"));
        assertEquals("RGADA", id("TsGADA"));
        assertTrue(registry.lookup("TsKhSD").former().isPresent());
        assertFalse(registry.lookup("RGANI").former().isPresent());
    }

    @Test
    void fullNamesMatchInLibraryOfCongressSeedAndCyrillicSpelling() {
        assertEquals("RGASPI", id("Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii"));
        assertEquals("RGASPI", id("Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii"));
        assertEquals("RGANI", id("Rossijskij gosudarstvennyj arhiv novejshej istorii"));
        assertEquals("AVP RF", id("Arhiv vneshnej politiki Rossijskoj Federacii"));
        assertEquals("RGIA", id("Российский государственный исторический архив"));
        assertEquals("RGASPI", id("Russian State Archive of Socio-Political History"));
        assertEquals("RGIA", id("Rossiiskii gosudarstvennyi istoricheskii arkhiv (RGIA)"));
    }

    @Test
    void everyArchiveOfTheSpecIsRegistered() {
        for (String a : List.of("GARF", "RGASPI", "RGANI", "AP RF", "AVP RF", "AVPRI", "RGAE", "RGVA", "RGVIA", "TsAMO",
                "TsA FSB", "RGALI", "RGIA", "RGADA", "RGANTD", "RGAKFD", "AQSH", "AQFA", "ГАТО", "ГУ ОГАЧО", "ПермГАСПИ", "ГАСПИТО")) {
            assertTrue(registry.lookup(a).found(), a);
        }
    }

    @Test
    void regionalAcronymGasoIsAmbiguous() {
        ArchiveRegistry.Match m = registry.lookup("ГАСО");
        assertTrue(m.ambiguous());
        ArchivalCitation c = engine.parse("ГАСО. Ф. Р-1. Оп. 1. Д. 1. Л. 1.");
        assertEquals(List.of("archival/ambiguous-archive"), c.diagnostics().stream().map(Diagnostic::code).toList());
    }

    private static Reference declared(String id, String title, String raw) {
        return CslRecords.reference(id, new CSLItemDataBuilder().id(id).type(CSLType.MANUSCRIPT).title(title).build(),
                Span.at(333, 1), raw, List.of(), true, Map.of());
    }

    @Test
    void theNotesDeclaredArchivesMatchRegistryEntries() {
        List<Reference> refs = List.of(
                declared("avprf", "Arhiv vneshnej politiki Rossijskoj Federacii",
                        "Arhiv vneshnej politiki Rossijskoj Federacii [Archive of Foreign Policy of the Russian Federation] (AVP RF)."),
                declared("rgani", "Rossijskij gosudarstvennyj arhiv novejshej istorii",
                        "Rossijskij gosudarstvennyj arhiv novejshej istorii [Russian State Archive of Contemporary History] (RGANI)."),
                declared("rgaspi", "Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii",
                        "Rossijskij gosudarstvennyj arhiv social'no-politicheskoy istorii [Russian State Archive of Socio-Political History] (RGASPI)."));
        ArchivalEngine note = engine.withDeclared(refs);
        assertEquals(registry.entries().size(), note.registry().entries().size(), "no new entries: all three are known");
        assertEquals("AVP RF", note.parse("AVP RF, f. 79, op. 34, d. 16, l. 75").archive().orElseThrow().id());
    }

    @Test
    void anUnknownDeclaredArchiveExtendsTheRegistryForThatNoteOnly() {
        Reference r = declared("uma", "Ukrainian Museum-Archives", "Ukrainian Museum-Archives (UMA).");
        ArchivalEngine note = engine.withDeclared(List.of(r));
        ArchivalCitation c = note.parse("UMA, f. 89, op. 1, d. 2, l. 3");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("UMA", c.archive().orElseThrow().id());
        // without the declaration the same citation is still valid: an unregistered archive is an info finding
        ArchivalCitation bare = engine.parse("UMA, f. 89, op. 1, d. 2, l. 3");
        assertEquals(List.of("archival/unregistered-archive"), bare.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(bare.valid());
    }

    @Test
    void anArchiveOfOneSchemeHoldingRecordsCitedInAnotherIsReadInTheLabelsScheme() {
        // the Hoover Institution (registered with the US scheme) holds copies of Soviet party fonds
        ArchivalCitation c = engine.parse("HIA, f. 89, op. 1, d. 2, l. 3");
        assertTrue(c.valid(), c.diagnostics().toString());
        assertEquals("HIA", c.archive().orElseThrow().id());
        assertEquals("ru", c.scheme());
    }

    @Test
    void lookAlikeLettersInFondNumbersCompareEqual() {
        assertTrue(Values.sameNumber("Р-9478", "R-9478"));
        assertTrue(Values.sameNumber("Р9478", "R-9478"));
        assertFalse(Values.sameNumber("П-9248", "R-9248"));
        Level cyr = engine.parse("ГАРФ. Ф. Р-9478. Оп. 1. Д. 2. Л. 3.").level("fond").orElseThrow();
        Level lat = engine.parse("GARF, f. R-9478, op. 1, d. 2, l. 3").level("fond").orElseThrow();
        assertTrue(cyr.sameValue(lat));
    }
}
