package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules' pick among the tagger's dates: where the tagger read two or more separate spans as the date and one of
 * them is the rules' date ({@code … Т. 2 (1912–1944). … М. : Наука, 1984.}: the volume's period and the year of the
 * imprint both read as dates, the record keeping the first), the tagger itself found the rules' date a date and its
 * choice among them is not to be trusted over the rules': the date stays the rules'. A check of {@link ChoiceChecks}'
 * kind, on the take list.
 */
final class TaggerDateCandidates {
    private TaggerDateCandidates() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd, Tagger.Tagged tagged) {
        String r = rd.rules().get("issued");
        if (!take.contains("issued") || r == null || r.length() < 4) return take;
        String year = r.substring(0, 4);
        if (!year.chars().allMatch(Character::isDigit)) return take;
        int spans = 0;
        boolean rulesYear = false;
        boolean firstIsRules = false;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.DATE) continue;
            boolean holds = holdsYear(f.text(), year);
            if (spans == 0) firstIsRules = holds;
            spans++;
            rulesYear |= holds;
        }
        if (spans < 2 || !rulesYear || firstIsRules) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("issued");
        return out;
    }

    /** Whether the text holds the year as a number of its own (not inside a longer run of digits). */
    private static boolean holdsYear(String text, String year) {
        for (int i = text.indexOf(year); i >= 0; i = text.indexOf(year, i + 1)) {
            boolean before = i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean after = i + 4 < text.length() && Character.isDigit(text.charAt(i + 4));
            if (!before && !after) return true;
        }
        return false;
    }
}
