package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.opis.reflist.tagger.Evaluation.comparableText;

/**
 * A date the rules placed elsewhere: where the tagger's only date is a period of years the rules read as another field (a note, a
 * volume's period, a remark the rules keep aside) and the rules read a date of their own elsewhere ({@code История Албании. Т. 2 (1912–1944). 3-е изд.
 * … М. : Наука, 1984.}: the volume's period, kept by the rules as a note, read by the tagger as the date, the imprint's
 * year left unread), the two readings agree that the span is there but not on what it is, and the rules also found the
 * date the tagger missed: the date stays the rules'. A check of {@link ChoiceChecks}' kind, on the take list.
 */
final class DatesReadElsewhere {
    /** A period of years ({@code 1912–1944}): what a volume's or a collection's span looks like, not an imprint's year. */
    private static final Pattern PERIOD = Pattern.compile("\\b\\d{4}\\s*[-–—]\\s*\\d{4}\\b");

    private DatesReadElsewhere() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd, Map<String, String> extra, Tagger.Tagged tagged) {
        String r = rd.rules().get("issued");
        if (!take.contains("issued") || r == null) return take;
        String date = null;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.DATE) continue;
            if (date != null || !PERIOD.matcher(f.text()).find()) return take;
            date = comparableText(f.text());
        }
        if (date == null) return take;
        boolean elsewhere = false;
        for (Map.Entry<String, String> e : rd.rules().entrySet()) elsewhere |= !e.getKey().equals("issued") && e.getValue().equals(date);
        for (String v : extra.values()) elsewhere |= comparableText(v).equals(date);
        if (!elsewhere) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("issued");
        return out;
    }
}
