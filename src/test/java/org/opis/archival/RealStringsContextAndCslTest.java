package org.opis.archival;

import de.undercouch.citeproc.csl.CSLItemData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opis.archival.ArchivalFixtures.tsv;

/**
 * Context and the CSL mapping on the real strings of round 9 (real-citations-r9.tsv), schemes the
 * earlier tests had few real strings of: a citation that continues another in the same field takes
 * its archive from it and says so; every valid citation of a registered archive gives CSL
 * {@code archive}, {@code archive-place} (when the registry knows the city) and
 * {@code archive_location}. The exact values below were written from the strings and the archives'
 * conventions, not copied from the engine.
 */
class RealStringsContextAndCslTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private Map<String, ArchivalCitation> readAll(List<String> bad) {
        Map<String, ArchivalCitation> byId = new HashMap<>();
        for (String[] f : tsv("real-citations-r9.tsv")) {
            ArchivalCitation c;
            if (f[9].equals("-")) {
                c = engine.parse(f[1]);
            } else {
                ArchivalCitation ante = byId.get(f[9]);
                c = engine.parseInContext(f[1], Optional.of(ante), List.of());
                if (!c.valid()) bad.add(f[0] + " not valid in context: " + c.diagnostics());
                if (!c.archive().equals(ante.archive())) bad.add(f[0] + " archive " + c.archive() + " not the antecedent's " + ante.archive());
                if (c.diagnostics().stream().noneMatch(d -> d.code().equals("archival/archive-from-context"))) {
                    bad.add(f[0] + " does not say that its archive came from the context");
                }
            }
            byId.put(f[0], c);
        }
        return byId;
    }

    @Test
    void continuationsTakeTheArchiveFromTheCitationBefore() {
        List<String> bad = new ArrayList<>();
        Map<String, ArchivalCitation> all = readAll(bad);
        assertEquals(List.of(), bad);
        // "д. 3504 (1860)" after "РГВИА: ф. 14877, оп. 1, д. 2049 (1854)": the fond and opis too
        assertEquals(Optional.of("14877"), all.get("n24").level("fond").map(Level::value));
        assertEquals(Optional.of("1"), all.get("n24").level("opis").map(Level::value));
    }

    @Test
    void everyValidCitationOfARegisteredArchiveHasItsCslArchiveFields() {
        List<String> bad = new ArrayList<>();
        Map<String, ArchivalCitation> all = readAll(new ArrayList<>());
        for (Map.Entry<String, ArchivalCitation> e : all.entrySet()) {
            ArchivalCitation c = e.getValue();
            if (!c.valid() || c.archive().isEmpty() || !c.archive().get().known()) continue;
            CSLItemData item = ArchivalCsl.item(c, e.getKey(), Optional.empty());
            Optional<String> place = ArchiveRegistry.place(c.archive().get().id());
            if (item.getArchive() == null || item.getArchive().isBlank()) bad.add(e.getKey() + " no archive");
            if (item.getArchiveLocation() == null || item.getArchiveLocation().isBlank()) bad.add(e.getKey() + " no archive_location");
            if (place.isPresent() && !place.get().equals(item.getArchivePlace())) {
                bad.add(e.getKey() + " archive-place " + item.getArchivePlace() + " (registry: " + place.get() + ")");
            }
        }
        assertEquals(List.of(), bad);
    }

    private CSLItemData csl(String citation) {
        ArchivalCitation c = engine.parse(citation);
        assertTrue(c.valid(), citation + " " + c.diagnostics());
        return ArchivalCsl.item(c, "x", Optional.empty());
    }

    @Test
    void cslValuesOfSchemesWithNewRealStrings() {
        CSLItemData vn = csl("Trung tâm Lưu trữ quốc gia III (Phông Phủ Thủ tướng, hồ sơ 586)");
        assertEquals("VNA III", vn.getArchive());
        assertEquals("Hanoi", vn.getArchivePlace());
        assertEquals("Phủ Thủ tướng fond, file 586", vn.getArchiveLocation());

        CSLItemData tna = csl("The National Archives, Kew (FO 371/1160)");
        assertEquals("TNA", tna.getArchive());
        assertEquals("Kew", tna.getArchivePlace());
        assertEquals("FO 371/1160", tna.getArchiveLocation());

        CSLItemData cz = csl("Archiv hlavního města Prahy, Sbírka rukopisů, inv. č. 7916");
        assertEquals("AHMP", cz.getArchive());
        assertEquals("Prague", cz.getArchivePlace());
        assertEquals("f. Sbírka rukopisů, inv. č. 7916", cz.getArchiveLocation());

        CSLItemData fr = csl("SHD, GR 8YD");
        assertEquals("SHD", fr.getArchive());
        assertEquals("GR 8YD", fr.getArchiveLocation());

        CSLItemData us = csl("National Archives, RG 59, S/S–NSC Files: Lot 63 D 351, Box 12.");
        assertEquals("NARA", us.getArchive());
        assertEquals("RG 59, S/S–NSC Files, Lot 63 D 351, Box 12", us.getArchiveLocation());

        // a fond number with a hyphen is an identifier, not a range of fonds
        assertEquals("f. 14-5, ed. khr. 424", csl("ІМФЕ, ф. 14-5, од. зб. 424, арк. 136-137").getArchiveLocation());
        // an archive the registry does not know keeps its written name, with no place
        CSLItemData unknown = csl("SOA Plzeň, pracoviště Klášter u Nepomuka, RA Trauttmansdorffů, inv. č. 200, karton 9");
        assertEquals("SOA Plzeň", unknown.getArchive());
        assertEquals(null, unknown.getArchivePlace());
        assertEquals("f. RA Trauttmansdorffů, inv. č. 200, kart. 9", unknown.getArchiveLocation());
    }
}
