package org.opis.reflist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opis.csl.CslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled note's reference list (lines 331–377), pinned entry by entry. The expected values in
 * selivanov-2017.expected.json were written by hand from the printed list.
 */
class SelivanovGoldenTest {

    private static ParsedRecords parsed;
    private static JsonNode expected;

    @BeforeAll
    static void parse() throws Exception {
        parsed = ReferenceListParser.parse(SourceReader.read("references/selivanov-2017/note.md").source());
        try (InputStream in = SelivanovGoldenTest.class.getResourceAsStream("selivanov-2017.expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void readsFortyFourEntriesOfWhichThreeAreArchives() {
        assertEquals(44, parsed.references().size());
        assertEquals(3, parsed.references().stream().filter(Reference::archive).count());
        assertEquals(expected.size(), parsed.references().size());
    }

    @Test
    void everyEntryMatchesTheHandWrittenRecord() {
        List<Reference> refs = parsed.references();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            Reference r = refs.get(i);
            String where = "entry " + (i + 1) + " (line " + e.get("line").asInt() + ")";
            assertEquals(e.get("line").asInt(), r.span().line(), where + " line");
            assertEquals(e.get("column").asInt(), r.span().column(), where + " column");
            assertEquals(e.get("archive").asBoolean(), r.archive(), where + " archive");
            assertEquals(e.get("csl"), CslJson.item(r), where + " CSL record");
            List<String> codes = r.defects().stream().map(Diagnostic::code).toList();
            List<String> want = new java.util.ArrayList<>();
            e.get("defects").forEach(c -> want.add(c.asText()));
            assertEquals(want, codes, where + " defects");
        }
    }

    @Test
    void mixedScriptWordGetsItsCleanSpellingAsFix() {
        Diagnostic d = parsed.diagnostics().stream().filter(x -> x.code().equals("reference/mixed-script")).findFirst().orElseThrow();
        assertEquals(357, d.span().line());
        assertEquals(30, d.span().column());
        assertEquals("sovetsko", d.fix().orElseThrow());
    }

    @Test
    void rawTextOfTheMergedLineIsSplitBetweenItsTwoEntries() {
        Reference pham = parsed.references().get(30);
        Reference pravda = parsed.references().get(31);
        assertEquals("*Pravda* (Moscow), 8 July 1977.", pravda.raw());
        assertEquals(true, pham.raw().endsWith("*Vostok*, no. 2 (2005)."));
    }

    @Test
    void noErrorsOnlyWarnings() {
        assertEquals(false, parsed.hasErrors());
        assertEquals(8, parsed.diagnostics().size()); // 5 lost italic openings, 2 mixed-script words, 1 merged line
    }
}
