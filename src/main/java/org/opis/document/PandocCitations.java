package org.opis.document;

import org.opis.cite.Locator;
import org.opis.cite.Locators;
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

    static final String KEY = "(?:\\{([^{}]+)\\}|([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/](?=[\\p{L}\\p{N}_]))*))";
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*?(?<![\\p{L}\\p{N}_])-?@" + KEY + "[^\\[\\]]*)\\]");
    private static final Pattern ITEM = Pattern.compile("(-)?@" + KEY);
    private static final Pattern INTEXT = Pattern.compile("(?<![\\p{L}\\p{N}_@\\-])@" + KEY + "(?:\\s*\\[([^\\[\\]@]*)\\])?");

    private PandocCitations() {
    }

    /** The pandoc citations of one block; {@code span} turns a text offset of the block into a place in the file. */
    static List<KeyCitation> find(String text, int block, boolean inNote, java.util.function.IntFunction<Span> span, int[] group) {
        List<KeyCitation> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            // a Markdown link [text](url) or footnote is not a citation
            if (m.end() < text.length() && text.charAt(m.end()) == '(' ) continue;
            group[0]++;
            String inner = m.group(1);
            int innerStart = m.start(1);
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
                out.add(new KeyCitation(m.group(), key, span.apply(partStart + im.start()), group[0], locators(suffix), prefix,
                        im.group(1) != null, inNote, Optional.empty(), block, m.start(), m.end()));
            }
            for (int k = m.start(); k < m.end(); k++) taken[k] = true;
        }
        Matcher t = INTEXT.matcher(text);
        while (t.find()) {
            if (taken[t.start()]) continue;
            String key = t.group(1) != null ? t.group(1) : t.group(2);
            String loc = t.group(3) == null ? "" : t.group(3);
            group[0]++;
            out.add(new KeyCitation(t.group(), key, span.apply(t.start()), group[0], locators(loc), "", false, inNote,
                    Optional.empty(), block, t.start(), t.end()));
        }
        out.sort(java.util.Comparator.comparingInt(KeyCitation::start));
        return out;
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
