package org.opis.ris;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.opis.Opis;
import org.opis.csl.CslJson;
import org.opis.csl.ZoteroCslJson;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RisTest {

    /** An EndNote-style record written by hand to the RIS specification (JO, Y1, A1, SP/EP, a continuation line, an unknown tag, no ER). */
    static final String ENDNOTE = """
            TY  - JOUR
            A1  - Gaiduk, Ilya V.
            A1  - Radchenko, Sergey
            T1  - The Soviet Union and Vietnam: a
            reappraisal
            JO  - Cold War History
            Y1  - 2010/05/01/
            VL  - 10
            IS  - 2
            SP  - 211
            EP  - 235
            LA  - en
            ZZ  - something only this program writes
            ER  -\s

            TY  - MANSCPT
            TI  - Report of the embassy in Tirana
            DB  - AQSH
            AV  - F. 14/AP, V. 1961, D. 12, fl. 3
            CN  - 14/AP-1961-12
            PY  - 1961
            M3  - Telegram
            """;

    @Test
    void readsEndNoteStyleRecords() {
        ParsedRecords p = new RisImport().read(new SourceText("endnote.ris", ENDNOTE));
        assertEquals(2, p.references().size());
        JsonNode a = CslJson.item(p.references().get(0));
        assertEquals("article-journal", a.path("type").asText());
        assertEquals("The Soviet Union and Vietnam: a reappraisal", a.path("title").asText());
        assertEquals("Cold War History", a.path("container-title").asText());
        assertEquals("Gaiduk", a.path("author").get(0).path("family").asText());
        assertEquals("Sergey", a.path("author").get(1).path("given").asText());
        assertEquals("[2010,5,1]", a.path("issued").path("date-parts").get(0).toString());
        assertEquals("211-235", a.path("page").asText());
        assertEquals("en", a.path("language").asText());
        assertEquals("something only this program writes", p.references().get(0).extra().get("ris:ZZ"));
        JsonNode m = CslJson.item(p.references().get(1));
        assertEquals("manuscript", m.path("type").asText());
        assertEquals("AQSH", m.path("archive").asText());
        assertEquals("F. 14/AP, V. 1961, D. 12, fl. 3", m.path("archive_location").asText());
        assertEquals("14/AP-1961-12", m.path("call-number").asText());
        assertEquals("Telegram", m.path("genre").asText());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("ris/missing-er")), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("ris/unknown-tag") && d.span().line() == 13), p.diagnostics().toString());
    }

    @Test
    void isRecognisedByContentNotName() {
        assertEquals(95, new RisImport().confidence(new SourceText("export.txt", "\n\nTY  - BOOK\nTI  - X\nER  - \n")));
        assertEquals(0, new RisImport().confidence(new SourceText("note.md", "# A note\n\nTY is a tag.\n")));
    }

    @Test
    void badLinesAreFindingsNotCrashes() {
        ParsedRecords p = new RisImport().read(new SourceText("bad.ris", "TI  - orphan\nTY  - NOPE\nnot a tag at all\nER  - \n"));
        assertEquals(1, p.references().size());
        List<String> codes = p.diagnostics().stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains("ris/outside-record"), codes.toString());
        assertTrue(codes.contains("ris/unknown-type"), codes.toString());
        assertEquals("document", CslRecords.csl(p.references().get(0)).getType().toString());
    }

    @Test
    void everyExportedTypeReadsBackAsItself() {
        for (RisTable.Type t : RisTable.TYPES) {
            if (!t.export() || !t.imports()) continue;
            assertEquals(t.csl(), RisTable.cslFor(RisTable.tyFor(t.csl())).orElseThrow(), t.ty());
        }
    }

    /**
     * The bundled note exported to RIS and read back carries, item for item, the fields of the
     * Zotero-flavoured CSL-JSON export (the works and the archival documents the text cites).
     */
    @Test
    void noteExportCarriesTheZoteroFields() throws Exception {
        SourceText note = new SourceText("note.md", Files.readString(Path.of("references/selivanov-2017/note.md")));
        ParsedRecords records = Opis.parse(note);
        List<Reference> all = new ArrayList<>(records.references());
        all.addAll(Opis.citedArchivalDocuments(Opis.check(note, records)));
        ArrayNode zotero = ZoteroCslJson.array(all, ZoteroCslJson.Options.DEFAULT);
        StringWriter ris = new StringWriter();
        List<Diagnostic> notes = new RisExport().write(all, ris);
        ParsedRecords back = new RisImport().read(new SourceText("note.ris", ris.toString()));
        assertEquals(zotero.size(), back.references().size());
        assertEquals(54, back.references().size());
        int compared = 0;
        for (int i = 0; i < zotero.size(); i++) {
            JsonNode z = zotero.get(i);
            JsonNode r = CslJson.item(back.references().get(i));
            for (String f : List.of("type", "title", "container-title", "publisher", "publisher-place", "volume", "issue",
                    "archive", "archive_location", "language", "URL", "genre", "collection-title", "edition")) {
                assertEquals(z.path(f).asText(""), r.path(f).asText(""), z.path("id").asText() + " " + f);
                compared++;
            }
            assertEquals(z.path("issued").path("date-parts").toString(), r.path("issued").path("date-parts").toString(), z.path("id").asText());
            for (String role : List.of("author", "editor", "translator")) {
                for (int k = 0; k < z.path(role).size(); k++) {
                    JsonNode zn = z.path(role).get(k);
                    if (zn.path("literal").asText("").contains(",")) continue; // reported: ris/name-comma
                    assertEquals(zn.path("family").asText(zn.path("literal").asText("")),
                            r.path(role).get(k).path("family").asText(r.path(role).get(k).path("literal").asText("")), z.path("id").asText());
                }
            }
        }
        assertTrue(compared > 700);
        assertTrue(notes.stream().allMatch(d -> d.code().equals("ris/name-comma") || d.code().equals("ris/not-carried")), notes.toString());
        // the archival documents the text cites: archive in DB, location in AN, as Zotero's RIS translator maps them
        // (the registry's archive-place, Moscow, has no RIS tag: it goes to a note line between them)
        assertTrue(ris.toString().contains("TY  - MANSCPT\r\nTI  - RGASPI, f. 495, op. 201, d. 1/1\r\nN1  - archive-place: Moscow\r\n"
                + "DB  - RGASPI\r\nAN  - f. 495, op. 201, d. 1/1\r\n"), ris.toString());
    }
}
