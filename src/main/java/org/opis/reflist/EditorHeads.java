package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that open an entry and are marked as its editors ({@code Janne E. Nolan, ed., Global Engagement (…)},
 * {@code Roller, David C. and Robert W. Twyman, eds., _The Encyclopedia …_}; markers: the editor markers of
 * {@code org/opis/lexicon/roles.tsv}) are the book's editors, not its authors: when every author's name is written in
 * that opening run, the authors become the editors if the record has none, and are dropped (often the same names
 * misread) if every editor's name is written there too. One concern: an edited book's editors read as its authors.
 */
final class EditorHeads {
    static final Pattern HEAD = head();
    /** The word "in" (a chapter's book follows, not editors). */
    private static final Pattern IN = Pattern.compile("(?<!\\p{L})[Ii]n(?!\\p{L})");

    private EditorHeads() {
    }

    /** The editor markers {@link #HEAD} looks for, as written (no brackets, no closing full stop). */
    private static List<String> bareMarkers() {
        List<String> bare = new ArrayList<>();
        for (String m : Roles.in(Roles.LIST, "editor")) {
            String b = m.replaceAll("^\\(|\\)$", "").replaceAll("\\.$", "");
            if (!b.isBlank() && !bare.contains(b)) bare.add(b);
        }
        return bare;
    }

    /** A match of {@link #HEAD} holds one of its markers, its case ignored as the pattern ignores it (a cheap test run first). */
    static final FoldedCues MARKERS = FoldedCues.of(bareMarkers());

    private static Pattern head() {
        List<String> markers = new ArrayList<>();
        for (String b : bareMarkers()) markers.add(Pattern.quote(b));
        markers.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("^([^\\d\"“”«»_*():\\[\\]]{3,100}?)(?:,\\s?|\\s?\\(|\\s)(?iu:" + String.join("|", markers) + ")\\.?\\)?[,.:]?\\s");
    }

    /** The record without authors that are its opening editors read again, or the record as it was. */
    static CSLItemData mend(CSLItemData d, String entry) {
        if (d == null || entry == null || d.getAuthor() == null) return d;
        if (!MARKERS.mayHold(entry)) return d;
        Matcher m = HEAD.matcher(entry);
        if (!m.find()) return d;
        String head = m.group(1);
        if (IN.matcher(head).find()) return d;
        if (!within(d.getAuthor(), head)) return d;
        if (d.getEditor() == null) return new CSLItemDataBuilder(d).editor(d.getAuthor()).author((CSLName[]) null).build();
        if (!within(d.getEditor(), head)) return d;
        return new CSLItemDataBuilder(d).author((CSLName[]) null).build();
    }

    private static boolean within(CSLName[] names, String head) {
        for (CSLName n : names) {
            String f = n.getLiteral() != null ? n.getLiteral() : n.getFamily();
            if (f == null || f.isBlank() || !head.contains(f)) return false;
        }
        return true;
    }
}
