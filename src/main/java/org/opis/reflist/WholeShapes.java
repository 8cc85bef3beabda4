package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.text.Markup;

/**
 * Whether the rules read an entry whole by a strict shape of their own — title first, names, year and {@code Place:
 * Publisher} ({@link TitleFirstImprint}), or a web citation by commas with its access date ({@link CommaWebCitations}) —
 * so that the tagger's fields are not taken over theirs. Every part of such an entry is accounted for by its shape (the
 * last two parts a year and an imprint; a date, a site and an access statement), where the tagger, which learned these
 * shapes from few or no lists, splits titles of several commas. Checked on the entry's text, and only when the rules'
 * title is the shape's.
 */
final class WholeShapes {
    private WholeShapes() {
    }

    /** True when {@code entry} has one of the strict shapes and the rules' record is its reading. */
    static boolean readWhole(CSLItemData rules, String entry) {
        if (entry == null || rules == null || rules.getTitle() == null || entry.length() > 1000) return false;
        String title = CjkShapes.title(entry);
        if (title != null) return title.equals(rules.getTitle());
        if (entry.indexOf(',') < 0) return false;
        if (entry.indexOf(':') > 0) {
            Draft d = new Draft();
            if (TitleFirstImprint.read(Markup.clean(entry), d)) title = d.title;
        }
        if (title == null && rules.getAccessed() != null && "webpage".equals(rules.getType() == null ? null : rules.getType().toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
            Draft d = new Draft();
            StringBuilder b = new StringBuilder(entry);
            EntryLinks.take(entry, b, d);
            if (CommaWebCitations.read(Markup.clean(b.toString()), b.toString(), d)) title = d.title;
        }
        return title != null && title.equals(rules.getTitle());
    }
}
