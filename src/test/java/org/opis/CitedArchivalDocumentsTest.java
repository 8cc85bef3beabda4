package org.opis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedNote;
import org.opis.csl.ZoteroCslJson;
import org.opis.model.Reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class CitedArchivalDocumentsTest {

    @Test
    void bundledNoteExportsOneZoteroManuscriptPerCitedArchivalDocument() throws Exception {
        CheckedNote note = Opis.check(Path.of("references/selivanov-2017/note.md"));
        List<Reference> cited = Opis.citedArchivalDocuments(note);
        assertTrue(cited.stream().allMatch(r -> r.extra().containsKey(ZoteroCslJson.CITED_ARCHIVAL)));
        List<Reference> all = new ArrayList<>(note.references());
        all.addAll(cited);
        JsonNode out = new ObjectMapper().readTree(ZoteroCslJson.write(all, ZoteroCslJson.Options.DEFAULT));
        Set<String> documents = new TreeSet<>();
        int works = 0;
        for (JsonNode item : out) {
            if (item.path("type").asText().equals("manuscript") && item.has("archive")) {
                documents.add(item.path("archive").asText() + ", " + item.path("archive_location").asText());
                assertEquals(item.path("archive").asText() + ", " + item.path("archive_location").asText(), item.path("title").asText());
            } else {
                works++;
            }
        }
        // Read by hand from the note's text: RGASPI f. 495, op. 201, d. 1/1–1/5 (d. ½ and d. ¼ written with
        // vulgar fractions), RGASPI f. 17, op. 3, d. 1080 and d. 1094, RGANI f. 2, op. 1, d. 640, and five AVP RF
        // files (the papka written after the delo in the text; "ibid., d. 47. p. 4" is a file of its own).
        assertEquals(new TreeSet<>(List.of(
                "RGASPI, f. 495, op. 201, d. 1/1", "RGASPI, f. 495, op. 201, d. 1/2", "RGASPI, f. 495, op. 201, d. 1/3",
                "RGASPI, f. 495, op. 201, d. 1/4", "RGASPI, f. 495, op. 201, d. 1/5",
                "RGASPI, f. 17, op. 3, d. 1080", "RGASPI, f. 17, op. 3, d. 1094", "RGANI, f. 2, op. 1, d. 640",
                "AVP RF, f. 79, op. 25, p. 36, d. 6", "AVP RF, f. 79, op. 32, p. 5, d. 47", "AVP RF, f. 79, op. 32, p. 4, d. 47",
                "AVP RF, f. 79, op. 34, p. 52, d. 16", "AVP RF, f. 569, op. 28, p. 41, d. 16")), documents);
        // every field of every item is one Zotero keeps for the item's type (per the data file from zotero-schema)
        JsonNode data;
        try (java.io.InputStream in = ZoteroCslJson.class.getResourceAsStream("zotero/item-types.json")) {
            data = new ObjectMapper().readTree(in);
        }
        Set<String> typesSeen = new TreeSet<>();
        for (JsonNode item : out) {
            String zoteroType = data.path("cslTypes").path(item.path("type").asText()).asText("document");
            typesSeen.add(zoteroType);
            JsonNode t = data.path("itemTypes").path(zoteroType);
            for (java.util.Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (List.of("id", "type", "note").contains(key)) continue;
                assertTrue(t.path("variables").has(key) || t.path("names").has(key), item.path("id").asText() + ": " + key);
            }
        }
        assertTrue(typesSeen.containsAll(Set.of("manuscript", "book", "journalArticle")), typesSeen.toString());
        long archives = note.references().stream().filter(Reference::archive).count();
        assertEquals(3, archives);
        assertEquals(note.references().size() - archives, works);
    }
}
