package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.names.NameParser;
import org.opis.text.Regexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The co-authors that a GOST 7.1 / 7.0.100 or DSTU 8302 statement of responsibility adds to the heading: the heading
 * names the first author, the statement after {@code /} names them all again in natural order —
 * {@code Олифер, В. Г. Компьютерные сети / В. Г. Олифер, Н. А. Олифер. — 5-е изд. …},
 * {@code Chen, T. XGBoost … / T. Chen, C. Guestrin. — Текст : электронный // …}. Read only when the statement's first
 * name is the heading's first author (same family name) and every part of it is a personal name; the statement ends at
 * its first {@code ;} (other roles follow) or at the next area ({@code . — }), and a closing {@code [и др.]} is dropped.
 */
final class StatementCoauthors {
    private StatementCoauthors() {
    }

    /** The names of {@code resp} after the first, when its first is the heading's first author; otherwise none. */
    static List<CSLName> extra(List<CSLName> heading, String resp) {
        if (heading.isEmpty() || heading.get(0).getFamily() == null) return List.of();
        String s = resp;
        int cut = s.length();
        for (String stop : new String[] {" ; ", "; ", ". — ", ". – ", " — ", " – "}) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < cut) cut = i;
        }
        s = s.substring(0, cut).strip();
        // a bracketed "[и др.]" / "[et al.]" closes the statement: the names before it are the ones given
        s = Regexes.replaceAll(s, "\\s*\\[([^\\[\\]]{2,12})\\]\\.?$", " $1").strip();
        if (!s.contains(",")) return List.of();
        List<CSLName> names = NameParser.parseNames(s);
        if (names.size() < 2) return List.of();
        for (CSLName n : names) {
            if (n.getFamily() == null || n.getGiven() == null || NameParser.isCorporate(n.getFamily())) return List.of();
        }
        String first = heading.get(0).getFamily().toLowerCase(Locale.ROOT);
        if (!names.get(0).getFamily().toLowerCase(Locale.ROOT).equals(first)) return List.of();
        List<CSLName> out = new ArrayList<>();
        for (CSLName n : names.subList(1, names.size())) {
            if (!known(heading, n) && !known(out, n)) out.add(n);
        }
        return out;
    }

    /** Whether {@code names} hold {@code n}: the same family name and the same first initial. */
    private static boolean known(List<CSLName> names, CSLName n) {
        for (CSLName a : names) {
            if (a.getFamily() == null || !a.getFamily().equalsIgnoreCase(n.getFamily())) continue;
            String g1 = a.getGiven(), g2 = n.getGiven();
            if (g1 == null || g2 == null || g1.isEmpty() || g2.isEmpty() || g1.charAt(0) == g2.charAt(0)) return true;
        }
        return false;
    }
}
