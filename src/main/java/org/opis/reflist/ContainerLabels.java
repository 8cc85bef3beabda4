package org.opis.reflist;

import java.util.Locale;
import java.util.Set;
import org.opis.text.Regexes;

/**
 * A word naming the kind of periodical before its name at the start of an entry ({@code Tạp chí *La Revue Communiste*,
 * số 14, 4-1921, tr.205.}, {@code Báo *Thanh niên*, số 2}, {@code газета «Правда»}): the word is taken out (it is no
 * author) and the name the rules then read as the title is the container. The words are data
 * ({@code container-labels.txt}).
 */
final class ContainerLabels {
    private ContainerLabels() {
    }

    private static final Set<String> LABELS = Data.set("container-labels.txt");

    /** Takes a leading label from {@code b} at {@code pos}; returns where the entry now starts. */
    static int lead(StringBuilder b, int pos, Draft d) {
        for (String label : LABELS) {
            int end = pos + label.length();
            if (end >= b.length() || !b.substring(pos, end).toLowerCase(Locale.ROOT).equals(label)) continue;
            char next = b.charAt(end);
            if (next != ' ' && next != '*' && next != '«' && next != '"' && next != '“') continue;
            for (int i = pos; i < end; i++) b.setCharAt(i, ' ');
            d.periodical = true;
            int p = end;
            while (p < b.length() && b.charAt(p) == ' ') p++;
            return p;
        }
        return pos;
    }

    /** The periodical's name read as the title becomes the container. */
    static void finish(Draft d) {
        if (!d.periodical || d.title == null || d.containerTitle != null) return;
        d.containerTitle = Regexes.replaceAll(d.title, "[\\s,;:]+$", "");
        d.title = null;
        if ("book".equals(d.type)) d.type = "article-journal";
    }
}
