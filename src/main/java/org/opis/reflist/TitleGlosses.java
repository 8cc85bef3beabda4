package org.opis.reflist;

import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.WorkingText.blank;

/**
 * Remarks about a title written beside it: a translation in brackets ({@code *Sovetskii Soiuz …* [The Soviet Union …]})
 * goes to the note and the {@code gloss} extra; a stated language ({@code (In Russian)}, {@link StatedLanguage}) sets the
 * language; lower-case remarks in parentheses ({@code (with a foreword by …)}, {@code (reprint)}) go to the note.
 */
final class TitleGlosses {
    private TitleGlosses() {
    }

    /** Moves a closing bracketed translation ({@code … [The Soviet Union …].}) of a title into the note; returns the title part. */
    static String takeGloss(String t, Draft d) {
        String x = t.strip();
        while (x.endsWith(".") || x.endsWith(",")) x = x.substring(0, x.length() - 1).strip();
        if (!x.endsWith("]")) return t;
        int lb = x.lastIndexOf('[');
        if (lb <= 0) return t;
        String gloss = Markup.clean(x.substring(lb + 1, x.length() - 1));
        if (gloss.isEmpty()) return t;
        d.notes.add(gloss);
        d.extra.putIfAbsent("gloss", gloss);
        return x.substring(0, lb);
    }

    /** A bracketed translation starting at {@code at} (after spaces) goes to the note; returns where the text goes on. */
    static int glossAt(StringBuilder b, int at, Draft d) {
        int i = at;
        while (i < b.length() && b.charAt(i) == ' ') i++;
        if (i >= b.length() || b.charAt(i) != '[') return at;
        int close = -1;
        for (int j = i + 1; j < Math.min(b.length(), i + 300); j++) {
            char c = b.charAt(j);
            if (c == '[') return at;
            if (c == ']') {
                close = j;
                break;
            }
        }
        if (close < 0) return at;
        String gloss = Markup.clean(b.substring(i + 1, close));
        if (gloss.isEmpty() || YEAR_P.matcher(gloss).matches()) return at;
        // an imprint the compiler supplied is no gloss: "[Nijmegen 2006]", a known place then the year (TailDates reads it)
        if (TailDates.suppliedImprint(gloss)) return at;
        d.notes.add(gloss);
        d.extra.putIfAbsent("gloss", gloss);
        blank(b, i, close + 1);
        return close + 1;
    }

    private static final Pattern REMARK = Pattern.compile("\\(((?:with|introduction|foreword|preface|afterword|reprint|reprinted|first published|translated|abridged|с\\s|предисл|вступ)[^()]{0,150})\\)");

    /** Takes {@code (In Russian)} and lower-case remarks such as {@code (with a foreword by …)} out of the tail; returns a stated language or null. */
    static String remarks(StringBuilder b, int from, Draft d) {
        String language = null;
        var stated = StatedLanguage.find(b, from);
        if (stated.isPresent()) {
            language = stated.get().code();
            blank(b, stated.get().start(), stated.get().end());
        }
        Matcher rm = REMARK.matcher(b);
        if (rm.find(Math.min(from, b.length()))) {
            d.notes.add(Markup.clean(rm.group(1)));
            blank(b, rm.start(), rm.end());
        }
        return language;
    }

    /** A thesis or its abstract named at the end of the title ({@code … deiatel'nost'. Avtoreferat}) becomes the genre. */
    static void genreClosingTitle(Draft d) {
        Matcher tg = TITLE_GENRE.matcher(d.title);
        if (tg.find() && tg.start() > 0) {
            d.type = "thesis";
            d.genre = Markup.clean(tg.group(1) != null ? tg.group(1) : tg.group(2));
            d.title = d.title.substring(0, tg.start()).strip();
        }
    }

    /** A thesis or its abstract named at the end of the title: {@code … deiatel'nost'. Avtoreferat}. */
    private static final Pattern TITLE_GENRE = Pattern.compile(
            "(?:\\.\\s((?:[Aa]vtoreferat|[Аа]втореферат)(?:\\s[\\p{L}.]{1,40}){0,4})\\.?"
            + "|\\s?:\\s((?:[Дд]ис|[Аа]втореф\\.\\s?дис|[Dd]iss|[Aa]vtoref\\.\\s?diss?)\\.[^:]{0,80}?)(?:\\s?:\\s?[\\d.]{5,12})?)$");
}
