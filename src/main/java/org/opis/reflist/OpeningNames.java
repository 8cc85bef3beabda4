package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the rules read at the very start of an entry stay the rules' where the tagger read fewer of them: the tagger's
 * names are the first of the rules' ({@code Kharma, Mohammed F., Choi, Soohyeon, Alkhanafseh, Mohammad, Mohaisen, David
 * (…): Title} read as Kharma alone), or the tagger read none while every one of the rules' names has a given name or
 * initial ({@code Shen, Judy Hanwen, Tamkin, Alex (…): How AI Impacts …}). The entry opening with the rules' first family
 * name is what makes them its names; a title's words read as a name ({@code Kultura, umjetnost, …}) carry no given name.
 * A check of {@link ChoiceChecks}' kind, on the content of the two readings.
 */
final class OpeningNames {
    private static final List<String> NAMES = List.of("author", "editor", "translator");

    private OpeningNames() {
    }

    static List<String> mend(List<String> take, String entry, FieldChooser.Readings rd) {
        List<String> out = take;
        for (String f : NAMES) {
            if (!take.contains(f)) continue;
            String r = rd.rules().get(f);
            String t = rd.tagger().get(f);
            if (r == null || !opens(entry, r)) continue;
            boolean fewer = t == null ? everyNameHasAGivenName(r) : r.startsWith(t + "|");
            if (!fewer) continue;
            if (out == take) out = new ArrayList<>(take);
            out.remove(f);
        }
        return out;
    }

    /** Whether the entry, letters and digits only, opens with the first family name of the comparable names. */
    private static boolean opens(String entry, String names) {
        String first = names.split("\\|")[0];
        String family = first.contains(",") ? first.substring(0, first.indexOf(',')) : first;
        return family.length() >= 2 && org.opis.reflist.tagger.Evaluation.comparableText(entry).startsWith(family);
    }

    private static boolean everyNameHasAGivenName(String names) {
        for (String n : names.split("\\|")) if (!n.contains(",")) return false;
        return true;
    }
}
