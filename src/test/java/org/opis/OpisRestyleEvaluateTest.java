package org.opis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.csl.restyle.Restyled;
import org.opis.csl.FormatException;
import org.opis.text.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade's {@code restyle} and {@code evaluate}, on the bundled note and on hand-made gold entries. */
class OpisRestyleEvaluateTest {

    static final Path NOTE = Path.of("references/selivanov-2017/note.md");

    @Test
    void restyleThroughTheFacadeRewritesCitationsInTheTargetStyle() throws Exception {
        String text = Files.readString(NOTE, StandardCharsets.UTF_8);
        Restyled r = Opis.restyle(new SourceText(NOTE.toString(), text), "chicago-author-date", "markdown", "keep");
        // the note writes (Hoxha 1981–85, t. 2, f. 153): volume 2, page 153, in Chicago's own labels
        assertTrue(r.text().contains("(Hoxha 1981–1985, vol. 2, p. 153)"), "Chicago citation in place");
        assertEquals(1, r.unresolved(), "Gaiduk 2010 is not in the list (it has Gaiduk 1996)");
        assertEquals(21, r.archival());
        // the text before the first citation is unchanged
        int first = r.edits().get(0).start();
        assertEquals(text.substring(0, first), r.text().substring(0, first));
    }

    @Test
    void anUnknownArchivalModeIsAFormatException() {
        FormatException e = assertThrows(FormatException.class,
                () -> Opis.restyle(new SourceText("n.md", "Text (Smith 2001).\n"), "apa", "markdown", "rewrite"));
        assertTrue(e.getMessage().contains("'rewrite'"), e.getMessage());
    }

    // An entry of the bundled note's list, with its record checked against the note by hand.
    static final String BOVIN = "{\"text\": \"Bovin, A.E. *Moj XX vek. Vospominaniya*. Moscow, 2003.\", \"csl\": {\"type\": \"book\", "
            + "\"author\": [{\"family\": \"Bovin\", \"given\": \"A.E.\"}], \"title\": \"Moj XX vek. Vospominaniya\", "
            + "\"publisher-place\": \"Moscow\", \"issued\": {\"date-parts\": [[2003]]}}}";

    @Test
    void evaluateCountsRightWrongAndMissedFieldsAgainstTheGold(@TempDir Path dir) throws IOException {
        Path right = dir.resolve("right.jsonl");
        Files.writeString(right, BOVIN + "\n");
        Scores s = Opis.evaluate(right);
        assertEquals(1, s.entries());
        assertEquals(1, s.allRight(), s.toString());
        assertEquals(new Scores.Field(1, 0, 0), s.fields().get("title"));
        assertEquals(1.0, s.f1());

        // the same entry with a gold title the reader cannot give: the title is one wrong value and one missed value
        Path wrong = dir.resolve("wrong.jsonl");
        Files.writeString(wrong, BOVIN.replace("\"title\": \"Moj XX vek. Vospominaniya\"", "\"title\": \"Another title\"") + "\n");
        Scores w = Opis.evaluate(wrong);
        assertEquals(0, w.allRight());
        assertEquals(new Scores.Field(0, 1, 1), w.fields().get("title"));
        assertEquals(new Scores.Field(1, 0, 0), w.fields().get("author"));
        assertEquals(0.0, w.fields().get("title").f1());
    }

    @Test
    void evaluateOnARealListScoresEveryEntryAndEveryGoldValue() throws IOException {
        Path gold = Path.of("references/wikipedia-gilles-de-rais/gold.jsonl");
        List<String> lines = Files.readAllLines(gold).stream().filter(l -> !l.isBlank()).toList();
        Scores s = Opis.evaluate(gold);
        assertEquals(lines.size(), s.entries());
        // every gold title is either read right or missed: right + missed = the entries whose gold has a title
        long titled = lines.stream().filter(l -> l.contains("\"title\":")).count();
        Scores.Field t = s.fields().get("title");
        assertEquals(titled, t.right() + t.missed());
        assertTrue(s.f1() > 0 && s.f1() <= 1);
    }

    @Test
    void aLineThatIsNotAGoldEntryIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, BOVIN + "\n{\"text\": \"no record\"}\n");
        IOException e = assertThrows(IOException.class, () -> Opis.evaluate(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    }
}
