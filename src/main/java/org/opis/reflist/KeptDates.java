package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * A date is not given up for none: where the tagger read no date of publication and the rules read one
 * ({@code … М. : Наука, 1984.} with the tagger reading the years of the volume's period as a title and the year of the
 * imprint as nothing), the rules' date stays. (A rules' date that is another field's numbers gives way only to the
 * tagger's own date: {@link PagesAsDates}.) A check of {@link ChoiceChecks}' kind, on the take list.
 */
final class KeptDates {
    private KeptDates() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        if (!take.contains("issued") || rd.tagger().get("issued") != null || rd.rules().get("issued") == null) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("issued");
        return out;
    }
}
