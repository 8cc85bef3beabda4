package org.opis.document;

import org.junit.jupiter.api.Test;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.model.Reference;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of round 20's unseen notes, each on its real text (references/…; expected values read off the source by
 * hand): footnotes pasted into HTML as text, YAML-quoted works in front matter, "et al." closing a narrative name, the
 * French op. cit. "ouvrage cité".
 */
class Round20NoteShapesTest {

    private static Document read(String dir, String file) throws Exception {
        return DocumentReader.read("references/" + dir + "/" + file, Optional.empty());
    }

    private static CheckedNote check(String dir, String file) throws Exception {
        return DocumentChecker.check(read(dir, file), Library.NONE).checked();
    }

    /** The entry a citation on {@code line} holding {@code text} resolves to ("" when none). */
    private static String target(CheckedNote note, int line, String text) {
        CheckedCitation c = note.citations().stream()
                .filter(x -> x.citation().span().line() == line && x.citation().text().contains(text)).findFirst().orElse(null);
        if (c == null || c.resolvesTo().isEmpty()) return "";
        String id = c.resolvesTo().get();
        return note.references().stream().filter(r -> r.id().equals(id)).map(Reference::raw).findFirst().orElse("");
    }

    /** {@code <p>[^450] Бершадский С.А. …</p>} with the call {@code [^450]} in the text is note 450; the text's paragraphs are not notes. */
    @Test
    void footnotesPastedIntoHtmlAreNotes() throws Exception {
        List<Block> blocks = read("ru-alter-rebbe-gost-short-notes", "note.html").blocks();
        List<String> notes = blocks.stream().filter(b -> b.kind() == BlockKind.NOTE).map(Block::label).toList();
        assertEquals(List.of("299", "450", "451", "452", "453", "455"), notes);
        Block b450 = blocks.stream().filter(b -> "450".equals(b.label())).findFirst().orElseThrow();
        assertTrue(b450.text().strip().startsWith("Бершадский С.А. Положение о евреях 1804 г."), b450.text());
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().contains("Автор ссылается на два источника")));
    }

    /** {@code   - 'Chappell, Sally Anderson. “Urban Ideals …” …'}: the YAML quotes are not part of the entry. */
    @Test
    void frontMatterQuotesAreNotPartOfTheEntries() throws Exception {
        List<Block> blocks = read("en-philly-30th-street-chicago-short-notes", "note.md").blocks();
        List<String> chappell = blocks.stream().map(Block::text).map(String::strip).filter(t -> t.contains("Chappell, Sally Anderson. “")).toList();
        assertEquals(2, chappell.size(), chappell::toString);
        chappell.forEach(t -> assertTrue(t.startsWith("Chappell, Sally Anderson. “"), t));
        assertFalse(blocks.stream().anyMatch(b -> b.text().strip().startsWith("'Leech")));
    }

    /** "Voir par exemple Calabrisotto *et al.* (2017).": "et al." closes the name of a narrative citation. */
    @Test
    void narrativeNameClosedByEtAl() throws Exception {
        CheckedNote note = check("fr-ph-calibration-radiocarbone-author-date", "note.md");
        assertTrue(target(note, 111, "Calabrisotto").startsWith("Calabrisotto, C. S."), () -> target(note, 111, "Calabrisotto"));
    }

    /** "Voir aussi Gardarin, ouvrage cité, 412-413." takes the work note 5 gives. */
    @Test
    void ouvrageCiteIsAnOpCit() throws Exception {
        CheckedNote note = check("fr-ph-nodegoat-ouvrage-cite", "note.md");
        CheckedCitation c = note.citations().stream().filter(x -> x.citation().text().contains("ouvrage cité")).findFirst().orElseThrow();
        assertTrue(target(note, 13, "ouvrage cité").contains("Bases de données"), () -> target(note, 13, "ouvrage cité"));
        assertEquals("page 412-413", c.citation().locators().stream().map(l -> l.label() + " " + l.value()).reduce((x, y) -> x + "; " + y).orElse("")
                .replace('–', '-'));
    }
}
