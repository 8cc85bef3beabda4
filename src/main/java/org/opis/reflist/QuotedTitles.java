package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.ArrayList;
import java.util.List;

/**
 * A rules' title that opens with a quoted title and runs on past its closing quote ({@code "Classifying Political Regimes."
 * Studies in Comparative International Development}) where the tagger's title is just the quoted words: the quote marks end
 * the title, so the tagger's title is taken (and, by {@link ChoiceChecks#splitOff}, the field the run-on words are in the
 * tagger's reading). A check of {@link ChoiceChecks}' kind, on the content of the two readings.
 */
final class QuotedTitles {
    private static final String OPEN = "\"\u201C\u201E\u00AB\u2018";
    private static final String CLOSE = "\"\u201D\u201C\u00BB\u2019";

    private QuotedTitles() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, FieldChooser.Readings rd) {
        if (take.contains("title")) return take;
        String rv = rules.getTitle();
        String tv = rd.tagger().get("title");
        if (rv == null || tv == null || rv.isEmpty() || OPEN.indexOf(rv.charAt(0)) < 0) return take;
        int close = -1;
        for (int i = 1; i < rv.length(); i++) {
            if (CLOSE.indexOf(rv.charAt(i)) >= 0) {
                close = i;
                break;
            }
        }
        if (close < 0) return take;
        String quoted = rv.substring(1, close);
        String after = rv.substring(close + 1);
        if (after.chars().noneMatch(Character::isLetter)) return take;
        if (!org.opis.reflist.tagger.Evaluation.comparableText(quoted).equals(tv)) return take;
        List<String> out = new ArrayList<>(take);
        out.add("title");
        return out;
    }
}
