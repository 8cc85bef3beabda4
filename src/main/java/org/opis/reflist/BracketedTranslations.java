package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.ArrayList;
import java.util.List;

/**
 * A translation in brackets after the title ({@code *Sovetskaia pomoshch' Albanii* [Soviet Aid to Albania]}, the
 * transliterated references of Russian journals): where the rules read the title without it and kept the translation in
 * their note, a tagger's title that ran over the brackets stays the rules'. A check of {@link ChoiceChecks}' kind, on the
 * content of the two readings.
 */
final class BracketedTranslations {
    private BracketedTranslations() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        if (!take.contains("title")) return take;
        String tv = tagged.item("x").getTitle();
        String rv = rules.getTitle();
        String note = rules.getNote();
        if (tv == null || rv == null || note == null || !tv.endsWith("]")) return take;
        int open = tv.lastIndexOf('[');
        if (open <= 0) return take;
        String before = tv.substring(0, open).strip();
        String inside = tv.substring(open + 1, tv.length() - 1).strip();
        if (inside.isEmpty() || !before.equals(rv) || !note.contains(inside)) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("title");
        return out;
    }
}
