package org.opis.cite;

import java.util.BitSet;

/**
 * A note's text with conversion residue taken out — emphasis asterisks, {@code <sup>…</sup>}
 * footnote markers (kept as {@code 12. } when one opens a line, as in a converted notes section)
 * and other HTML tags, Markdown heading lines; wikitext Harvard templates become the parenthesis they render
 * ({@link WikiTemplates}) — keeping for every remaining
 * character its offset in the original and whether it was in italics. Citations are found in
 * this view; their places are reported in the original.
 */
final class MarkupView {

    /** Characters a backslash escapes in Markdown (quotation marks, emphasis marks, brackets …). */
    private static final String ESCAPABLE = "\"'*_[]()<>$#`~|";

    private final String text;
    private final OffsetRuns origin;
    private final BitSet italic;
    private final int originalEnd;

    private MarkupView(String text, OffsetRuns origin, BitSet italic, int originalEnd) {
        this.text = text;
        this.origin = origin;
        this.italic = italic;
        this.originalEnd = originalEnd;
    }

    /** The clean view of {@code source[from, to)}. Heading lines ({@code # …}) become empty lines. */
    static MarkupView of(String source, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        OffsetRuns map = new OffsetRuns();
        BitSet it = new BitSet();
        boolean em = false;
        boolean lineStart = true;
        int i = from;
        int linkWordsEnd = -1;
        int linkEnd = -1;
        while (i < to) {
            if (i == linkWordsEnd) {
                // the address after a citation written as a link's words: no part of the text
                i = linkEnd;
                linkWordsEnd = -1;
                continue;
            }
            char c = source.charAt(i);
            if (c == '[' && linkWordsEnd < 0) {
                int[] link = citationLink(source, i, to);
                if (link != null) {
                    // "[Dennerlein (2009, S.71)](https://www.zotero.org/…)": a citation set as a link's words is read as written
                    linkWordsEnd = link[0];
                    linkEnd = link[1];
                    i++;
                    continue;
                }
            }
            if (lineStart) {
                int j = i;
                while (j < to && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) j++;
                if (j < to && source.charAt(j) == '#') {
                    while (i < to && source.charAt(i) != '\n') i++;
                    continue;
                }
                if (j < to && (source.charAt(j) == '\n' || source.charAt(j) == '\r')) em = false; // paragraph break
                lineStart = false;
            }
            if (c == '\n') {
                lineStart = true;
            }
            if (c == '{') {
                WikiTemplates.Rendered w = WikiTemplates.at(source, i, to);
                if (w != null) {
                    // a Harvard template of raw wikitext ("{{Sfn|Mattern|2019|p=592}}"): the parenthesis it renders, placed at the template
                    for (int k = 0; k < w.text().length(); k++) {
                        map.add(sb.length(), k == w.text().length() - 1 ? w.end() - 1 : i);
                        sb.append(w.text().charAt(k));
                    }
                    i = w.end();
                    continue;
                }
            }
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(source.charAt(i + 1)) >= 0) {
                // a Markdown escape (pandoc writes \" and \*): the character itself, never markup
                map.add(sb.length(), i + 1);
                if (em) it.set(sb.length());
                sb.append(source.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '*' || c == '_' && isEmphasisUnderscore(source, i, from, to)) {
                em = !em;
                i++;
                continue;
            }
            if (c == '<') {
                int close = tagEnd(source, i, to);
                if (close > 0) {
                    String tag = source.substring(i, close + 1).toLowerCase(java.util.Locale.ROOT);
                    if (tag.startsWith("<sup") ) {
                        int endSup = -1;
                        for (int k = close + 1; k < Math.min(to, close + 40); k++) {
                            if (source.regionMatches(true, k, "</sup>", 0, 6)) {
                                endSup = k;
                                break;
                            }
                        }
                        if (endSup >= 0 && endSup + 6 <= to) {
                            // a note number opening a line of the notes ("<sup>12</sup> Ibid., 45.") stays, as "12. "
                            String inner = source.substring(close + 1, endSup).strip();
                            if (atLineStart(sb) && !inner.isEmpty() && inner.length() <= 4 && inner.chars().allMatch(Character::isDigit)) {
                                for (char d : (inner + ". ").toCharArray()) {
                                    map.add(sb.length(), i);
                                    sb.append(d);
                                }
                            }
                            i = endSup + 6;
                            continue;
                        }
                    }
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\u00A0' || c == '\u202F') c = ' ';
            map.add(sb.length(), i);
            if (em) it.set(sb.length());
            sb.append(c);
            i++;
        }
        map.add(sb.length(), to);
        return new MarkupView(sb.toString(), map, it, to);
    }

    private static final java.util.regex.Pattern CITATION_LINK = java.util.regex.Pattern.compile(
            "\\[(\\p{Lu}[^\\[\\]\\n]{0,80}?(?<!\\d)(?:1[5-9]\\d\\d|20[0-4]\\d)[a-z]?(?!\\d)[^\\[\\]\\n]{0,30})\\]\\((?:https?://|#)[^()\\s]{1,500}\\)");

    /**
     * A Markdown link whose words are a citation — a name first and a year ({@code [Dennerlein (2009, S.71)](https://…)},
     * {@code [Ryan 2014, p.7](…)}, as citation managers write them into a text): the end of its words and of the whole link,
     * or null.
     */
    private static int[] citationLink(String s, int i, int to) {
        java.util.regex.Matcher m = CITATION_LINK.matcher(s).region(i, Math.min(to, i + 700));
        if (!m.lookingAt()) return null;
        return new int[]{m.end(1), m.end()};
    }

    /** True when nothing but spaces precedes the end of {@code sb} on its line. */
    private static boolean atLineStart(StringBuilder sb) {
        for (int k = sb.length() - 1; k >= 0; k--) {
            char c = sb.charAt(k);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    private static boolean isEmphasisUnderscore(String s, int i, int from, int to) {
        boolean before = i > from && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
        return !(before && after); // snake_case words keep their underscores
    }

    /** Index of the {@code >} closing an HTML-like tag starting at {@code i}, or -1. */
    private static int tagEnd(String s, int i, int to) {
        int j = i + 1;
        if (j < to && s.charAt(j) == '/') j++;
        int nameStart = j;
        while (j < to && Character.isLetter(s.charAt(j))) j++;
        if (j == nameStart || j - nameStart > 10) return -1;
        int limit = Math.min(to, j + 80);
        while (j < limit && s.charAt(j) != '>' && s.charAt(j) != '<' && s.charAt(j) != '\n') j++;
        return j < limit && s.charAt(j) == '>' ? j : -1;
    }

    String text() {
        return text;
    }

    /** Offset in the original of the character at {@code i} of this view (or of the end). */
    int origin(int i) {
        return origin.origin(i);
    }

    /** Length in the original of the view's range [start, end). */
    int originLength(int start, int end) {
        if (end <= start) return 0;
        return origin(end - 1) + 1 - origin(start);
    }

    boolean italic(int i) {
        return italic.get(i);
    }
}
