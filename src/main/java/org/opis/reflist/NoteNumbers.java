package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opis.text.Regexes;

/**
 * A volume the tagger read that the rules left empty and kept only in their note ({@code Hồ Chí Minh: *Toàn tập, Sđd.
 * *t.2, tr.19.}: the rules' note {@code t.2, tr.19}, the tagger's volume {@code 2}): the note holds the number right
 * after a volume label, so the combined record takes the tagger's volume instead of leaving it to the note. A check of
 * {@link ChoiceChecks}' kind, on the content of the two readings; the labels are the tagger dictionary's class
 * {@code vol} (read through {@link org.opis.reflist.tagger.Tagger#isVolumeLabel}).
 */
final class NoteNumbers {
    private NoteNumbers() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, FieldChooser.Readings rd) {
        String note = rules.getNote();
        String tv = rd.tagger().get("volume");
        if (note == null || tv == null || take.contains("volume") || rd.rules().get("volume") != null) return take;
        String[] w = Regexes.split(note.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+");
        for (int i = 1; i < w.length; i++) {
            if (w[i].equals(tv) && org.opis.reflist.tagger.Tagger.isVolumeLabel(w[i - 1])) {
                List<String> out = new ArrayList<>(take);
                out.add("volume");
                return out;
            }
        }
        return take;
    }
}
