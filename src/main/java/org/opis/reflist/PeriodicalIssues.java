package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole issue of a newspaper or magazine cited by its date ({@code *Izvestija* (Moscow), 12 March 1953.}) has the
 * periodical as its container and no title of its own: where the rules read it so and the tagger read the same words
 * as a title, the rules' container is kept (the tagger's title and empty container are not taken). A check of
 * {@link ChoiceChecks}' kind, on the take list.
 */
final class PeriodicalIssues {
    private PeriodicalIssues() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, FieldChooser.Readings rd) {
        if (!take.contains("title") && !take.contains("container-title")) return take;
        if (rules.getType() == null) return take;
        String type = rules.getType().toString();
        if (!type.equals("article-newspaper") && !type.equals("article-magazine")) return take;
        String rc = rd.rules().get("container-title");
        if (rd.rules().get("title") != null || rc == null || !rc.equals(rd.tagger().get("title")) || rd.tagger().get("container-title") != null) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("title");
        out.remove("container-title");
        return out;
    }
}
