package org.opis.reflist;

import org.opis.text.Markup;

/**
 * The strict shape of a CJK citation for {@link WholeShapes}: a title in the title brackets 《》『』「」〈〉 that
 * {@link CjkCitations} reads ({@code 《조선초기 정치지배세력연구》(정두희, 일조각, 1983)}, {@code 著者『書名』（出版社、年）}). The
 * brackets bound the title, so the rules' reading of such an entry is taken whole rather than field by field, when the
 * reader placed every part of it (nothing left for the note).
 */
final class CjkShapes {
    private CjkShapes() {
    }

    /** The title {@link CjkCitations} reads from {@code entry} when the entry opens its title with a title bracket, else null. */
    static String title(String entry) {
        if (entry.indexOf('《') < 0 && entry.indexOf('『') < 0 && entry.indexOf('「') < 0 && entry.indexOf('〈') < 0) return null;
        Draft d = new Draft();
        // whole only when every part was placed: a part left in the note means the shape was not all read
        return CjkCitations.read(Markup.clean(entry), d) && d.notes.isEmpty() ? d.title : null;
    }
}
