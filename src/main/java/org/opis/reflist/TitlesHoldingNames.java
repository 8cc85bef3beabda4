package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * A rules' title that holds the author: where the rules read no author and a title that holds the tagger's author names and
 * the tagger's title ({@code Salvador de Madariaga, Disarmament}: the rules took the whole head as the title), the author
 * taken from the tagger takes the tagger's title with it — the two readings' title and author cannot both stand. A check of
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
        for (String name : names.split("; ")) {
            String family = name.startsWith("=") ? name.substring(1) : name.split(", ", 2)[0];
            if (family.isBlank() || !rt.contains(family) || tt.contains(family)) return take;
        }
        List<String> out = new ArrayList<>(take);
        out.add("title");
        return out;
    }
}
