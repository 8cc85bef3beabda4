package org.opis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opis.csl.CslJson;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class FidelityReportTest {

    private static final ObjectMapper M = new ObjectMapper();

    /** A Russian archival document and a web page with an archive, as a historian's export would carry them. */
    private static final String RECORDS = """
            [
              {"id": "rgaspi-495-201-1-1", "type": "manuscript",
               "title": "Zapisʹ besedy s poslom DRV v Albanii",
               "original-title": "Запись беседы с послом ДРВ в Албании",
               "archive": "RGASPI", "archive_location": "f. 495, op. 201, d. 1/1, l. 79",
               "archive-place": "Moscow", "archive_collection": "Komintern",
               "custom": {"shelfmark": "B 17"},
               "container-title": "Sbornik dokumentov",
               "note": "Memorandum of conversation"},
              {"id": "selivanov2021", "type": "article-journal", "title": "Moscow–Hanoi–Tirana Relations",
               "container-title": "Journal of Cold War Studies", "language": "en"},
              {"id": "pamphlet1963", "type": "pamphlet", "title": "Open letter",
               "editor": [{"family": "Beethoven", "dropping-particle": "van", "given": "Ludwig"}]}
            ]
            """;

    private static List<Reference> records() {
        ParsedRecords pr = CslJson.read(new SourceText("records.json", RECORDS));
        assertTrue(pr.diagnostics().isEmpty(), pr.diagnostics().toString());
        return pr.references();
    }

    private static Set<String> fields(FidelityReport r, String id, String consumer, String effect) {
        return r.records().stream().filter(x -> x.id().equals(id)).flatMap(x -> x.losses().stream())
                .filter(l -> l.consumer().equals(consumer) && l.effect().equals(effect))
                .map(FidelityReport.Loss::field).collect(Collectors.toSet());
    }

    @Test
    void tableNamesEveryZoteroBibtexImportLossOfTheIssueForBothBibtexTargets() {
        for (String target : List.of("bibtex", "biblatex")) {
            Set<String> lost = FidelityReport.rows().stream()
                    .filter(r -> r.target().equals(target) && r.consumer().equals("Zotero BibTeX import") && r.effect().equals("lost"))
                    .map(FidelityReport.Row::field).collect(Collectors.toSet());
            assertTrue(lost.containsAll(Set.of("archive", "archivelocation", "library", "addendum", "origtitle", "langid")),
                    target + ": " + lost);
            assertTrue(FidelityReport.rows().stream().anyMatch(r -> r.target().equals(target) && r.field().equals("note")
                    && r.effect().equals("moved") && r.detail().contains("child note")));
            assertTrue(FidelityReport.rows().stream().anyMatch(r -> r.target().equals(target) && r.consumer().equals("pandoc")
                    && r.field().equals("title") && r.effect().equals("changed") && r.when().equals("no-langid")));
        }
        assertTrue(FidelityReport.rows().stream().anyMatch(r -> r.target().equals("biblatex") && r.consumer().equals("biber")
                && r.field().equals("archive") && r.effect().equals("lost")));
    }

    @Test
    void everyRowHasASourceThatTheHeaderExplains() {
        for (FidelityReport.Row r : FidelityReport.rows()) {
            assertTrue(FidelityReport.TARGETS.contains(r.target()), r.toString());
            assertTrue(Set.of("lost", "changed", "moved").contains(r.effect()), r.toString());
            assertNotEquals(r.source(), FidelityReport.sourceText(r.source()), "no header line for " + r.source());
        }
    }

    @Test
    void cslJsonReportNamesWhatZoteroCslJsonImportDrops() {
        FidelityReport r = FidelityReport.of("csl-json", records());
        Set<String> lost = fields(r, "rgaspi-495-201-1-1", "Zotero CSL-JSON import", "lost");
        // archive-place, archive_collection, original-title and custom by name; container-title because Zotero's
        // Manuscript has no field for it (zotero-schema: manuscript has no publicationTitle).
        assertEquals(Set.of("archive-place", "archive_collection", "original-title", "custom", "container-title"), lost);
        assertEquals(Set.of("note"), fields(r, "rgaspi-495-201-1-1", "Zotero CSL-JSON import", "moved"));
        assertTrue(fields(r, "selivanov2021", "Zotero CSL-JSON import", "lost").isEmpty());
        // pamphlet: no Zotero type (becomes Document), and Document keeps editors but not name particles
        assertEquals(Set.of("type", "editor"), fields(r, "pamphlet1963", "Zotero CSL-JSON import", "changed"));
    }

    @Test
    void zoteroReportListsWhatWentToExtraInsteadOfLosses() {
        FidelityReport r = FidelityReport.of("zotero", records());
        assertTrue(fields(r, "rgaspi-495-201-1-1", "Zotero CSL-JSON import", "lost").isEmpty());
        assertEquals(Set.of("archive-place", "archive_collection", "original-title", "custom", "container-title"),
                fields(r, "rgaspi-495-201-1-1", "Zotero CSL-JSON import", "moved"));
        assertEquals(0, r.summary().lost());
    }

    @Test
    void biblatexReportNamesArchiveLossesForZoteroAndPandocTitleCasing() {
        FidelityReport r = FidelityReport.of("biblatex", records());
        Set<String> zotero = fields(r, "rgaspi-495-201-1-1", "Zotero BibTeX import", "lost");
        assertTrue(zotero.contains("library") || zotero.contains("archive"), zotero.toString());
        assertTrue(fields(r, "rgaspi-495-201-1-1", "pandoc", "changed").contains("title"));
        // an English title with a language is not reported for sentence casing
        assertFalse(fields(r, "selivanov2021", "pandoc", "changed").contains("title"));
    }

    @Test
    void biblatexReportRunsTheExporterAndNamesTheFieldsItWrote() {
        FidelityReport r = FidelityReport.of("biblatex", records());
        // opis's biblatex export writes archive as library, original-title as origtitle, language as langid;
        // Zotero's BibTeX import ignores all three.
        Set<String> zotero = fields(r, "rgaspi-495-201-1-1", "Zotero BibTeX import", "lost");
        assertTrue(zotero.containsAll(Set.of("library", "origtitle")), zotero.toString());
        assertEquals(Set.of("note"), fields(r, "rgaspi-495-201-1-1", "Zotero BibTeX import", "moved"));
        // and the exporter's own finding: biblatex has no field for archive-place and archive_collection
        assertTrue(fields(r, "rgaspi-495-201-1-1", "opis biblatex export", "lost").containsAll(Set.of("archive-place", "archive_collection")));
    }

    @Test
    void jsonHasTheDocumentedShape() {
        JsonNode j = FidelityReport.of("csl-json", records()).toJson();
        assertEquals(List.of("target", "records", "summary"), names(j));
        assertEquals("csl-json", j.path("target").asText());
        assertEquals(3, j.path("records").size());
        assertEquals(List.of("id", "losses"), names(j.path("records").get(0)));
        assertEquals(List.of("field", "effect", "consumer", "detail", "source"), names(j.path("records").get(0).path("losses").get(0)));
        assertTrue(j.path("records").get(0).path("losses").get(0).path("source").asText().contains("zotero/utilities"));
        assertEquals(List.of("records", "recordsWithLosses", "lost", "changed", "moved", "byConsumer"), names(j.path("summary")));
        assertEquals(0, j.path("records").get(1).path("losses").size());
    }

    @Test
    void summaryLineCountsRecordsAndEffects() {
        String line = FidelityReport.summaryLine("csl-json", records());
        assertTrue(line.startsWith("fidelity (csl-json): the file holds what opis writes"), line);
        assertTrue(line.contains("readers ignore or alter fields of 2 of 3 records"), line);
        assertTrue(line.contains("5 lost, 2 changed, 1 moved"), line);
        assertTrue(FidelityReport.summaryLine("zotero", List.of()).contains("all 0 records"));
    }

    @Test
    void textReportPointsAtEachRecordAndExplainsSources() {
        String text = FidelityReport.of("csl-json", records()).toText("records.json");
        assertTrue(text.contains("records.json:2:3: rgaspi-495-201-1-1"), text);
        assertTrue(text.contains("lost    original-title"), text);
        assertTrue(text.contains("[ZCSL] github.com/zotero/utilities"), text);
        assertFalse(text.contains("selivanov2021"), text);
    }

    @Test
    void unknownTargetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FidelityReport.of("ris", records()));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
