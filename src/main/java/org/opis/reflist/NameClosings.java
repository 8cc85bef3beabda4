package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.Locale;
import java.util.Map;

/**
 * A word closing the list of names read as the first words of the title, where the names end in a comma or full stop and
 * the closing word follows them ({@code Albert Carnesale, et al., Living With Nuclear Weapons (…)}, {@code Goncharov, S.
 * et al., Uncertain Partners (1993)}, {@code Inis L. Claude, Jr., Power and International Relations (…)},
 * {@code ACCIOLY, H. e outros. Manual de Direito …}, {@code Девятов С. В. и др. Московский Кремль …}): the word is taken
 * out of the title, and a suffix ({@code Jr.}) is given to the last author when the draft has authors. The words are data
 * ({@code name-closings.tsv}); the title must go on after them with a capital letter or a quotation mark.
 */
final class NameClosings {
    private static final Map<String, String> WORDS = Data.map("name-closings.tsv");

    private NameClosings() {
    }

    /** Takes a closing word of the names out of the start of the draft's title. */
    static void take(Draft d) {
        if (d.title == null || d.authors.isEmpty()) return;
        String t = d.title;
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> w : WORDS.entrySet()) {
            String word = w.getKey();
            if (!lower.startsWith(word)) continue;
            int i = word.length();
            if (i < t.length() && (t.charAt(i) == ',' || t.charAt(i) == '.')) i++;
            if (i >= t.length() || t.charAt(i) != ' ') continue;
            while (i < t.length() && t.charAt(i) == ' ') i++;
            if (i >= t.length()) return;
            char c = t.charAt(i);
            if (!Character.isUpperCase(c) && "\"“«„'‘".indexOf(c) < 0) continue;
            d.title = t.substring(i);
            if ("suffix".equals(w.getValue())) suffix(d, word.endsWith(".") ? t.substring(0, word.length()) : t.substring(0, word.length()) + ".");
            return;
        }
    }

    private static void suffix(Draft d, String suffix) {
        int last = d.authors.size() - 1;
        CSLName n = d.authors.get(last);
        if (n.getSuffix() != null || n.getFamily() == null) return;
        d.authors.set(last, new CSLNameBuilder().family(n.getFamily()).given(n.getGiven())
                .nonDroppingParticle(n.getNonDroppingParticle()).droppingParticle(n.getDroppingParticle())
                .suffix(suffix).build());
    }
}
