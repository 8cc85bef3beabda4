package org.opis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.opis.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opis parse} end to end: output shapes, findings on stderr, exit status on bad input. */
class ParseCommandTest {

    @TempDir
    Path dir;

    @Test
    void bundledNoteGivesFortyFourCslRecords() throws Exception {
        Run r = run("parse", "references/selivanov-2017/note.md", "--format", "csl-json");
        assertEquals(Main.OK, r.status());
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertEquals(44, arr.size());
        assertEquals("avprf", arr.get(0).get("id").asText());
        assertEquals("vestnik1998arhiva", arr.get(43).get("id").asText());
        assertTrue(r.err().contains("references/selivanov-2017/note.md:357:30: warning[reference/mixed-script]: "), r.err());
    }

    @Test
    void jsonFormatHasExactlyTheDocumentedShape() throws Exception {
        Run r = run("parse", "references/selivanov-2017/note.md", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("references", "diagnostics"), names(root));
        JsonNode first = root.get("references").get(0);
        assertEquals(List.of("id", "csl", "span", "raw", "defects"), names(first));
        assertEquals(List.of("line", "column"), names(first.get("span")));
        assertEquals(333, first.get("span").get("line").asInt());
        assertEquals("Arhiv vneshnej politiki Rossijskoj Federacii [Archive of Foreign Policy of the Russian Federation] (AVP RF).", first.get("raw").asText());
        JsonNode d = root.get("diagnostics").get(0);
        assertEquals(List.of("code", "severity", "span", "message", "fix"), names(d));
        assertEquals("warning", d.get("severity").asText());
    }

