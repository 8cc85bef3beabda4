package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * A body's name is not several people: where the rules read the authors as one literal name (an institution, {@code
 * Embassy of the USSR in the DRV, "Political Report …"}) and the tagger read two or more author spans that all lie inside
 * that name (cut at its {@code in}), the authors stay the rules'. A check of {@link
 * ChoiceChecks}' kind, on the take list.
 */
final class SplitLiteralNames {
    private SplitLiteralNames() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, Tagger.Tagged tagged) {
        if (!take.contains("author")) return take;
        CSLName[] names = rules.getAuthor();
        if (names == null || names.length != 1 || names[0].getLiteral() == null) return take;
        String literal = names[0].getLiteral();
        int spans = 0;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.AUTHOR) continue;
            if (!literal.contains(f.text().strip())) return take;
            spans++;
        }
        if (spans < 2) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("author");
        return out;
    }
}
