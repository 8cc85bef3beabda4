package org.opis.csl;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class ZoteroCslJsonTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static List<Reference> fixture() throws IOException {
        try (InputStream in = ZoteroCslJsonTest.class.getResourceAsStream("zotero/records.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ParsedRecords pr = CslJson.read(new SourceText("records.json", text));
            assertTrue(pr.diagnostics().isEmpty(), pr.diagnostics().toString());
            return pr.references();
        }
    }

    private static JsonNode itemTypesData() throws IOException {
        try (InputStream in = ZoteroItemTypes.class.getResourceAsStream("zotero/item-types.json")) {
            return M.readTree(in);
        }
    }

    private static JsonNode written(List<Reference> refs) throws IOException {
        return M.readTree(ZoteroCslJson.write(refs, ZoteroCslJson.Options.DEFAULT));
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode n : array) if (n.path("id").asText().equals(id)) return n;
        fail("no item " + id);
        return null;
    }

    @Test
    void dataFileRecordsZoteroSchemaFactsForArchivalTypes() throws IOException {
        JsonNode data = itemTypesData();
        assertTrue(data.path("source").path("schema").asText().contains("zotero/zotero-schema/blob/5eedf4402ea6e7393eaf16902b63f572f48707a7"));
        // Facts read by hand from zotero-schema schema.json (version 41): Manuscript and Document have Archive and
        // Loc. in Archive; Web Page has neither; only Book and Book Section have Original Date.
        JsonNode manuscript = data.path("itemTypes").path("manuscript");
        List<String> fields = new ArrayList<>();
        manuscript.path("fields").forEach(f -> fields.add(f.asText()));
        assertTrue(fields.containsAll(List.of("title", "manuscriptType", "archive", "archiveLocation", "extra")));
        assertFalse(fields.contains("originalDate"));
        assertEquals("archiveLocation", manuscript.path("variables").path("archive_location").asText());
        assertEquals("manuscriptType", manuscript.path("variables").path("genre").asText());
        assertFalse(manuscript.path("variables").has("original-title"));
        assertFalse(manuscript.path("names").has("editor"));
        JsonNode webpage = data.path("itemTypes").path("webpage");
        assertFalse(webpage.path("variables").has("archive"));
        assertFalse(webpage.path("variables").has("archive_location"));
        assertEquals("originalDate", data.path("itemTypes").path("book").path("variables").path("original-date").asText());
        assertEquals("manuscript", data.path("cslTypes").path("manuscript").asText());
        assertEquals("newspaperArticle", data.path("cslTypes").path("article-newspaper").asText());
        assertEquals("webpage", data.path("cslTypes").path("webpage").asText());
        assertEquals("document", data.path("unknownCslType").asText());
    }

    @Test
    void everyFieldWrittenIsValidForTheItemsZoteroType() throws IOException {
        JsonNode data = itemTypesData();
        JsonNode out = written(fixture());
        Map<String, String> expectedType = Map.of("rgaspi-495-201-1-1", "manuscript", "hoxha1981", "book",
                "pravda1962", "newspaperArticle", "wilson-doc", "webpage", "brochure1963", "document");
        assertEquals(5, out.size());
        for (JsonNode item : out) {
            String id = item.path("id").asText();
            String zoteroType = expectedType.get(id);
            JsonNode type = data.path("itemTypes").path(zoteroType);
            assertEquals(type.path("cslType").asText(), item.path("type").asText(), id);
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals("id") || key.equals("type") || key.equals("note")) continue;
                boolean valid = type.path("variables").has(key) || type.path("names").has(key);
                assertTrue(valid, id + ": " + key + " is not kept by Zotero's " + zoteroType);
            }
        }
    }

    @Test
    void nothingIsDroppedEveryVariableIsAFieldOrAnExtraLine() throws IOException {
        for (Reference r : fixture()) {
            JsonNode strict = CslJson.item(r);
            JsonNode z = ZoteroCslJson.convert(r).json();
            String note = z.path("note").asText("");
            for (Iterator<String> it = strict.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals("id") || key.equals("note") || key.equals("type")) continue;
                assertTrue(z.has(key) || note.contains(key + ": "), r.id() + ": " + key + " lost");
            }
        }
    }

    @Test
    void variablesZoteroWouldDropBecomeExtraLinesFirstThenTheNote() throws IOException {
        JsonNode m = byId(written(fixture()), "rgaspi-495-201-1-1");
        assertEquals("RGASPI", m.path("archive").asText());
        assertEquals("f. 495, op. 201, d. 1/1, l. 79", m.path("archive_location").asText());
        assertFalse(m.has("original-title"));
        assertFalse(m.has("archive-place"));
        assertFalse(m.has("editor"));
        List<String> lines = List.of(m.path("note").asText().split("\n"));
        assertTrue(lines.contains("original-title: Запись беседы с послом ДРВ в Албании"), lines.toString());
        assertTrue(lines.contains("archive-place: Moscow"), lines.toString());
        assertTrue(lines.contains("archive_collection: Komintern"), lines.toString());
        assertTrue(lines.contains("editor: Kolesnikov || Aleksandr A."), lines.toString());
        assertEquals("Copy in the Albanian state archive.", lines.get(lines.size() - 1));
    }

    @Test
    void archiveOnAWebPageGoesToExtraBecauseZoteroWebPagesHaveNoArchiveField() throws IOException {
        JsonNode w = byId(written(fixture()), "wilson-doc");
        assertFalse(w.has("archive"));
        assertEquals("archive: AVP RF\narchive_location: f. 079, op. 25, d. 6, p. 36, l. 93", w.path("note").asText());
        assertEquals("Wilson Center Digital Archive", w.path("container-title").asText());
    }

    @Test
    void unknownCslTypeIsWrittenAsDocumentWithItsTypeKeptInExtra() throws IOException {
        JsonNode b = byId(written(fixture()), "brochure1963");
        assertEquals("document", b.path("type").asText());
        assertTrue(b.path("note").asText().startsWith("type: pamphlet\n"), b.path("note").asText());
        assertTrue(b.path("note").asText().contains("custom: {\"shelfmark\":\"B 17\"}"));
    }

    @Test
    void softwareIsWrittenAsDocumentBecauseZoteroCslJsonImportRefusesThatType() {
        // "CSL JSON.js" detectImport() lists the CSL types it accepts; software is not among them.
        String text = "[{\"id\":\"s\",\"type\":\"software\",\"title\":\"Archival finding aid tool\",\"version\":\"2.1\"}]";
        Reference r = CslJson.read(new SourceText("s.json", text)).references().get(0);
        JsonNode z = ZoteroCslJson.convert(r).json();
        assertEquals("document", z.path("type").asText());
        assertEquals("type: software\nversion: 2.1", z.path("note").asText());
        Reference back = ZoteroCslJson.liftNote(CslJson.read(new SourceText("z.json", "[" + z + "]")).references().get(0));
        assertEquals(CSLType.SOFTWARE, CslRecords.csl(back).getType());
        assertEquals("2.1", CslRecords.csl(back).getVersion());
    }

    @Test
    void nameParticlesAreFoldedIntoTheLastNameAndUnknownRolesGoToExtra() throws IOException {
        JsonNode h = byId(written(fixture()), "hoxha1981");
        assertEquals("de Gaulle", h.path("translator").get(0).path("family").asText());
        assertEquals("Charles", h.path("translator").get(0).path("given").asText());
        assertFalse(h.path("translator").get(0).has("non-dropping-particle"));
        assertFalse(h.has("compiler"));
        assertTrue(h.path("note").asText().contains("compiler: Instituti i Studimeve Marksiste-Leniniste"));
        assertEquals(1980, h.path("original-date").path("date-parts").get(0).get(0).asInt());
    }

    @Test
    void archivalItemRoundTripsThroughTheZoteroFlavour() throws IOException {
        String text = ZoteroCslJson.write(fixture(), ZoteroCslJson.Options.DEFAULT);
        ParsedRecords back = ZoteroCslJson.read(new SourceText("note-zotero.json", text));
        assertTrue(back.diagnostics().isEmpty(), back.diagnostics().toString());
        Reference m = back.references().stream().filter(r -> r.id().equals("rgaspi-495-201-1-1")).findFirst().orElseThrow();
        assertEquals("RGASPI", CslRecords.csl(m).getArchive());
        assertEquals("f. 495, op. 201, d. 1/1, l. 79", CslRecords.csl(m).getArchiveLocation());
        assertEquals("Запись беседы с послом ДРВ в Албании", CslRecords.csl(m).getOriginalTitle());
        assertEquals("Moscow", CslRecords.csl(m).getArchivePlace());
        assertEquals("Komintern", CslRecords.csl(m).getArchiveCollection());
        assertEquals("Kolesnikov", CslRecords.csl(m).getEditor()[0].getFamily());
        assertEquals("Copy in the Albanian state archive.", CslRecords.csl(m).getNote());
        Reference w = back.references().stream().filter(r -> r.id().equals("wilson-doc")).findFirst().orElseThrow();
        assertEquals("AVP RF", CslRecords.csl(w).getArchive());
        assertEquals("f. 079, op. 25, d. 6, p. 36, l. 93", CslRecords.csl(w).getArchiveLocation());
        assertNull(CslRecords.csl(w).getNote());
        Reference b = back.references().stream().filter(r -> r.id().equals("brochure1963")).findFirst().orElseThrow();
        assertEquals(CSLType.PAMPHLET, CslRecords.csl(b).getType());
    }

    @Test
    void zoteroSpellingArchiveLocationWithHyphenIsReadBack() {
        String text = "[{\"id\":\"x\",\"type\":\"webpage\",\"title\":\"T\",\"note\":\"archive-location: d. 5\\noriginal-date: 1941/1945\\nSeen 2020\"}]";
        Reference r = ZoteroCslJson.read(new SourceText("x.json", text)).references().get(0);
        assertEquals("d. 5", CslRecords.csl(r).getArchiveLocation());
        assertEquals(1941, CslRecords.csl(r).getOriginalDate().getDateParts()[0][0]);
        assertEquals(1945, CslRecords.csl(r).getOriginalDate().getDateParts()[1][0]);
        assertEquals("Seen 2020", CslRecords.csl(r).getNote());
    }

    @Test
    void aTypeLineThatIsNoCslTypeStaysInTheNote() {
        String text = "[{\"id\":\"x\",\"type\":\"document\",\"title\":\"T\",\"note\":\"type: telegram\\narchive-place: Tirana\"}]";
        Reference r = ZoteroCslJson.read(new SourceText("x.json", text)).references().get(0);
        assertEquals(CSLType.DOCUMENT, CslRecords.csl(r).getType());
        assertEquals("type: telegram", CslRecords.csl(r).getNote());
        assertEquals("Tirana", CslRecords.csl(r).getArchivePlace());
        assertEquals("T", CslRecords.csl(r).getTitle());
    }

    @Test
    void zoteroExtraWithOtherFieldsBeforeOursStillYieldsTheVariablesAndKeepsTheRest() {
        String text = "[{\"id\":\"x\",\"type\":\"manuscript\",\"title\":\"T\",\"archive\":\"RGASPI\","
                + "\"note\":\"Citation Key: rgaspi1\\narchive: GARF\\noriginal-title: Запись\\n\\nRead in 2016 in the reading room.\"}]";
        Reference r = ZoteroCslJson.read(new SourceText("x.json", text)).references().get(0);
        assertEquals("Запись", CslRecords.csl(r).getOriginalTitle());
        assertEquals("RGASPI", CslRecords.csl(r).getArchive());
        assertEquals("Citation Key: rgaspi1\narchive: GARF\n\nRead in 2016 in the reading room.", CslRecords.csl(r).getNote());
    }

    @Test
    void aNoteThatIsOrdinaryTextIsLeftAlone() {
        String text = "[{\"id\":\"x\",\"type\":\"book\",\"title\":\"T\",\"note\":\"Reprint: the 1950 edition\"}]";
        Reference r = ZoteroCslJson.read(new SourceText("x.json", text)).references().get(0);
        assertEquals("Reprint: the 1950 edition", CslRecords.csl(r).getNote());
    }

    @Test
    void archivesThemselvesAreLeftOutUnlessAsked() throws IOException {
        List<Reference> refs = new ArrayList<>(fixture());
        Reference archive = CslRecords.reference("rgaspi", new CSLItemDataBuilder().id("rgaspi").type(CSLType.DOCUMENT)
                .title("Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii").build(),
                Span.START, "RGASPI – Rossiiskii gosudarstvennyi arkhiv…", List.of(), true, Map.of());
        refs.add(archive);
        JsonNode without = M.readTree(ZoteroCslJson.write(refs, ZoteroCslJson.Options.DEFAULT));
        JsonNode with = M.readTree(ZoteroCslJson.write(refs, new ZoteroCslJson.Options(true)));
        assertEquals(5, without.size());
        assertEquals(6, with.size());
        assertEquals("rgaspi", with.get(5).path("id").asText());
    }

    private static Reference cited(String id, String archive, String location) {
        return ZoteroCslJson.citedDocument(id, new CSLItemDataBuilder().id(id).type(CSLType.MANUSCRIPT).archive(archive)
                .archiveLocation(location).build(), Span.at(3, 7), archive + ", " + location);
    }

    @Test
    void citedArchivalDocumentsBecomeOneTitledManuscriptEach() throws IOException {
        List<Reference> refs = new ArrayList<>(fixture());
        refs.add(cited("rgaspi-17-3-1080", "RGASPI", "f. 17, op. 3, d. 1080"));
        refs.add(cited("rgaspi-17-3-1080-b", "RGASPI", "f.17,  op. 3, d. 1080."));
        refs.add(cited("avprf-79-25-6", "AVP RF", "f. 79, op. 25, d. 6, p. 36"));
        // the same document as an entry of the reference list is not repeated
        refs.add(cited("dup-of-entry", "RGASPI", "f. 495, op. 201, d. 1/1, l. 79"));
        // an id already used by a work is made unique
        refs.add(cited("hoxha1981", "AQSh", "f. 14/AP, v. 1961, d. 5"));
        JsonNode out = written(refs);
        assertEquals(8, out.size());
        JsonNode a = byId(out, "rgaspi-17-3-1080");
        assertEquals("manuscript", a.path("type").asText());
        assertEquals("RGASPI", a.path("archive").asText());
        assertEquals("f. 17, op. 3, d. 1080", a.path("archive_location").asText());
        assertEquals("RGASPI, f. 17, op. 3, d. 1080", a.path("title").asText());
        assertEquals("AVP RF, f. 79, op. 25, d. 6, p. 36", byId(out, "avprf-79-25-6").path("title").asText());
        assertEquals("AQSh", byId(out, "hoxha1981-2").path("archive").asText());
    }

    @Test
    void exportFormatReportsEachExtraLineAsAnInfoFinding() throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        List<org.opis.model.Diagnostic> ds = new ZoteroCslJsonFormat().write(fixture(), w);
        assertEquals("zotero", new ZoteroCslJsonFormat().name());
        assertTrue(ds.stream().allMatch(d -> d.severity() == org.opis.model.Severity.INFO));
        assertTrue(ds.stream().anyMatch(d -> d.code().equals("zotero/extra") && d.message().startsWith("rgaspi-495-201-1-1: ")
                && d.message().contains("original-title") && d.span().line() == 2));
        assertTrue(ds.stream().anyMatch(d -> d.code().equals("zotero/changed") && d.message().startsWith("hoxha1981: ")));
        assertEquals(M.readTree(w.toString()), written(fixture()));
    }

    @Test
    void writtenFileIsValidAgainstTheCslSchema() throws Exception {
        Path check = Path.of("../shared/tools/interop/check-csl-json.sh");
        if (!Files.exists(check)) check = Path.of("/work/shared/tools/interop/check-csl-json.sh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(check), "interop harness not available");
        List<Reference> refs = new ArrayList<>(fixture());
        refs.add(cited("rgaspi-17-3-1080", "RGASPI", "f. 17, op. 3, d. 1080"));
        Path tmp = Files.createTempFile("opis-zotero", ".json");
        try {
            Files.writeString(tmp, ZoteroCslJson.write(refs, ZoteroCslJson.Options.DEFAULT));
            Process p = new ProcessBuilder("bash", check.toString(), tmp.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            org.junit.jupiter.api.Assumptions.assumeTrue(p.exitValue() != 2, "harness not set up: " + output);
            assertEquals(0, p.exitValue(), output);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Test
    void everyZoteroItemTypeInTheDataHasItsCslTypeAndOnlyValidVariables() {
        ZoteroItemTypes t = ZoteroItemTypes.standard();
        Set<String> seen = new HashSet<>();
        for (ZoteroItemTypes.ItemType type : t.itemTypes().values()) {
            seen.add(type.name());
            for (String field : type.variables().values()) assertTrue(type.fields().contains(field), type.name() + "." + field);
            for (String role : type.names().values()) assertTrue(type.creatorTypes().contains(role), type.name() + "." + role);
        }
        assertTrue(seen.containsAll(List.of("manuscript", "document", "newspaperArticle", "webpage", "book", "letter")));
    }
}
