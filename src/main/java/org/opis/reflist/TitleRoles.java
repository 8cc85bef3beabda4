package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Roles;
import org.opis.names.NameParser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opis.text.Regexes;

/**
 * Names with their role written after the title, inside the title's sentence: {@code Franco Fornari, The
 * Psychoanalysis of War, Alenka Pfeifer, trans. (Indiana University Press, 1966)} — the translator (or editor) is
 * taken out of the title. The role words are the note-context markers of {@code roles.tsv}; the names must read as
 * one to three names in reading order (capitalised words and initials).
 */
final class TitleRoles {
    private TitleRoles() {
    }

    private static final Map<String, String> MARKERS = Roles.in(Roles.NOTE);

    /** Moves names with a closing role marker out of the draft's title. */
    static void take(Draft d) {
        String t = d.title;
        if (t == null) return;
        String s = t.strip();
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        int lastComma = s.lastIndexOf(", ");
        if (lastComma <= 0) return;
        String marker = s.substring(lastComma + 2).strip().toLowerCase(Locale.ROOT);
        String role = MARKERS.get(marker);
        if (role == null) role = MARKERS.get(marker + ".");
        if (role == null || !(role.equals("translator") || role.equals("editor"))) return;
        int prev = s.lastIndexOf(", ", lastComma - 1);
        if (prev <= 0) return;
        String names = s.substring(prev + 2, lastComma).strip();
        if (!readingOrderNames(names)) return;
        List<CSLName> parsed = NameParser.parseNames(names);
        if (parsed.isEmpty()) return;
        d.title = s.substring(0, prev).strip();
        (role.equals("translator") ? d.translators : d.editors).addAll(parsed);
    }

    private static boolean readingOrderNames(String names) {
        String[] w = Regexes.split(names, "\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
        if (w.length < 2 || w.length > 12) return false;
        for (String x : w) {
            if (x.isEmpty() || x.equals("and")) continue;
            if (!Character.isUpperCase(x.codePointAt(0))) return false;
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')) return false;
            }
        }
        return true;
    }
}
