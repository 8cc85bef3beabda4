package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import org.opis.text.Regexes;

/**
 * A rules' title that holds the author: where the rules read no author and a title that holds the tagger's author names and
 * the tagger's title ({@code Salvador de Madariaga, Disarmament}: the rules took the whole head as the title), the author
 * taken from the tagger takes the tagger's title with it — the two readings' title and author cannot both stand; and a
 * tagger's author holding the rules' title is left ({@link #namesHoldingTitle}). A check of
 * {@link ChoiceChecks}' kind, on the content of the two readings.
 */
final class TitlesHoldingNames {
    private TitlesHoldingNames() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        if (take.contains("title") || !take.contains("author") || rd.rules().get("author") != null) return take;
        String rt = rd.rulesText().get("title");
        String tt = rd.taggerText().get("title");
        String names = rd.taggerText().get("author");
        if (rt == null || tt == null || names == null || !rt.contains(tt)) return take;
        for (String name : Regexes.split(names, "; ")) {
            String family = name.startsWith("=") ? name.substring(1) : Regexes.split(name, ", ", 2)[0];
            if (family.isBlank() || !rt.contains(family) || tt.contains(family)) return take;
        }
        List<String> out = new ArrayList<>(take);
        out.add("title");
        return out;
    }

    /**
     * The other way round: a tagger's author whose names hold the rules' whole title ({@code Ian Kershaw, Hitler (London:
     * Allen Lane, 1998)}: the tagger read "Kershaw, Hitler" as one inverted name) is not taken where the rules read an author
     * of their own and that title.
     */
    static List<String> namesHoldingTitle(List<String> take, FieldChooser.Readings rd) {
        if (!take.contains("author") || rd.rules().get("author") == null) return take;
        String rt = rd.rulesText().get("title");
        String names = rd.taggerText().get("author");
        String ta = rd.taggerText().get("title");
        if (rt == null || names == null || rt.isBlank() || ta != null && !ta.equals(rt)) return take;
        for (String name : Regexes.split(names, "; ")) {
            for (String part : Regexes.split(name, ", ", 2)) {
                if (part.strip().equals(rt.strip()) || part.strip().endsWith(" " + rt.strip())) {
                    List<String> out = new ArrayList<>(take);
                    out.remove("author");
                    return out;
                }
            }
        }
        return take;
    }
}
