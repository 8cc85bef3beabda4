package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A field the rules read over the syntax of a Markdown link ({@code [Title](https://…)}: the rules'
 * title {@code [Title]()…} or address {@code …html](https://…html}) holds no value as the entry means
 * it: where the tagger read that field without the link's syntax (it reads a link's words as words and
 * its address as one address), the tagger's value is taken. A check of {@link ChoiceChecks}' kind,
 * on the content of the two readings.
 */
final class LinkSyntax {
    /** The marks a link leaves in a value read over it: {@code ](}, {@code [](}, {@code ]()} or {@code ()}. */
    private static final Pattern LINK_MARKS = Pattern.compile("\\]\\(|\\(\\)|^\\[[^\\]]*$");
    private static final List<String> FIELDS = List.of("title", "container-title", "collection-title", "publisher", "URL");

    private LinkSyntax() {
    }

    static List<String> mend(List<String> take, CSLItemData rules, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        if (tagged.entry().indexOf("](") < 0) return take;
        CSLItemData t = tagged.item("x");
        List<String> out = take;
        for (String f : FIELDS) {
            if (take.contains(f)) continue;
            String rv = ChoiceChecks.raw(rules, f);
            String tv = ChoiceChecks.raw(t, f);
            if (rv == null || tv == null || !LINK_MARKS.matcher(rv).find() || LINK_MARKS.matcher(tv).find()) continue;
            if (out == take) out = new ArrayList<>(take);
            out.add(f);
        }
        return out;
    }
}
