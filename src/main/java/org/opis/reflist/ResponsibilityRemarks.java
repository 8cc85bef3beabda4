package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement of responsibility in parentheses after a title: a role phrase of {@code catalogue-roles.tsv} and the names
 * it gives that role, in reading order and set apart by commas — {@code Panevėžys nuo XVI a. iki 1990 m. (sud. Algis
 * Kasperavičius, Kęstutis Gudas). – Panevėžys: …}, {@code (hrsg. von Hans Maier)}. The names become the record's editors or
 * translators and the remark leaves the text, so that it is not read as part of the title. Read only when every name is
 * two to four capitalised words.
 */
final class ResponsibilityRemarks {
    private ResponsibilityRemarks() {
    }

    private static final Map<String, String> ROLES = CatalogueRoles.ROLES;
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{4,200})\\)");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]+|\\p{Lu}\\.");

    /** Moves each such remark of {@code b} (from {@code from} on) into the editors or translators of {@code d}. */
    static void take(StringBuilder b, int from, Draft d) {
        if (b.indexOf("(", from) < 0) return;
        Matcher m = PAREN.matcher(b);
        while (from < b.length() && m.find(from)) {
            String inside = m.group(1).strip();
            String lower = inside.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> r : ROLES.entrySet()) {
                String phrase = r.getKey();
                if (r.getValue().equals("-") || r.getValue().equals("author") || !lower.startsWith(phrase + " ")) continue;
                List<CSLName> names = names(inside.substring(phrase.length()).strip());
                if (names == null) continue;
                (r.getValue().equals("translator") ? d.translators : d.editors).addAll(names);
                WorkingText.blank(b, m.start(), m.end());
                break;
            }
            from = m.end();
        }
    }

    /** Names in reading order set apart by commas, or null when a part is not one. */
    private static List<CSLName> names(String s) {
        List<CSLName> out = new ArrayList<>();
        for (String part : s.split("\\s*,\\s*")) {
            String[] w = part.strip().split("\\s+");
            if (w.length < 2 || w.length > 4) return null;
            for (String x : w) if (!WORD.matcher(x).matches()) return null;
            if (w[w.length - 1].endsWith(".")) return null;
            out.add(new CSLNameBuilder().family(w[w.length - 1]).given(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1))).build());
        }
        return out.isEmpty() ? null : out;
    }
}