    @Test
    void emptyFileIsAnErrorFinding() throws Exception {
        Path f = dir.resolve("empty.md");
        Files.writeString(f, "");
        Run r = run("parse", f.toString());
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.err().contains(":1:1: error[reflist/empty-input]: "), r.err());
        assertEquals("[ ]", r.out().strip());
    }

    @Test
    void fileWithoutReferenceSectionIsAnErrorFinding() throws Exception {
        Path f = dir.resolve("prose.md");
        Files.writeString(f, "# Notes on the Albanian question\n\nIn 1961 the Soviet embassy in Tirana was closed, and the break lasted "
                + "until the end of the Cold War; historians have argued about its causes ever since, drawing on memoirs and on the "
                + "archives opened in the 1990s, which changed much of what had been written before about the split and its meaning.\n");
        Run r = run("parse", f.toString());
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.err().contains("error[reflist/no-reference-section]"), r.err());
    }

    @Test
    void binaryGarbageIsReportedNotParsed() throws Exception {
        Path f = dir.resolve("garbage.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Files.write(f, bytes);
        Run r = run("parse", f.toString(), "--format", "json");
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.err().contains("error[input/binary]"), r.err());
        assertEquals(0, new ObjectMapper().readTree(r.out()).get("references").size());
    }

    @Test
    void tenMegabyteSingleLineEndsWithAClearFinding() throws Exception {
        Path f = dir.resolve("huge.txt");
        StringBuilder sb = new StringBuilder(10_500_000);
        while (sb.length() < 10_000_000) sb.append("Soviet–Albanian relations, Moscow, 1961, *Pravda* “no. 5” [T. 2] (AVP RF) ");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        Run r = run("parse", f.toString());
        assertEquals(Main.FINDINGS, r.status());
        assertTrue(r.err().contains("error[reflist/no-reference-section]"), r.err());
    }

    @Test
    void tenMegabyteEntryUnderAHeadingIsKeptAndReported() throws Exception {
        Path f = dir.resolve("huge.md");
        StringBuilder sb = new StringBuilder("## References\n\n- ");
        while (sb.length() < 10_000_000) sb.append("Hoxha, E. *Vepra*. Tirana, 1971. ");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        Run r = run("parse", f.toString(), "--format", "text");
        assertEquals(Main.OK, r.status());
        assertTrue(r.err().contains("warning[reference/too-long]"), r.err());
    }

    @Test
    void missingFileIsAUsageError() {
        Run r = run("parse", dir.resolve("nowhere.md").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("parse", "references/selivanov-2017/note.md", "--format", "yaml");
        assertEquals(Main.USAGE, r.status());
    }

    @Test
    void textFormatListsOneLinePerRecord() {
        Run r = run("parse", "references/moise-soviet/list.txt", "--format", "text");
        assertEquals(Main.OK, r.status());
        assertEquals(6, r.out().strip().split("\n").length);
        assertTrue(r.out().startsWith("references/moise-soviet/list.txt:5:1: blagov2001missile [article-magazine] Missile Ambushes"), r.out());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /**
     * clay-2025 has no reference list; its notes give 16 works in full (hand count in
     * RealNotesCheckTest): parse gives those works, with the information that they stand for the list.
     */
    @Test
    void aNoteWithoutListGivesTheWorksOfItsFullNotes() throws Exception {
        for (String[] args : List.of(new String[]{"parse", "references/clay-2025/note.md", "--format", "csl-json"},
                new String[]{"parse", "references/clay-2025/note.md", "--from-notes", "--format", "csl-json"})) {
            Run r = run(args);
            assertEquals(Main.OK, r.status(), r.err());
            JsonNode arr = new ObjectMapper().readTree(r.out());
            assertEquals(16, arr.size());
            assertEquals("benecke2007allgemeine", arr.get(0).get("id").asText());
            assertEquals("werth2014tsars", arr.get(15).get("id").asText());
            assertTrue(r.err().contains("info[citation/works-from-notes]"), r.err());
            assertFalse(r.err().contains("reflist/no-reference-section"), r.err());
        }
    }

    /**
     * A Markdown note whose works stand only in its endnotes, amid prose ({@code references/ph-fr-transcription-graphies}):
     * parse gives the works check resolves the notes' citations to, not nothing. Note 5's chapter, read off the source.
     */
    @Test
    void aNoteWhoseWorksStandInItsEndnotesGivesThem() throws Exception {
        Run r = run("parse", "references/ph-fr-transcription-graphies/list.md", "--format", "csl-json");
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertTrue(arr.size() >= 15, r.out());
        JsonNode collation = null;
        for (JsonNode n : arr) if (n.path("title").asText().equals("Image Collation : Matching Illustrations in Manuscripts")) collation = n;
        assertNotNull(collation, r.out());
        assertEquals("Kaoua", collation.get("author").get(0).get("family").asText());
        assertEquals("Aubry", collation.get("author").get(5).get("family").asText());
        assertEquals(2021, collation.get("issued").get("date-parts").get(0).get(0).asInt());
        assertTrue(r.err().contains("info[citation/works-from-notes]"), r.err());
        assertFalse(r.err().contains("reflist/no-reference-section"), r.err());
    }

    /**
     * export, format and fidelity read such a note as parse does: the same works, not none (they read only a list
     * before). The ids of parse's CSL-JSON, export's CSL-JSON and export's BibTeX keys are the same works.
     */
    @Test
    void exportAndFormatGiveTheWorksParseGives() throws Exception {
        String note = "references/ph-fr-transcription-graphies/list.md";
        JsonNode parsed = new ObjectMapper().readTree(run("parse", note, "--format", "csl-json").out());
        Run exported = run("export", note, "--format", "csl-json");
        JsonNode arr = new ObjectMapper().readTree(exported.out());
        assertEquals(parsed.size(), arr.size(), exported.err());
        for (int i = 0; i < arr.size(); i++) assertEquals(parsed.get(i).get("id").asText(), arr.get(i).get("id").asText());
        Run bib = run("export", note, "--format", "bibtex");
        assertEquals(parsed.size(), bib.out().split("\n@", -1).length - (bib.out().startsWith("@") ? 0 : 1), bib.out());
        Run formatted = run("format", note, "--style", "apa");
        assertTrue(formatted.out().contains("Image Collation : Matching Illustrations in Manuscripts"), formatted.out());
        assertTrue(formatted.err().contains("info[citation/works-from-notes]"), formatted.err());
    }

    /** format of such a note in windows-1252 still says how the file was read (the works' findings replaced them before). */
    @Test
    void formatOfANoteWithNoListKeepsTheReadingsFindings(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("references/ph-fr-transcription-graphies/list.md"));
        Path f = dir.resolve("note.md");
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run formatted = run("format", f.toString(), "--style", "apa");
        assertTrue(formatted.err().contains("input/encoding-detected"), formatted.err());
        assertTrue(formatted.err().contains("info[citation/works-from-notes]"), formatted.err());
    }

    /** A text with neither a list nor notes giving works is still an error. */
    @Test
    void aTextWithNeitherListNorFullNotesIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("prose.md");
        Files.writeString(f, "The Comintern met in Moscow. Nobody cited anything here.\n");
        Run plain = run("parse", f.toString(), "--format", "csl-json");
        assertEquals(Main.FINDINGS, plain.status());
        assertTrue(plain.err().contains("error[reflist/no-reference-section]"), plain.err());
    }
}
