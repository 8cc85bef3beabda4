package org.opis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CSL rich text: the few HTML-like tags that CSL processors read inside a string variable
 * (CSL 1.0.2, appendix "Rich Text"; citeproc-js and Zotero): {@code <i>}, {@code <b>},
 * {@code <sup>}, {@code <sub>}, {@code <span style="font-variant:small-caps;">} and
 * {@code <span class="nocase">} (text a style must not change the case of). Only these tags, and
 * only when they pair up, are markup; anything else (a lone {@code <i>}, {@code a < b}) is text.
 * Readers and writers of other formats (BibTeX's {@code \emph}, the formatter's output markup)
 * translate to and from the pieces given here.
 */
public final class RichText {

    /** A kind of markup, with the spelling opis writes. */
    public enum Tag {
        ITALIC("<i>", "</i>"),
        BOLD("<b>", "</b>"),
        SMALL_CAPS("<span style=\"font-variant:small-caps;\">", "</span>"),
        SUPERSCRIPT("<sup>", "</sup>"),
        SUBSCRIPT("<sub>", "</sub>"),
        NOCASE("<span class=\"nocase\">", "</span>");

        private final String open;
        private final String close;

        Tag(String open, String close) {
            this.open = open;
            this.close = close;
        }

        /** The opening tag as opis writes it. */
        public String open() {
            return open;
        }

        /** The closing tag. */
        public String close() {
            return close;
        }
    }

    /** A piece of rich text: text, or the start or end of a tag. */
    public sealed interface Piece permits Text, Open, Close {
    }

    /** Plain text (tags that do not pair up are part of it). */
    public record Text(String text) implements Piece {
    }

    /** The start of a tag. */
    public record Open(Tag tag) implements Piece {
    }

    /** The end of the tag last opened. */
    public record Close(Tag tag) implements Piece {
    }

    /** Opening spellings read (as Zotero and citeproc-js write them), lower case, spaces as written. */
    private static final String[][] OPENINGS = {
            {"<i>", "ITALIC"}, {"<b>", "BOLD"}, {"<sup>", "SUPERSCRIPT"}, {"<sub>", "SUBSCRIPT"},
            {"<span class=\"nocase\">", "NOCASE"}, {"<span class='nocase'>", "NOCASE"},
            {"<span style=\"font-variant:small-caps;\">", "SMALL_CAPS"}, {"<span style=\"font-variant: small-caps;\">", "SMALL_CAPS"},
            {"<span style=\"font-variant:small-caps\">", "SMALL_CAPS"}, {"<span style=\"font-variant: small-caps\">", "SMALL_CAPS"},
    };

    private RichText() {
    }

    /** True when the text has at least one pair of tags. */
    public static boolean hasMarkup(String s) {
        if (s == null || s.indexOf('<') < 0) return false;
        for (Piece p : parse(s)) if (!(p instanceof Text)) return true;
        return false;
    }

    /** The text without its markup. */
    public static String plain(String s) {
        if (s == null || s.indexOf('<') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (Piece p : parse(s)) if (p instanceof Text t) b.append(t.text());
        return b.toString();
    }

    /** The pieces as rich text again, in opis's spelling of the tags. */
    public static String write(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p instanceof Text t) b.append(t.text());
            else if (p instanceof Open o) b.append(o.tag().open());
            else if (p instanceof Close c) b.append(c.tag().close());
        }
        return b.toString();
    }

    /**
     * The pieces of a string: consecutive text joined, every {@link Open} matched by a {@link Close}
     * of the same tag, properly nested. A tag that does not pair up is kept as text.
     */
    public static List<Piece> parse(String s) {
        // 1. candidate tags, by position
        List<Object[]> raw = new ArrayList<>(); // {start, end, Tag, boolean open}
        int i = s.indexOf('<');
        while (i >= 0) {
            Object[] t = tagAt(s, i);
            if (t != null) {
                raw.add(t);
                i = s.indexOf('<', (int) t[1]);
            } else {
                i = s.indexOf('<', i + 1);
            }
        }
        if (raw.isEmpty()) return s.isEmpty() ? List.of() : List.of(new Text(s));
        // 2. pair them: a close matches the innermost open of its kind (</span> any span kind)
        boolean[] kept = new boolean[raw.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int k = 0; k < raw.size(); k++) {
            Object[] t = raw.get(k);
            Tag tag = (Tag) t[2];
            if ((boolean) t[3]) {
                stack.push(k);
            } else if (!stack.isEmpty() && closes(tag, (Tag) raw.get(stack.peek())[2])) {
                int o = stack.pop();
                kept[o] = true;
                kept[k] = true;
                raw.get(k)[2] = raw.get(o)[2];
            } else if (!stack.isEmpty() && stack.stream().anyMatch(o -> closes(tag, (Tag) raw.get(o)[2]))) {
                // crossing tags (<i>a<b>b</i>c</b>): the opens above the match stay text
                while (!closes(tag, (Tag) raw.get(stack.peek())[2])) stack.pop();
                int o = stack.pop();
                kept[o] = true;
                kept[k] = true;
                raw.get(k)[2] = raw.get(o)[2];
            }
        }
        // 3. a pair whose inner tags were dropped stays balanced; emit
        List<Piece> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int pos = 0;
        for (int k = 0; k < raw.size(); k++) {
            if (!kept[k]) continue;
            Object[] t = raw.get(k);
            text.append(s, pos, (int) t[0]);
            if (text.length() > 0) {
                out.add(new Text(text.toString()));
                text.setLength(0);
            }
            out.add((boolean) t[3] ? new Open((Tag) t[2]) : new Close((Tag) t[2]));
            pos = (int) t[1];
        }
        text.append(s, pos, s.length());
        if (text.length() > 0) out.add(new Text(text.toString()));
        return out;
    }

    private static boolean closes(Tag close, Tag open) {
        if (close == open) return true;
        return close == Tag.NOCASE && open == Tag.SMALL_CAPS; // "</span>" is read as NOCASE's close
    }

    private static Object[] tagAt(String s, int i) {
        if (s.startsWith("</", i)) {
            for (Tag t : new Tag[]{Tag.ITALIC, Tag.BOLD, Tag.SUPERSCRIPT, Tag.SUBSCRIPT, Tag.NOCASE}) {
                if (s.regionMatches(true, i, t.close(), 0, t.close().length())) return new Object[]{i, i + t.close().length(), t, false};
            }
            return null;
        }
        for (String[] o : OPENINGS) {
            if (s.regionMatches(true, i, o[0], 0, o[0].length())) return new Object[]{i, i + o[0].length(), Tag.valueOf(o[1]), true};
        }
        return null;
    }
}
