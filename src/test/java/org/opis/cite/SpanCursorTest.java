package org.opis.cite;

import org.junit.jupiter.api.Test;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanCursorTest {

    @Test
    void columnsCountCodePointsOnFromThePreviousPlace() {
        // "𝔄" is one code point written with two UTF-16 units
        SourceText s = new SourceText("t.md", "ab\n𝔄 Hoxha (1971)\r\nx");
        SpanCursor c = new SpanCursor(s);
        assertEquals(new Span(1, 2, 1, 0), c.span(1));
        assertEquals(new Span(2, 1, 3, 0), c.span(3));
        assertEquals(new Span(2, 3, 6, 5), c.span(6, 5));   // "Hoxha" after "𝔄 "
        assertEquals(new Span(2, 9, 12, 6), c.span(12, 6)); // "(1971)"
        assertEquals(new Span(3, 1, 20, 0), c.span(20));    // after CR LF
        assertEquals(new Span(1, 1, 0, 0), c.span(0));     // backwards
    }

    @Test
    void agreesWithTheSourceTextInAnyOrderEvenInsideSurrogatePairs() {
        Random r = new Random(7);
        String[] bits = {"a", "б", "𝔄", "\n", "\r\n", "\r", " ", "Hồ"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.append(bits[r.nextInt(bits.length)]);
        SourceText s = new SourceText("t.md", sb.toString());
        SpanCursor c = new SpanCursor(s);
        for (int i = 0; i <= s.text().length(); i++) assertEquals(s.span(i, 2), c.span(i, 2), "forward at " + i);
        for (int k = 0; k < 2000; k++) {
            int at = r.nextInt(s.text().length() + 1);
            assertEquals(s.span(at), c.span(at), "at " + at);
        }
    }
}
