package org.opis.reflist;

import org.opis.names.NameParser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editors of the book a chapter is in, written after the container intro with their role in parentheses and before
 * a plain book title: {@code «Τίτλος», στο Κ. Στεφάνου (επιμ.), Το σύστημα …, Αθήνα, …}, {@code in K. Smith (ed.), The
 * Book, London, …}, {@code στο Α. Πασσάς – Κ. Αρβανιτόπουλος - Μ. Κοππά (επιμ.), 40 χρόνια …}. The role markers are the
 * parenthesised editor markers of {@code lexicon/roles.tsv}; the names are read as a name list (dashes between names
 * taken as commas, a closing "et al." word dropped).
 */
final class ParenthesisedEditors {
    private ParenthesisedEditors() {
    }

    private static final List<String> MARKERS = org.opis.lexicon.Roles.in(org.opis.lexicon.Roles.LIST, "editor").stream()
            .filter(m -> m.startsWith("(") && m.endsWith(")")).toList();
    private static final Pattern HEAD = Pattern.compile("^([^,(]{2,120}?)\\s?(\\([^()]{2,12}\\))\\s?,\\s");
    private static final Pattern ET_AL = Pattern.compile("\\s(?:et\\sal\\.?|κ\\.ά\\.?|и\\sдр\\.?|u\\.\\sa\\.?)$");

    /** The length of the editors' statement at the start of {@code s} (names, marker, comma), its names added to {@code d}'s editors; 0 when there is none. */
    static int take(String s, Draft d) {
        Matcher m = HEAD.matcher(s);
        if (!m.find() || !isMarker(m.group(2))) return 0;
        String names = ET_AL.matcher(m.group(1).strip()).replaceAll("").replaceAll("\\s[–—-]\\s", ", ");
        var parsed = NameParser.parseNames(names);
        if (parsed.isEmpty()) return 0;
        d.editors.addAll(parsed);
        return m.end();
    }

    /** Whether {@code m} is a parenthesised editors' marker of {@code lexicon/roles.tsv}: {@code (Hg.)}, {@code (eds.)}, {@code (a cura di)}. */
    static boolean isMarker(String m) {
        for (String x : MARKERS) if (x.equalsIgnoreCase(m)) return true;
        return false;
    }
}
