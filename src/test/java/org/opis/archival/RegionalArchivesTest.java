package org.opis.archival;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regional archives generated from the table of regions (regions.tsv): schema, generation, lookups. */
class RegionalArchivesTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    @Test
    void everyRowHasItsFieldsAndASource() {
        List<RegionalArchives.Region> rows = RegionalArchives.regions();
        assertTrue(rows.size() >= 60, "rows: " + rows.size());
        Set<String> seen = new HashSet<>();
        for (RegionalArchives.Region r : rows) {
            assertTrue(r.country().matches("[A-Z]{2}"), r.toString());
            assertTrue(Set.of("oblast", "krai", "republic", "okrug", "autonomous-oblast", "city").contains(r.kind()), r.toString());
            assertTrue(seen.add(r.country() + r.genitive()), "duplicate row " + r);
            assertFalse(r.english().isBlank(), r.toString());
            assertTrue(r.source().startsWith("http") || r.source().contains("https://"), "source: " + r);
            assertTrue(r.state().matches("auto|-|[A-Za-z]+:.+"), r.toString());
            assertTrue(r.party().matches("-|[A-Za-z]+:.+"), r.toString());
        }
        // every row's patterns resolve (an unknown pattern or a missing letter code throws)
        assertFalse(RegionalArchives.generated().isEmpty());
    }

    @Test
    void acronymsAreMadeFromTheRegionTableAndTransliterated() {
        assertEquals("GAVlO", RegionalArchives.latin("ГАВлО"));
        assertEquals("TsDNI OO", RegionalArchives.latin("ЦДНИ ОО"));
        assertEquals("GATiumO", RegionalArchives.latin("ГАТюмО"));
        RegionalArchives.Region lipetsk = RegionalArchives.regions().stream()
                .filter(r -> r.genitive().equals("Липецкой области")).findFirst().orElseThrow();
        assertEquals("ГАЛО", RegionalArchives.auto(lipetsk));
    }

    @Test
    void everyAddedEntryComesFromTheTableAndEveryRowIsInTheRegistry() {
        Set<String> english = new HashSet<>();
        for (ArchiveEntry g : RegionalArchives.generated()) english.add(g.english());
        for (ArchiveEntry g : RegionalArchives.generated()) {
            String bare = g.english().replace(" (former party archive)", "");
            assertTrue(engine.registry().entries().stream().anyMatch(e -> e.english().replace(" (former party archive)", "").equalsIgnoreCase(bare)),
                    "not in the registry: " + g.english());
        }
    }

    @Test
    void generatedArchivesAreFoundByAcronymAndByName() {
        ArchivalCitation byAcronym = engine.parse("ГАНИЛО. Ф. П-1. Оп. 1. Д. 5. Л. 3.");
        assertEquals("State Archive of Contemporary History of Lipetsk Oblast (former party archive)",
                byAcronym.archive().map(ArchivalCitation.ArchiveRef::name).orElse(""));
        assertTrue(byAcronym.valid(), byAcronym.diagnostics().toString());
        ArchivalCitation byName = engine.parse("Государственный архив Брянской области, ф. Р-1, оп. 1, д. 2");
        assertEquals("State Archive of Bryansk Oblast", byName.archive().map(ArchivalCitation.ArchiveRef::name).orElse(""));
        // a region's acronym is added to the archive already registered for it (ЦГАКО, Kirov)
        ArchivalCitation merged = engine.parse("ЦГАКО, ф. 1375, оп. 1, д. 200");
        assertEquals("GAKO-Kirov", merged.archive().map(ArchivalCitation.ArchiveRef::id).orElse(""));
        // a Russian name of a Ukrainian oblast archive, abbreviated ("Гос." folds with "Государственный" in the name key)
        ArchivalCitation russianName = engine.parse("Гос. архив Винницкой области, ф. Р-6023, оп. 4, д. 17761");
        assertEquals("DAVinO", russianName.archive().map(ArchivalCitation.ArchiveRef::id).orElse(""));
        // the same acronym in two regions is ambiguous, a warning
        ArchivalCitation shared = engine.parse("ГАСПИ КО, ф. 1, оп. 1, д. 2");
        assertTrue(shared.diagnostics().stream().anyMatch(d -> d.code().equals("archival/ambiguous-archive")), shared.diagnostics().toString());
        assertTrue(shared.valid());
    }

    @Test
    void anAcronymOfAnotherCountrysArchiveIsNotLentToAGeneratedOne() {
        // НА РА (Adygea) transliterates to NA RA; NARA stays the US archive alone
        ArchivalCitation c = engine.parse("NARA, RG 59, Lot 66 D 487");
        assertEquals("NARA", c.archive().map(ArchivalCitation.ArchiveRef::id).orElse(""));
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.code().equals("archival/ambiguous-archive")));
    }

    @Test
    void okrugsTheJewishAutonomousOblastMissingRepublicsAndSevastopolAreRegistered() {
        // round 12: the autonomous okrugs, the Jewish Autonomous Oblast, the republics the table lacked and Sevastopol
        for (String c : List.of("Государственный архив Югры, ф. 1, оп. 1, д. 2", "Государственный архив Ямало-Ненецкого автономного округа, ф. 1, оп. 1, д. 2",
                "Государственный архив города Севастополя, ф. Р-79, оп. 2, д. 12, л. 4", "ГАРК. Ф. Р-1. Оп. 1. Д. 5. Л. 3.", "ГАЕАО, ф. 1, оп. 1, д. 1",
                "Государственный архив Карачаево-Черкесской Республики, ф. 1, оп. 1, д. 2")) {
            ArchivalCitation a = engine.parse(c);
            assertTrue(a.archive().isPresent() && a.archive().get().known(), c + " " + a.diagnostics());
            assertTrue(a.valid() && a.diagnostics().isEmpty(), c + " " + a.diagnostics());
        }
        // status S only where a page showing the official name was read (the row's source says "[S: …]")
        java.util.Map<String, String> status = new java.util.HashMap<>();
        for (ArchiveEntry e : RegionalArchives.generated()) status.put(e.english(), e.status());
        assertEquals("S", status.get("State Archive of the Khanty-Mansi Autonomous Okrug – Yugra"));
        assertEquals("S", status.get("State Archive of the Republic of Crimea"));
        assertEquals("S", status.get("State Archive of the City of Sevastopol"));
        assertEquals("U", status.get("State Archive of the Nenets Autonomous Okrug"));
    }
}
