package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * Volumes, issues and pages given as a list or a range ({@code T. 2, 4}, {@code vols. 1–3}, {@code pp. 12, 15}): where
 * the rules read the whole list and the tagger only its first number, the rules' value stays. A check of
 * {@link ChoiceChecks}' kind, on the content of the two readings: a shorter reading that is the longer one's first item
 * is a list cut short, never a different number.
 */
final class ListedNumbers {
    private ListedNumbers() {
    }

    private static final List<String> FIELDS = List.of("volume", "issue", "page");

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        List<String> out = take;
        for (String f : FIELDS) {
            if (!take.contains(f)) continue;
            String r = rd.rulesText().get(f);
            String t = rd.taggerText().get(f);
            if (r == null || t == null || t.isEmpty() || r.length() <= t.length() || !r.startsWith(t)) continue;
            char next = r.charAt(t.length());
            if (next != ',' && next != '–' && next != '-' && next != '—') continue;
            if (out == take) out = new ArrayList<>(take);
            out.remove(f);
        }
        return out;
    }
}
