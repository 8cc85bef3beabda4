package org.opis.document;

import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.cite.UnclosedParentheses;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax in a block of text: bracketed citations {@code [see @kotkin1995, p. 45;
 * @fitzpatrick1999]}, author-suppressed {@code [-@kotkin1995]} and in-text {@code @kotkin1995 [p. 45]}.
 * A key starts with a letter, digit or {@code _} and may hold internal punctuation
 * ({@code :.#$%&-+?<>~/}); trailing punctuation ends it; {@code @{key}} quotes a key. An {@code @}
 * after a letter or digit (an e-mail address) is not a citation.
 */
public final class PandocCitations {

    // Written so that the regex engine loops, not recurses, over a key's characters: a run of letters
    // and digits is one possessive class, and only a punctuation mark starts a new (bounded) segment —
    // a 1 MB key used to overflow the stack.
    static final String KEY = "(?:\\{([^{}]+)\\}|([\\p{L}\\p{N}_][\\p{L}\\p{N}_]*+(?:[:.#$%&\\-+?<>~/][\\p{L}\\p{N}_]++){0,200}+))";
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*?(?<![\\p{L}\\p{N}_])-?@" + KEY + "[^\\[\\]]*)\\]");
    private static final Pattern ITEM = Pattern.compile("(-)?@" + KEY);
    private static final Pattern INTEXT = Pattern.compile("(?<![\\p{L}\\p{N}_@\\-])@" + KEY + "(?:\\s*\\[([^\\[\\]@]*)\\])?");

    private PandocCitations() {
    }

    /** The pandoc citations of one block; {@code span} turns a text offset of the block into a place in the file. */
    static List<KeyCitation> find(String text, int block, boolean inNote, java.util.function.IntFunction<Span> span, int[] group) {
        List<KeyCitation> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        boolean[] code = CodeSpans.of(text);
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            if (code[m.start()]) continue;
            // a Markdown link [text](url) or footnote is not a citation
            if (m.end() < text.length() && text.charAt(m.end()) == '(' ) continue;
            bracket(text, m.group(), m.start(), m.end(), m.group(1), m.start(1), block, inNote, span, group, out, taken);
        }
        // a [ never closed, holding a key: read to the end of its sentence or paragraph (see unclosed)
        for (UnclosedParentheses.Paren u : unclosed(text)) {
            if (taken[u.open()] || code[u.open()]) continue;
            bracket(text, text.substring(u.open(), u.close()), u.open(), u.close(), text.substring(u.open() + 1, u.close()), u.open() + 1,
                    block, inNote, span, group, out, taken);
        }
        Matcher t = INTEXT.matcher(text);
        while (t.find()) {
            if (taken[t.start()] || code[t.start()]) continue;
            String key = t.group(1) != null ? t.group(1) : t.group(2);
            String loc = t.group(3) == null ? "" : t.group(3);
            group[0]++;
            out.add(new KeyCitation(t.group(), key, span.apply(t.start()), group[0], locators(loc), "", false, inNote,
                    Optional.empty(), block, t.start(), t.end()));
        }
        out.sort(java.util.Comparator.comparingInt(KeyCitation::start));
        return out;
    }

    /**
     * The brackets of a block that are never closed and hold a citation key: each ends at the first
     * sentence end or paragraph end it can prove ({@link UnclosedParentheses}), so {@code [see
     * @kotkin1995, p. 45. Later …} is still one bracketed citation with its locator, and the text
     * after it is read as usual.
     */
    public static List<UnclosedParentheses.Paren> unclosed(String text) {
        List<UnclosedParentheses.Paren> out = new ArrayList<>();
        if (text.indexOf('[') < 0) return out;
        for (UnclosedParentheses.Paren p : UnclosedParentheses.scan(text, Integer.MAX_VALUE, '[', ']')) {
            if (p.closed()) continue;
            Matcher im = ITEM.matcher(text).region(p.open() + 1, p.close());
            while (im.find()) {
                if (im.start() == p.open() + 1 || !Character.isLetterOrDigit(text.charAt(im.start() - 1))) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    private static void bracket(String text, String whole, int start, int end, String inner, int innerStart, int block, boolean inNote,
                                java.util.function.IntFunction<Span> span, int[] group, List<KeyCitation> out, boolean[] taken) {
        {
            group[0]++;
            int pos = 0;
            for (String part : inner.split(";", -1)) {
                int partStart = innerStart + pos;
                pos += part.length() + 1;
                Matcher im = ITEM.matcher(part);
                if (!im.find()) continue;
                if (im.start() > 0 && Character.isLetterOrDigit(part.charAt(im.start() - 1))) continue;
                String key = im.group(2) != null ? im.group(2) : im.group(3);
                String prefix = part.substring(0, im.start()).strip();
                String suffix = part.substring(im.end());
                out.add(new KeyCitation(whole, key, span.apply(partStart + im.start()), group[0], locators(suffix), prefix,
                        im.group(1) != null, inNote, Optional.empty(), block, start, end));
            }
            for (int k = start; k < end; k++) taken[k] = true;
        }
    }

    /** A pinpoint written after a key: {@code , p. 45}, {@code 45–47}, {@code chap. 3}. */
    static List<Locator> locators(String suffix) {
        String s = suffix.strip();
        if (s.startsWith(",")) s = s.substring(1).strip();
        if (s.isEmpty()) return List.of();
        s = s.replace("--", "\u2013");
        return Locators.standard().read(s).locators();
    }
}
