package org.opis.reflist;

import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.WorkingText.blank;

/**
 * An archive declared in a list of sources, without italics or quotes: {@code Name [English name] (ACRONYM).} — the
 * archive's own name, its translation in brackets and the acronym the notes cite it by. It becomes a collection
 * whose short title and archive are the acronym.
 */
final class DeclaredArchives {
    private DeclaredArchives() {
    }

    private static final Pattern ACRONYM = Pattern.compile("\\(([\\p{Lu}][\\p{L}\\d .-]{1,24})\\)\\s?\\.?\\s?$");

    /** Reads the rest of the entry from {@code pos} as a declared archive if it is one; true when it was. */
    static boolean tryArchive(String w, StringBuilder b, int pos, Draft d) {
        String s = b.substring(pos);
        if (s.indexOf('*') >= 0 || s.indexOf('“') >= 0 || s.indexOf('"') >= 0) return false;
        Matcher m = ACRONYM.matcher(s);
        if (!m.find()) return false;
        String acr = m.group(1).strip();
        int upper = 0;
        for (int i = 0; i < acr.length(); i++) if (Character.isUpperCase(acr.charAt(i))) upper++;
        if (upper < 2 || YEAR_P.matcher(s).find()) return false;
        String head = s.substring(0, m.start()).strip();
        String english = null;
        int lb = head.indexOf('[');
        int rb = head.lastIndexOf(']');
        if (lb >= 0 && rb > lb) {
            english = Markup.clean(head.substring(lb + 1, rb));
            head = (head.substring(0, lb) + head.substring(rb + 1)).strip();
        }
        if (head.isEmpty()) return false;
        d.archiveRecord = true;
        d.type = "collection";
        d.title = Markup.clean(head);
        d.titleShort = acr;
        d.archive = acr;
        if (english != null && !english.isEmpty()) {
            d.notes.add(english);
            d.extra.put("english-name", english);
        }
        d.extra.put("acronym", acr);
        blank(b, pos, b.length());
        return true;
    }
}
