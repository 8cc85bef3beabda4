package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;

import static org.opis.reflist.tagger.Evaluation.comparableText;

/**
 * One span is not both names and title: where the tagger read as names ({@code author}, {@code editor},
 * {@code translator}) the very span the rules read as the title, and the record keeps the rules' title ({@code История
 * Албании. Т. 2 (1912–1944). 3-е изд. / под ред. В. П. Орлова}: the heading read as an author and no title), the
 * tagger's names are not taken — the record would hold the same words as names and as title. A check of {@link
 * ChoiceChecks}' kind, on the take list.
 */
final class NamesAsTitles {
    private NamesAsTitles() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd, Tagger.Tagged tagged) {
        String title = rd.rules().get("title");
        if (title == null || take.contains("title")) return take;
        List<String> out = null;
        for (Field f : tagged.fields()) {
            String field = f.label().field();
            if (!take.contains(field) || !ChoiceChecks.NAMES.contains(field)) continue;
            if (!comparableText(f.text()).equals(title)) continue;
            if (out == null) out = new ArrayList<>(take);
            out.remove(field);
        }
        return out == null ? take : out;
    }
}
