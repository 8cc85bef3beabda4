package org.opis.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class SourceTextTest {

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        // "𝔄" is outside the BMP: two UTF-16 units, one column.
        SourceText t = new SourceText("n", "a\n𝔄 (Hồ 1969)\nlast");
        int off = t.text().indexOf("(Hồ");
        assertEquals(2, t.span(off).line());
        assertEquals(3, t.span(off).column());
        assertEquals("last", t.line(3));
        assertEquals(3, t.lineCount());
    }

    @Test
    void crlfAndFinalLineWithoutNewline() {
        SourceText t = new SourceText("n", "one\r\ntwo\rthree");
        assertEquals(3, t.lineCount());
        assertEquals("two", t.line(2));
        assertEquals(3, t.span(t.text().indexOf("three")).line());
    }

    @Test
    void binaryBytesAreReportedNotThrown() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 31 + 7);
        SourceReader.Result r = SourceReader.decode("junk.bin", junk);
        assertTrue(r.binary());
    }

    @Test
    void malformedUtf8IsRepairedAndReported() {
        byte[] bytes = "Gjirokastër, Tiranë, Shkodër, Korçë, Durrës; Gjirokastër".getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xE9; // one damaged byte in otherwise UTF-8 text
        SourceReader.Result r = SourceReader.decode("x.txt", bytes);
        assertEquals("input/encoding", r.diagnostics().get(0).code());
        assertTrue(r.source().text().startsWith("Gji\uFFFDokastër"), r.source().text());
        assertFalse(r.binary());
    }

    @Test
    void columnsOnVeryLongLinesAgreeWithCountingFromTheLineStart() {
        // random text with surrogate pairs and newlines, long enough to cross many 1024-unit blocks
        java.util.Random rnd = new java.util.Random(42);
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"a", "ё", "𝔄", "\n", " ", "Ф. 17", "😀"};
        while (sb.length() < 20_000) sb.append(pieces[rnd.nextInt(pieces.length)]);
        String text = sb.toString();
        SourceText t = new SourceText("long", text);
        for (int i = 0; i < 3_000; i++) {
            int off = rnd.nextInt(text.length() + 1);
            int lineStart = text.lastIndexOf('\n', off - 1) + 1;
            assertEquals(text.codePointCount(lineStart, off) + 1, t.span(off).column(), "offset " + off);
        }
    }
}
