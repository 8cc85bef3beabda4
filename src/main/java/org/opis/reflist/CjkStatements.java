package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two parts of the statement in parentheses after a CJK title that {@link CjkCitations}' comma reader would not place:
 * the author of a title-first citation written in Hangul ({@code 《조선초기 정치지배세력연구》(정두희, 일조각, 1983)}: the
 * first of three or more parts, before the publisher and the year), and a journal in {@code 《》} after an article's
 * author, with its volume and issue ({@code 〈李朝初期の徭役〉(有井智德, 《朝鮮學報》 30·31, 1961)},
 * {@code 《歷史學硏究》 7―7·8·9}: volume, horizontal bar, issue).
 */
final class CjkStatements {
    private CjkStatements() {
    }

    /** A personal name in Hangul: two to four syllables, family name first, no space. */
    private static final Pattern HANGUL_NAME = Pattern.compile("[\\uAC00-\\uD7A3]{2,4}");
    private static final Pattern PARTS = Pattern.compile("\\s?[、，,]\\s?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}(?:[·・]\\d{4})?年?");
    private static final Pattern JOURNAL = Pattern.compile(
            "《\\s*([^《》]+?)\\s*》\\s*(\\d+(?:[·・]\\d+)*)?(?:―(\\d+(?:[·・∼~-]\\d+)*))?");

    /** The statement without its first part when that part is a Hangul name heading three or more parts that close with a year; the name becomes the author. */
    static String leadingName(String inner, Draft d) {
        if (!d.authors.isEmpty() || !d.editors.isEmpty()) return inner;
        String t = inner.strip();
        String[] parts = PARTS.split(t);
        if (parts.length < 3 || !HANGUL_NAME.matcher(parts[0].strip()).matches()
                || !YEAR.matcher(parts[parts.length - 1].strip()).matches()) return inner;
        d.authors.add(CjkNames.literal(parts[0].strip()));
        Matcher sep = PARTS.matcher(t);
        return sep.find() ? t.substring(sep.end()) : "";
    }

    /** The statement without a journal in 《》 (an article's), which becomes the container with the volume and issue after it. */
    static String journal(String inner, Draft d) {
        if (d.containerTitle != null) return inner;
        Matcher m = JOURNAL.matcher(inner);
        if (!m.find() || m.start() == 0) return inner;
        d.containerTitle = m.group(1);
        if (m.group(2) != null && d.volume == null) d.volume = m.group(2);
        if (m.group(3) != null && d.issue == null) d.issue = m.group(3);
        return inner.substring(0, m.start()) + inner.substring(m.end());
    }
}
