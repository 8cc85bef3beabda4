package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;

import static org.opis.reflist.tagger.Evaluation.comparableText;

/**
 * The tagger's title in two pieces: where the tagger labelled two separate spans as the title and one of them is the
 * rules' title ({@code Rufinus of Aquileia (2016). _History of the Church_.}: the name and the italic title both read
 * as title, the record keeping the first), the tagger itself read the rules' title as a title and its reading of the
 * opening is not to be trusted: the title and the names stay the rules'. A check of {@link ChoiceChecks}' kind, on the take list.
 */
final class SplitTaggerTitles {
    private SplitTaggerTitles() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd, Tagger.Tagged tagged) {
        String rv = rd.rules().get("title");
        String tv = rd.tagger().get("title");
        if (rv == null || tv == null || rv.equals(tv)) return take;
        int spans = 0;
        boolean rulesSpan = false;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.TITLE) continue;
            spans++;
            if (comparableText(f.text()).equals(rv)) rulesSpan = true;
        }
        if (spans < 2 || !rulesSpan) return take;
        List<String> out = new ArrayList<>(take);
        out.removeAll(List.of("title", "author", "editor", "translator"));
        if (out.size() == take.size()) return take;
        return out;
    }
}
