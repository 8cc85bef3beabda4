package org.opis.reflist.segment;

import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The segmenter's lines kept as numbers into the text's lines ({@link PackedLines}) are the lines it
 * read before, when each was a string of its own (the same numbers, texts, blanks, columns and cuts,
 * table cells and dash pieces included), and they do not keep the text's line strings alive: a list of
 * 250,000 lines no longer holds each line beside its text (README, "Memory on hostile and large input").
 */
class PackedLinesTest {

    private static final List<String> TEXT = List.of(
            "## References",
            "",
            "Ivanov, P., The Soviet Navy in the Pacific (1975).",
            "   continued on an indented line",
            "",
            "| [link](u) | Author, \"Title,\" 1999 | Second cell |",
            "|---|---|---|",
            "…OCLC 52614295. - Bùi Thiết (1995). Hà Nội. - Nguyễn Văn A (2001).",
            "Белов, И. П. Торговля. - М.: Наука, 2009.",
            "",
            "",
            "   ",
            "last line");

    /** The lines as the segmenter built them before: a string and a record each. */
    private static List<Lines.Line> asBefore(List<String> all, int first, int last, boolean pieces) {
        List<Lines.Line> out = new ArrayList<>();
        boolean blank = true;
        for (int i = first; i <= last && i <= all.size(); i++) {
            String l = all.get(i - 1);
            if (l.isBlank()) {
                blank = true;
                continue;
            }
            if (!out.isEmpty() && blank) out.set(out.size() - 1, out.get(out.size() - 1).withBlankAfter());
            if (pieces) {
                List<Pieces.Piece> ps = Pieces.split(l);
                for (int k = 0; k < ps.size(); k++) {
                    Pieces.Piece p = ps.get(k);
                    out.add(new Lines.Line(i, p.text(), blank && k == 0, false, p.column(), p.cut(), k == ps.size() - 1));
                }
            } else {
                out.add(new Lines.Line(i, l, blank, false));
            }
            blank = false;
        }
        if (!out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1).withBlankAfter());
        return out;
    }

    @Test
    void packedLinesAreTheLinesReadBefore() {
        for (int first = 1; first <= 4; first++) {
            for (int last = TEXT.size(); last >= TEXT.size() - 3; last--) {
                for (boolean pieces : new boolean[] {false, true}) {
                    List<Lines.Line> before = asBefore(TEXT, first, last, pieces);
                    Lines now = pieces ? Lines.pieces(TEXT, first, last) : Lines.of(TEXT, first, last);
                    assertEquals(before, List.copyOf(now.lines()), first + "-" + last + " " + pieces);
                    assertEquals(new Lines(before).layout(), now.layout());
                    // read out of order too (the last few are kept)
                    for (int i = now.size() - 1; i >= 0; i -= 2) assertEquals(before.get(i), now.get(i));
                }
            }
        }
        // the dash and cell pieces are there
        assertEquals(Pieces.DASH, Lines.pieces(TEXT, 1, TEXT.size()).lines().stream()
                .filter(l -> l.text().startsWith("- Nguyễn")).findFirst().orElseThrow().cut());
    }

    @Test
    void theLinesDoNotKeepTheTextsLineStrings() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2_000; i++) b.append("Author ").append(i).append(". *Title ").append(i).append("*. Moscow, 1999.\n");
        String text = b.toString();
        List<WeakReference<String>> made = new ArrayList<>();
        List<String> view = new AbstractList<>() {
            final String[] lines = text.split("\n", -1);

            @Override
            public String get(int i) {
                String s = new String(lines[i]);  // a fresh string each time, as SourceText.line cuts one
                made.add(new WeakReference<>(s));
                return s;
            }

            @Override
            public int size() {
                return lines.length;
            }
        };
        Lines lines = Lines.pieces(view, 1, view.size());
        assertEquals(2_000, lines.size());
        for (int k = 0; k < 5 && made.stream().anyMatch(w -> w.get() != null); k++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long alive = made.stream().filter(w -> w.get() != null).count();
        // at most the few lines kept for the last reads (16), never every line
        org.junit.jupiter.api.Assertions.assertTrue(alive <= 16, alive + " line strings of " + made.size() + " still held");
        assertEquals("Author 1999. *Title 1999*. Moscow, 1999.", lines.get(1_999).text());
    }
}
