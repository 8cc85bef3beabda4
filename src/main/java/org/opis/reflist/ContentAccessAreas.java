package org.opis.reflist;

import org.opis.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GOST R 7.0.100-2018's area of content type and means of access, set apart by a dash: {@code … — 624 с. — Текст :
 * непосредственный.}, {@code … / M. Alharby. — Текст : электронный // Scientific Reports. — 2025. — Vol. 15.}. It is
 * neither part of the title, the statement of responsibility nor the imprint: taken out of the working text before the
 * title is read, its means of access kept as the medium. The words of both halves are data
 * ({@code content-access.tsv}); the area is read only with a word of each around a colon.
 */
final class ContentAccessAreas {
    private ContentAccessAreas() {
    }

    private static final Pattern AREA;

    static {
        Map<String, String> words = Data.map("content-access.tsv");
        List<String> content = new ArrayList<>();
        List<String> access = new ArrayList<>();
        words.forEach((w, kind) -> ("content".equals(kind) ? content : access).add(w));
        String c = "(?:" + Words.alternation(content, true) + ")";
        String a = "(?:" + Words.alternation(access, true) + ")";
        AREA = Pattern.compile("(?<=[.\\s])[—–-]\\s?" + c + "(?:\\s?\\.\\s?" + c + ")*\\s?:\\s?(" + a + "(?:\\s?;\\s?" + a + ")*)(?![\\p{L}])\\.?");
    }

    /** Blanks each such area of {@code b} (from {@code from} on) and keeps the first means of access as the medium of {@code d}. */
    static void take(StringBuilder b, int from, Draft d) {
        if (b.indexOf(":", from) < 0) return;
        Matcher m = AREA.matcher(b);
        int at = from;
        while (at < b.length() && m.find(at)) {
            d.extra.putIfAbsent("medium", m.group(1));
            WorkingText.blank(b, m.start(), m.end());
            at = m.end();
        }
    }
}
