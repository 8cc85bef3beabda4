package org.opis.bibtex;

import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where in a .bib file a JBibTeX error or an entry's field is: JBibTeX counts lines and columns within the entry it was given. */
final class BibSpans {

    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

    private BibSpans() {
    }

    static String firstLine(String m) {
        if (m == null) return "syntax error";
        String s = m.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    static Span at(SourceText source, int chunkStart, String chunk, ParseException e) {
        Token t = e.currentToken;
        if (t != null && t.next != null) t = t.next;
        if (t == null) return source.span(chunkStart);
        return lineCol(source, chunkStart, chunk, t.beginLine, t.beginColumn);
    }

    static Span at(SourceText source, int chunkStart, String chunk, String message) {
        Matcher m = message == null ? null : LEXICAL.matcher(message);
        if (m == null || !m.find()) return source.span(chunkStart);
        return lineCol(source, chunkStart, chunk, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static Span lineCol(SourceText source, int chunkStart, String chunk, int line, int column) {
        int off = 0;
        for (int l = 1; l < line && off < chunk.length(); l++) {
            int nl = chunk.indexOf('\n', off);
            if (nl < 0) break;
            off = nl + 1;
        }
        off = Math.min(chunk.length(), off + Math.max(0, column - 1));
        return source.span(chunkStart + off);
    }

    /** Finds where a field or word of an entry is, for findings that point at it rather than at the entry. */
    record Locator(SourceText source, int chunkStart, String chunk) {
        Span field(String name, Span fallback) {
            Matcher m = Pattern.compile("(?i)(?<![A-Za-z0-9_-])" + Pattern.quote(name) + "\\s*=").matcher(chunk);
            return m.find() ? source.span(chunkStart + m.start(), name.length()) : fallback;
        }

        Span word(String w, Span fallback) {
            int i = chunk.indexOf(w);
            return i >= 0 ? source.span(chunkStart + i, w.length()) : fallback;
        }
    }

}
