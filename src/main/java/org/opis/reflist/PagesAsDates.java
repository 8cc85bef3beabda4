package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * A page range is not a date: where the rules' date is the page range either reading read
 * ({@code *Radiocarbon* 59 (6): 1919–30} read as the years 1919 to 1930, beside the page range 1919-30) and the
 * tagger read another date, the tagger's date is taken. A check of {@link ChoiceChecks}' kind, on the take list.
 */
final class PagesAsDates {
    private PagesAsDates() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        String r = rd.rules().get("issued");
        String t = rd.tagger().get("issued");
        if (take.contains("issued") || r == null || t == null || r.equals(t)) return take;
        int cut = r.indexOf('/');
        String first = cut < 0 ? r : r.substring(0, cut);
        if (!first.matches("\\d{3,4}")) return take;
        if (!opens(rd.rules().get("page"), first) && !opens(rd.tagger().get("page"), first)) return take;
        if (t.startsWith(first)) return take;
        List<String> out = new ArrayList<>(take);
        out.add("issued");
        return out;
    }

    /** Whether the page value is a range whose first page is the year's number. */
    private static boolean opens(String page, String year) {
        return page != null && page.startsWith(year + "-");
    }
}
