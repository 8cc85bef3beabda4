package org.opis.reflist;

import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date the tagger read as the date of publication that is written only where an entry says when its copy was
 * archived or read ({@code Archived from the original on 7 November 2016. Retrieved 27 November 2016.}, {@code Archived
 * 5 September 2006 at the Wayback Machine}): not the work's date, so the rules' reading of the date (often none) stays.
 * A check of {@link ChoiceChecks}' kind, on the entry's words before the tagger's date.
 */
final class ArchivedDates {
    private ArchivedDates() {
    }

    private static final Pattern BEFORE = Pattern.compile(
            "(?:archived from the original on|archived|retrieved|accessed|consulted|viewed)\\s*(?:on\\s)?$");

    static List<String> mend(List<String> take, Tagger.Tagged tagged) {
        if (!take.contains("issued")) return take;
        String entry = tagged.entry();
        boolean any = false;
        for (Field f : tagged.fields()) {
            if (f.label() != Label.DATE) continue;
            any = true;
            String before = entry.substring(Math.max(0, f.start() - 40), Math.max(0, f.start())).toLowerCase(Locale.ROOT).strip();
            if (!BEFORE.matcher(before).find()) return take;
        }
        if (!any) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("issued");
        return out;
    }
}
