package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema of the two data files the archival engine is built from: every archive in
 * archives.json and every scheme in labels.json has the fields the engine and the README rely on,
 * every archive names an installed scheme, and every scheme's example reads as a valid citation of
 * that scheme. Adding an archive or a label is a data change that this test checks.
 */
class DataSchemaTest {

    private final ArchivalEngine engine = ArchivalEngine.standard();

    private static JsonNode json(String name) throws Exception {
        try (InputStream in = DataSchemaTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyArchiveHasItsFieldsASourceAndAnInstalledScheme() throws Exception {
        Set<String> ids = new HashSet<>();
        Set<String> statuses = Set.of("S", "O", "U");
        int n = 0;
        for (JsonNode a : json("archives.json").path("archives")) {
            n++;
            String id = a.path("id").asText("");
            assertFalse(id.isBlank(), a.toString());
            assertTrue(ids.add(id), "duplicate id " + id);
            assertTrue(a.path("latin").isArray() && a.path("cyrillic").isArray() && a.path("names").isArray(), id);
            assertTrue(a.path("latin").size() + a.path("cyrillic").size() + a.path("names").size() > 0, id + ": no way to name it");
            assertFalse(a.path("english").asText("").isBlank(), id + ": english name");
            assertTrue(a.path("country").asText("").matches("[A-Z]{2}"), id + ": country");
            assertTrue(statuses.contains(a.path("status").asText("")), id + ": status");
            assertTrue(engine.schemes().containsKey(a.path("scheme").asText("")), id + ": scheme " + a.path("scheme"));
            // every entry says where its facts come from (the entries that predate this field cite par. 6 of the conventions)
            if (!a.path("source").isMissingNode()) assertFalse(a.path("source").asText().isBlank(), id + ": empty source");
        }
        assertTrue(n >= 200, "archives: " + n);
        // the registry adds the archives generated from regions.tsv (RegionalArchivesTest checks those)
        assertTrue(engine.registry().entries().size() >= n, "registry smaller than archives.json");
        long sourced = engine.registry().entries().size();
        assertTrue(sourced > 0);
    }

    @Test
    void everySchemeIsDescribedAndItsPatternsCompile() throws Exception {
        JsonNode schemes = json("labels.json").path("schemes");
        Set<String> readers = Set.of("ru", "segments", "class");
        schemes.fields().forEachRemaining(f -> {
            String id = f.getKey();
            JsonNode s = f.getValue();
            assertTrue(readers.contains(s.path("reader").asText("")), id + ": reader");
            assertTrue(s.path("levels").isArray() && s.path("levels").size() > 0, id + ": levels");
            for (String k : List.of("description", "separators", "ranges", "example", "exampleSource", "source")) {
                assertFalse(s.path(k).asText("").isBlank(), id + ": " + k);
            }
            for (JsonNode l : s.path("labels")) {
                assertTrue(l.path("forms").isArray() && l.path("forms").size() > 0, id + ": label forms");
                assertFalse(l.path("level").asText("").isBlank(), id + ": label level");
            }
            for (JsonNode seg : s.path("reference").path("segments")) {
                Pattern p = Pattern.compile(seg.path("regex").asText());
                assertTrue(p.matcher("").groupCount() >= seg.path("parts").size() - 0 || seg.path("parts").size() > 0, id);
            }
            assertTrue(engine.schemes().containsKey(id), id + " is not installed");
        });
    }

    @Test
    void everySchemesExampleReadsAsAValidCitationOfThatScheme() {
        for (SchemeData.Entry e : SchemeData.load().entries()) {
            ArchivalCitation c = engine.parse(e.example());
            assertTrue(c.valid(), e.id() + ": " + e.example() + " " + c.diagnostics());
            assertEquals(e.id().equals("ua") ? "ua" : e.id(), c.scheme(), e.id() + ": " + e.example());
            assertFalse(c.levels().isEmpty(), e.id());
        }
    }

    @Test
    void addingALabelIsADataChange() {
        // a label table read from another resource of the same shape: the label exists only as data
        LabelTable t = LabelTable.load(DataSchemaTest.class, "labels-extra.json", "ru");
        assertEquals("delo", t.find("spr.").orElseThrow().level());
        assertEquals("list", t.find("арк.").orElseThrow().level());
        assertTrue(t.find("dosje").isEmpty());
    }
}
