package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language remark is no name: Wikipedia's {@code _Revue 303_ (in French) (164)} read as an editor "French". An editor
 * or translator whose whole name is a language named in an {@code (in …)} remark of the entry (names:
 * {@code language-names.tsv}) is dropped. One concern.
 */
final class LanguageRemarks {
    private static final Map<String, String> NAMES = Data.map("language-names.tsv");
    private static final Pattern REMARK = Pattern.compile("\\((?i:in)\\s(\\p{L}+)\\)");

    private LanguageRemarks() {
    }

    /** The record without editors or translators that are a language remark of the entry, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null || (d.getEditor() == null && d.getTranslator() == null)) return d;
        List<String> languages = new ArrayList<>();
        Matcher m = REMARK.matcher(entry);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (NAMES.containsKey(w)) languages.add(w);
        }
        if (languages.isEmpty()) return d;
        CSLName[] ed = without(d.getEditor(), languages);
        CSLName[] tr = without(d.getTranslator(), languages);
        if (ed == d.getEditor() && tr == d.getTranslator()) return d;
        return new CSLItemDataBuilder(d).editor(ed).translator(tr).build();
    }

    private static CSLName[] without(CSLName[] names, List<String> languages) {
        if (names == null) return null;
        List<CSLName> out = new ArrayList<>();
        for (CSLName n : names) {
            String whole = n.getLiteral() != null ? n.getLiteral() : ((n.getGiven() == null ? "" : n.getGiven() + " ") + (n.getFamily() == null ? "" : n.getFamily()));
            if (!languages.contains(whole.strip().toLowerCase(Locale.ROOT))) out.add(n);
        }
        if (out.size() == names.length) return names;
        return out.isEmpty() ? null : out.toArray(new CSLName[0]);
    }
}
